#!/usr/bin/env python3
"""Runs shared/peers/torch_lstm_sentiment.py unchanged (same arguments, same JSON line) and afterwards
prints one more JSON line with the process CPU seconds (all threads, time.process_time()) spent in
the script's timed training loops, and the peak resident set size of the process.

The peer times each epoch's training loop as `t0 = time.perf_counter()` ... `train_s +=
time.perf_counter() - t0` and calls perf_counter nowhere else, so its calls come in (start, end)
pairs; this wrapper pairs them and adds up process_time() over the same intervals.

  python3 torch_cpu.py PATH/TO/torch_lstm_sentiment.py [its arguments ...]
"""
import json, resource, runpy, sys, time

peer = sys.argv[1]
_pc = time.perf_counter
state = {"calls": 0, "cpu0": 0.0, "train_cpu_seconds": 0.0}


def perf_counter():
    state["calls"] += 1
    if state["calls"] % 2 == 1:
        state["cpu0"] = time.process_time()
    else:
        state["train_cpu_seconds"] += time.process_time() - state["cpu0"]
    return _pc()


time.perf_counter = perf_counter
sys.argv = [peer] + sys.argv[2:]
runpy.run_path(peer, run_name="__main__")
print(json.dumps({"train_cpu_seconds": round(state["train_cpu_seconds"], 2), "perf_counter_calls": state["calls"],
                  "process_cpu_seconds": round(time.process_time(), 2),
                  "max_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
