#!/usr/bin/env bash
# Builds Verbo and runs the tokenize + vocabulary benchmark from the repository root.
#   benchmarks/run-tokenize.sh [--multiplier N] [--reps R] [--work-dir DIR] ... (see --help)
# Environment: BENCH_HEAP (driver heap, default 4g).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests install
exec mvn -B -q -pl benchmarks exec:exec@tokenize -Dbench.heap="${BENCH_HEAP:-4g}" -Dbench.args="$*"
