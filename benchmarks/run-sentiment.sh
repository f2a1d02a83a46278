#!/usr/bin/env bash
# Builds pipeline-core + benchmarks (reactor `package`, no `install`) and runs the sentiment
# benchmarks of issue 4 (io.verbo.benchmarks.sentiment.SentimentBenchmark): MR quality by stratified
# k-fold CV (random vs our Word2Vec, frozen and fine-tuned), Rest-Mex, and training speed (single-JVM
# DL4J vs Verbo local[2] parameter averaging vs the PyTorch peer). See benchmarks/README-sentiment.md.
#
#   benchmarks/run-sentiment.sh --help
#   benchmarks/run-sentiment.sh                                   # everything: quality, restmex, speed
#   benchmarks/run-sentiment.sh --parts quality --folds 10        # MR 10-fold CV only
#   benchmarks/run-sentiment.sh --parts speed --speed-epochs 3    # speed only
#   benchmarks/run-sentiment.sh --parts quality --run-folds 3     # first 3 of the 10 folds (reported as such)
#
# Every run is started with `nice -n 19` and OMP_NUM_THREADS=1 (one ND4J/OpenMP thread per training
# thread; the Spark workers get cores/slots = 1 from WorkerThreads as well). Results:
# benchmarks/results/sentiment-<part>-<UTC stamp>.{md,json} (rewritten after every fold, so a cut run
# keeps what finished) and the log benchmarks/results/sentiment-<stamp>.log.
#
# Environment: PYTHON (/usr/bin/python3 with python3-torch), DATA (/work/shared/data),
# PEERS (/work/shared/peers), XMX (6g), LOG_DIR (benchmarks/results), SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-/usr/bin/python3}"
DATA="${DATA:-/work/shared/data}"
PEERS="${PEERS:-/work/shared/peers}"
CP_FILE="$ROOT/benchmarks/target/classpath.txt"
MAIN=io.verbo.benchmarks.sentiment.SentimentBenchmark

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # Reactor build: benchmarks compiles against this worktree's pipeline-core, nothing is installed.
  nice -n 19 mvn -q -B -o -DskipTests package dependency:build-classpath -pl pipeline-core,benchmarks \
    -DexcludeArtifactIds=pipeline-core -Dmdep.outputFile="$CP_FILE"
fi
CP="$ROOT/pipeline-core/target/classes:$ROOT/benchmarks/target/classes:$(cat "$CP_FILE")"
# shellcheck source=benchmarks/jvm-opens.sh
source "$ROOT/benchmarks/jvm-opens.sh"

for a in "$@"; do
  if [[ "$a" == "--help" || "$a" == "-h" ]]; then
    java -cp "$CP" "$MAIN" --help
    exit 0
  fi
done
if [[ " $* " == *" speed"* || " $* " != *"--parts"* ]]; then
  "$PYTHON" -c 'import torch' || { echo "need $PYTHON with torch (apt-get install -y python3-torch)" >&2; exit 2; }
fi
STAMP="$(date -u +%Y-%m-%d-%H%M)"
LOG_DIR="${LOG_DIR:-$ROOT/benchmarks/results}"
mkdir -p "$LOG_DIR"
PARTS_ARG=all
prev=""
for a in "$@"; do [[ "$prev" == "--parts" ]] && PARTS_ARG="${a//,/-}"; prev="$a"; done
LOG="$LOG_DIR/sentiment-$STAMP-$PARTS_ARG.log"
export VERBO_BENCH_ARGS="$*" OMP_NUM_THREADS=1 VERBO_NICE=19 VERBO_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "== $(date -Is) load: $(cat /proc/loadavg); log: $LOG"
# `time` gives the children's user+sys CPU of the whole run.
time nice -n 19 java -Xmx"${XMX:-6g}" "${OPENS[@]}" -Dlog4j2.level=WARN -cp "$CP" "$MAIN" \
  --data "$DATA" --peers "$PEERS" --python "$PYTHON" --tag "$STAMP" "$@" 2>"$LOG.stderr" | tee "$LOG"
echo "== $(date -Is) done; load: $(cat /proc/loadavg); results: $(ls "$ROOT"/benchmarks/results/sentiment-*-"$STAMP".md 2>/dev/null | tr '\n' ' ')"
