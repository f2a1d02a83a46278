#!/usr/bin/env python3
"""Runs shared/peers/gensim_word2vec.py unchanged (same arguments, same JSON line) and afterwards
prints one more JSON line with the process CPU seconds (all threads, time.process_time()) spent
inside Word2Vec.train, so the benchmark can report gensim's words per CPU-second next to its
words per wall-second. On a machine shared with other jobs, wall time depends on the neighbours;
CPU time much less.

  python3 gensim_cpu.py PATH/TO/gensim_word2vec.py [its arguments ...]
"""
import json, runpy, sys, time

from gensim.models import word2vec

peer = sys.argv[1]
_train = word2vec.Word2Vec.train
measured = {}


def train(self, *args, **kwargs):
    c0, w0 = time.process_time(), time.perf_counter()
    try:
        return _train(self, *args, **kwargs)
    finally:
        measured["train_cpu_seconds"] = round(time.process_time() - c0, 2)
        measured["train_wall_seconds_wrapper"] = round(time.perf_counter() - w0, 2)


word2vec.Word2Vec.train = train
sys.argv = [peer] + sys.argv[2:]
runpy.run_path(peer, run_name="__main__")
print(json.dumps(measured))
