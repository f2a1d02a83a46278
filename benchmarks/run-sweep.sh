#!/usr/bin/env bash
# Sweep benchmark (issue 5): the same 8-trial grid on MR in parallel and in distributed mode on
# local[2], then the best trial's 10-fold cross-validation accuracy. Results in
# benchmarks/README-sweeps.md. Needs ../shared/data and a build (`mvn -q -DskipTests package`).
#
#   benchmarks/run-sweep.sh [--skip-cv]
#
# Environment: DATA (/work/shared/data), OUT (benchmarks/target/sweep), VERBO_DRIVER_MEMORY (6g).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DATA="${DATA:-/work/shared/data}"
OUT="${OUT:-$ROOT/benchmarks/target/sweep}"
export VERBO_DRIVER_MEMORY="${VERBO_DRIVER_MEMORY:-6g}"
SKIP_CV=0
[[ "${1:-}" == "--skip-cv" ]] && SKIP_CV=1
[[ "${1:-}" == "--help" ]] && { sed -n 2,9p "$0"; exit 0; }

mkdir -p "$OUT"
CSV="$OUT/mr.csv"
# MR as CSV (id,text,label): one sentence per line, label from the file; RFC 4180 quoting.
/usr/bin/python3 - "$DATA/sentiment-en-mr/utf8" "$CSV" <<'PY'
import csv, sys
src, dst = sys.argv[1], sys.argv[2]
with open(dst, "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out)
    w.writerow(["id", "text", "label"])
    for label in ("pos", "neg"):
        with open(f"{src}/rt-polarity.{label}", encoding="utf-8") as f:
            for i, line in enumerate(l for l in f.read().split("\n") if l.strip()):
                w.writerow([f"{label}-{i:05d}", line.strip(), "positive" if label == "pos" else "negative"])
PY
RUN="$OUT/run"
COMMON=(--conf benchmarks/conf/sweep-mr.conf --set "verbo.run.root=$RUN" --set "verbo.input.paths=[\"$CSV\"]"
        --set verbo.spark.master=local[2])
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run-sweep.log"; }
timed() { # name, command...: "wall user sys" seconds into $OUT/NAME.seconds, output into $OUT/NAME.out
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$OUT/$name.seconds" "$@" > "$OUT/$name.out" 2>&1
  log "$name: wall/user/sys $(cat "$OUT/$name.seconds") s, load $(cut -d' ' -f1-3 /proc/loadavg)"
}

log "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
timed prepare bin/verbo pipeline "${COMMON[@]}" --set 'verbo.pipeline.stages=[tokenize, vocab]'
timed parallel bin/verbo sweep "${COMMON[@]}" --set verbo.sweep.mode=parallel --id mr-parallel
timed distributed bin/verbo sweep "${COMMON[@]}" --set verbo.sweep.mode=distributed --id mr-distributed
grep -h "best trial" "$OUT/parallel.out" "$OUT/distributed.out" | tee -a "$OUT/run-sweep.log"

if [[ "$SKIP_CV" == 0 ]]; then
  # The best trial of the parallel sweep, 10-fold cross-validated: a one-point "grid" with folds = 10.
  BEST="$RUN/reports/sweeps/mr-parallel/best/best.json"
  SPACE=$(/usr/bin/python3 - "$BEST" <<'PY'
import json, sys
params = json.load(open(sys.argv[1]))["params"]
print("{" + ", ".join(f'"{k}" = [{v}]' for k, v in sorted(params.items())) + "}")
PY
)
  # Distributed mode: on local[2] it trained ~3x more examples per second than parallel mode
  # (benchmarks/README-sweeps.md), and the folds of one trial need no concurrency limit.
  log "10-fold CV of the best trial (distributed mode): $SPACE"
  timed cv-best bin/verbo sweep "${COMMON[@]}" --set verbo.sweep.mode=distributed --set verbo.sweep.folds=10 \
    --set "verbo.sweep.space=$SPACE" --id mr-best-cv10
  grep -h "best trial" "$OUT/cv-best.out" | tee -a "$OUT/run-sweep.log"
fi
log "done; trials tables under $RUN/reports/sweeps/, HTML pages beside them"
