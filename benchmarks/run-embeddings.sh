#!/usr/bin/env bash
# Builds pipeline-core + benchmarks (reactor `package`, no `install`) and runs the Word2Vec
# benchmark: corpus-en (Verbo vs Spark MLlib vs gensim), the partition sweep, corpus-es, and the
# memory run (two JVMs: the heap the brief suggests, then the settings that let it run).
# See benchmarks/README-embeddings.md. Usage, from anywhere:
#
#   benchmarks/run-embeddings.sh                 # everything (36 min at load 8-12 on 2 cores; est. 10-15 idle)
#   benchmarks/run-embeddings.sh --skip-memory   # en, sweep, es only
#   PARTS=en benchmarks/run-embeddings.sh --skip-memory   # one part; extra args go to the main JVM
#
# Environment: PYTHON (default /usr/bin/python3, needs python3-gensim + python3-scipy),
# DATA (/work/shared/data), PEERS (/work/shared/peers), OUT (benchmarks/target/embeddings),
# MAIN_XMX (4g), MEMORY_XMX_TRY (16g), MEMORY_XMX_RUN (19g), MEMORY_MAX_RESULT (3g).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-/usr/bin/python3}"
DATA="${DATA:-/work/shared/data}"
PEERS="${PEERS:-/work/shared/peers}"
OUT="${OUT:-$ROOT/benchmarks/target/embeddings}"
PARTS="${PARTS:-en,sweep,es}"
SKIP_MEMORY=0
if [[ "${1:-}" == "--skip-memory" ]]; then SKIP_MEMORY=1; shift; fi

"$PYTHON" -c 'import gensim, scipy' || { echo "need $PYTHON with gensim and scipy (apt-get install python3-gensim)" >&2; exit 2; }

# Reactor build: benchmarks compiles against this worktree's pipeline-core, nothing is installed.
mvn -q -B -o -DskipTests package dependency:build-classpath -pl pipeline-core,benchmarks \
  -DexcludeArtifactIds=pipeline-core -Dmdep.outputFile="$ROOT/benchmarks/target/classpath.txt"
CP="$ROOT/pipeline-core/target/classes:$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
# Spark 3.5 on Java 17 and the Word2Vec kernel's Vector API module (the same list as verbo.jvm.opens
# in the parent pom; without the module the kernel falls back to its slower scalar code).
# shellcheck source=benchmarks/jvm-opens.sh
source "$ROOT/benchmarks/jvm-opens.sh"
MAIN=io.verbo.benchmarks.embed.Word2VecBenchmark
COMMON=(--data "$DATA" --peers "$PEERS" --python "$PYTHON" --out "$OUT")
mkdir -p "$OUT"

echo "== $(date -Is) load: $(cat /proc/loadavg)"
java -Xmx"${MAIN_XMX:-4g}" "${OPENS[@]}" -cp "$CP" "$MAIN" "${COMMON[@]}" --parts "$PARTS" "$@" 2>"$OUT/main.log"

if [[ $SKIP_MEMORY == 0 ]]; then
  # 1) The heap the issue suggests: local[2] with -Xmx16g. Verbo's memory check decides.
  echo "== $(date -Is) memory run with -Xmx${MEMORY_XMX_TRY:-16g} load: $(cat /proc/loadavg)"
  java -Xmx"${MEMORY_XMX_TRY:-16g}" "${OPENS[@]}" -cp "$CP" "$MAIN" "${COMMON[@]}" --out "$OUT/memory-try" \
    --parts memory 2>"$OUT/memory-try.log"
  # 2) The settings that pass the check on local[2]: a heap above the formula's local-mode need
  #    (driver + executor copies + 300 MiB) and a maxResultSize above the averaged sum (2 copies).
  #    The serial collector with tight free ratios keeps the committed heap near the live set (the
  #    default G1 let this 19g JVM commit 16.5 GiB and hold garbage, and a shared 24 GB machine
  #    then runs short) and makes every full GC an exact live-set measurement. The heap monitor
  #    halts the JVM if the machine's MemAvailable drops under 2.5 GiB.
  echo "== $(date -Is) memory run with -Xmx${MEMORY_XMX_RUN:-19g} load: $(cat /proc/loadavg)"
  java -Xmx"${MEMORY_XMX_RUN:-19g}" -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 \
    -Xlog:gc:file="$OUT/memory-gc.log" "${OPENS[@]}" -cp "$CP" "$MAIN" "${COMMON[@]}" \
    --out "$OUT/memory-run" --parts memory --max-result-size "${MEMORY_MAX_RESULT:-3g}" 2>"$OUT/memory-run.log"
fi
echo "== $(date -Is) done; reports: $(ls "$OUT"/report-*.md "$OUT"/memory-*/report-*.md 2>/dev/null | tr '\n' ' ')"
