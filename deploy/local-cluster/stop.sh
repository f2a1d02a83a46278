#!/usr/bin/env bash
# Stops the cluster started by start.sh: Workers (and their executors) first, then the Master.
# Only the processes named in the pid files are signalled, and only if they still run the expected
# Spark class. Safe to run again: with nothing running it says so and exits 0.
#
# Environment: VERBO_CLUSTER_DIR (target/local-cluster), VERBO_CLUSTER_STOP_TIMEOUT (15 seconds
# before SIGKILL).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${VERBO_CLUSTER_DIR:-$here/target/local-cluster}"
grace="${VERBO_CLUSTER_STOP_TIMEOUT:-15}"

alive() { # pid class
  ps -p "$1" -o args= 2>/dev/null | grep -qF "$2"
}

# TERM lets a Worker's shutdown hook kill its executors; KILL after the grace period.
stop_one() { # pidfile class
  local pidfile="$1" class="$2" pid children deadline
  pid="$(<"$pidfile")"
  if [[ ! "$pid" =~ ^[0-9]+$ ]] || ! alive "$pid" "$class"; then
    rm -f "$pidfile"
    return 1
  fi
  children=()
  while read -r child; do
    children+=("$child")
  done < <(pgrep -P "$pid" || true)
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + grace))
  while alive "$pid" "$class" && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if alive "$pid" "$class"; then
    echo "local-cluster: $(basename "$pidfile" .pid) (pid $pid) ignored SIGTERM for ${grace}s; killing" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  # Executors normally exit with their Worker; any left over are its former children.
  for child in "${children[@]}"; do
    if alive "$child" org.apache.spark.executor; then
      kill -KILL "$child" 2>/dev/null || true
    fi
  done
  rm -f "$pidfile"
  echo "stopped $(basename "$pidfile" .pid) (pid $pid)"
}

stopped=0
if [[ -d "$dir" ]]; then
  for pidfile in "$dir"/worker-*.pid; do
    [[ -f "$pidfile" ]] || continue
    if stop_one "$pidfile" org.apache.spark.deploy.worker.Worker; then
      stopped=$((stopped + 1))
    fi
  done
  if [[ -f "$dir/master.pid" ]] && stop_one "$dir/master.pid" org.apache.spark.deploy.master.Master; then
    stopped=$((stopped + 1))
  fi
fi
if ((stopped == 0)); then
  echo "local-cluster: nothing running under $dir"
fi
