#!/usr/bin/env bash
# Starts a real standalone Spark cluster on this machine, bound to 127.0.0.1 only: one Master and N
# Workers, each its own JVM, run from the build's jars (no Spark download). Stop it with stop.sh.
#
#   mvn -q -DskipTests package
#   deploy/local-cluster/start.sh
#   bin/verbo pipeline --conf conf/local.conf --set verbo.spark.master=spark://127.0.0.1:7077
#   deploy/local-cluster/stop.sh
#
# Environment (default):
#   VERBO_CLUSTER_WORKERS (1)           number of Worker JVMs
#   VERBO_CLUSTER_WORKER_CORES (2)      cores each Worker offers to executors
#   VERBO_CLUSTER_WORKER_MEMORY (4g)    memory each Worker offers to executors
#   VERBO_CLUSTER_MASTER_PORT (7077)    Master RPC port
#   VERBO_CLUSTER_MASTER_UI_PORT (8080) Master web UI; its /json is polled until the Workers register
#   VERBO_CLUSTER_WORKER_UI_PORT (8081) web UI of Worker 1; Worker i uses this + i - 1
#   VERBO_CLUSTER_DAEMON_MEMORY (512m)  heap of each Master and Worker JVM
#   VERBO_CLUSTER_TIMEOUT (60)          seconds to wait for every Worker to register
#   VERBO_CLUSTER_DIR (target/local-cluster)  SPARK_HOME, logs, pid files and work dirs
#   JAVA_HOME                           the Java 17 to run (else java on the PATH)
# SPARK_* variables of the calling shell are ignored, so the cluster is the same everywhere.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
launcher="$here/jobs/target/launcher"
for f in classpath.txt project-jars.txt launcher.env; do
  if [[ ! -f "$launcher/$f" ]]; then
    echo "local-cluster: $launcher/$f is missing. Run: (cd '$here' && mvn -q -DskipTests package)" >&2
    exit 2
  fi
done
# shellcheck source=/dev/null
source "$launcher/launcher.env"

workers="${VERBO_CLUSTER_WORKERS:-1}"
worker_cores="${VERBO_CLUSTER_WORKER_CORES:-2}"
worker_memory="${VERBO_CLUSTER_WORKER_MEMORY:-4g}"
master_port="${VERBO_CLUSTER_MASTER_PORT:-7077}"
master_ui_port="${VERBO_CLUSTER_MASTER_UI_PORT:-8080}"
worker_ui_port="${VERBO_CLUSTER_WORKER_UI_PORT:-8081}"
daemon_memory="${VERBO_CLUSTER_DAEMON_MEMORY:-512m}"
timeout="${VERBO_CLUSTER_TIMEOUT:-60}"
dir="${VERBO_CLUSTER_DIR:-$here/target/local-cluster}"

for name in workers worker_cores master_port master_ui_port worker_ui_port timeout; do
  if [[ ! "${!name}" =~ ^[0-9]+$ ]] || ((${!name} < 1)); then
    echo "local-cluster: $name must be a positive integer, got '${!name}'" >&2
    exit 2
  fi
done

# A pid file counts only if its process is alive and still runs the expected Spark class.
running() { # pidfile class
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(<"$1")"
  [[ "$pid" =~ ^[0-9]+$ ]] && ps -p "$pid" -o args= 2>/dev/null | grep -qF "$2"
}
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
for pidfile in "$dir"/master.pid "$dir"/worker-*.pid; do
  class=org.apache.spark.deploy.worker.Worker
  [[ "$pidfile" == */master.pid ]] && class=org.apache.spark.deploy.master.Master
  if running "$pidfile" "$class"; then
    echo "local-cluster: already running (pid $(<"$pidfile") in $pidfile)." >&2
    echo "Stop it first: VERBO_CLUSTER_DIR='$dir' '$here/deploy/local-cluster/stop.sh'" >&2
    exit 1
  fi
  rm -f "$pidfile"
done

# SPARK_HOME is a folder whose jars/ links to the runtime classpath: the Worker builds every
# executor's classpath as $SPARK_HOME/jars/* (stack-notes.md). The project's own jars stay out:
# the application ships them through spark.jars, as on a real cluster, so a rebuild never changes
# classes under a running executor.
spark_home="$dir/spark-home"
rm -rf "$spark_home" "$dir/logs"
mkdir -p "$spark_home/jars" "$spark_home/conf" "$dir/logs"
# The build writes these files without a final newline: read them through $(<file).
IFS=':' read -r -a classpath <<<"$(<"$launcher/classpath.txt")"
IFS=',' read -r -a project_jars <<<"$(<"$launcher/project-jars.txt")"
linked=0
for jar in "${classpath[@]}"; do
  [[ "$jar" == *.jar && -f "$jar" ]] || continue
  for own in "${project_jars[@]}"; do
    [[ "$jar" == "$own" ]] && continue 2
  done
  name="$(basename "$jar")"
  if [[ -e "$spark_home/jars/$name" ]]; then
    name="$linked-$name"  # same file name from two groups
  fi
  ln -s "$jar" "$spark_home/jars/$name"
  linked=$((linked + 1))
done

java_bin="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_bin="$JAVA_HOME/bin/java"
fi

# A spark-submit for this SPARK_HOME, doing what Spark's bin/spark-class does: Spark's launcher
# library prints the driver's java command (memory, --add-opens, extraJavaOptions of client mode),
# which then replaces this shell. deploy/submit.sh uses it with SPARK_HOME=$spark_home.
mkdir -p "$spark_home/bin"
cat >"$spark_home/bin/spark-submit" <<SUBMIT
#!/usr/bin/env bash
# Written by deploy/local-cluster/start.sh: spark-submit for the jars of this local cluster.
set -euo pipefail
export SPARK_HOME='$spark_home'
export SPARK_SCALA_VERSION=2.12
# The driver binds to, and advertises, loopback like the rest of this cluster.
export SPARK_LOCAL_IP="\${SPARK_LOCAL_IP:-127.0.0.1}"
export SPARK_LOCAL_HOSTNAME="\${SPARK_LOCAL_HOSTNAME:-127.0.0.1}"
# The launcher prints messages line by line, then a NUL line, then the command NUL-separated,
# then (from printf) its own exit code; bash reads the NUL line as an empty one (as spark-class).
cmd=()
delim=\$'\\n'
started=false
while IFS= read -r -d "\$delim" word; do
  if [[ "\$started" == true ]]; then
    cmd+=("\$word")
  elif [[ -z "\$word" ]]; then
    delim=''
    started=true
  else
    echo "\$word"
  fi
done < <('$java_bin' -Xmx128m -cp '$spark_home/jars/*' org.apache.spark.launcher.Main org.apache.spark.deploy.SparkSubmit "\$@"; printf '%d\\0' \$?)
if ((\${#cmd[@]} < 2)); then
  echo "spark-submit: Spark's launcher printed no command" >&2
  exit 1
fi
launcher_exit=\${cmd[\${#cmd[@]} - 1]}
if [[ "\$launcher_exit" != 0 ]]; then
  exit "\$launcher_exit"
fi
unset 'cmd[\${#cmd[@]} - 1]'
exec "\${cmd[@]}"
SUBMIT
chmod 755 "$spark_home/bin/spark-submit"
read -r -a opens <<<"$VERBO_JVM_OPENS"
daemon_jvm=(
  "-Xmx$daemon_memory"
  # Master and Workers only schedule: the C1 compiler alone starts them faster on small machines.
  -XX:TieredStopAtLevel=1
  "${opens[@]}"
  -Dfile.encoding=UTF-8
  # A taken port is an error, not a silent move to the next port (the printed URL must be right).
  -Dspark.port.maxRetries=0
  -Dspark.master.rest.enabled=false
)

while read -r var; do
  if [[ "$var" == SPARK_* ]]; then
    unset "$var"
  fi
done < <(compgen -e)
export SPARK_HOME="$spark_home"
# Without it the Worker fails every executor with "Cannot find any build directories".
export SPARK_SCALA_VERSION=2.12
# Web UIs bind to SPARK_LOCAL_IP (else 0.0.0.0); executors inherit it from their Worker.
export SPARK_LOCAL_IP=127.0.0.1

master_url="spark://127.0.0.1:$master_port"
master_ui="http://127.0.0.1:$master_ui_port"
pidfiles=()

started=0
on_exit() {
  local rc=$?
  if ((rc != 0 && started == 0)); then
    for log in "$dir"/logs/*.log; do
      [[ -f "$log" ]] || continue
      echo "---- last lines of $log" >&2
      tail -n 30 "$log" >&2
    done
    VERBO_CLUSTER_DIR="$dir" "$here/deploy/local-cluster/stop.sh" >&2 || true
  fi
}
trap on_exit EXIT

launch() { # name pidfile command...
  local name="$1" pidfile="$2"
  shift 2
  # nohup: the daemons outlive this script and its terminal; no descriptor of ours stays open.
  nohup "$@" </dev/null >"$dir/logs/$name.log" 2>&1 &
  echo "$!" >"$pidfile"
  pidfiles+=("$pidfile")
}

# Polls the Master's JSON until $1 Workers are ALIVE; fails when a daemon exits or time runs out.
await_workers() { # count
  local deadline=$((SECONDS + timeout)) json alive
  while ((SECONDS < deadline)); do
    for pidfile in "${pidfiles[@]}"; do
      if ! ps -p "$(<"$pidfile")" >/dev/null 2>&1; then
        echo "local-cluster: $(basename "$pidfile" .pid) exited during startup" >&2
        return 1
      fi
    done
    if json="$(curl -fsSL --max-time 2 "$master_ui/json/" 2>/dev/null)"; then
      alive="$(grep -oE '"aliveworkers" *: *[0-9]+' <<<"$json" | grep -oE '[0-9]+$' || true)"
      if [[ -n "$alive" ]] && ((alive >= $1)); then
        return 0
      fi
    fi
    sleep 0.5
  done
  echo "local-cluster: $1 worker(s) not registered at $master_ui/json after ${timeout}s" >&2
  return 1
}

launch master "$dir/master.pid" "$java_bin" "${daemon_jvm[@]}" -cp "$spark_home/jars/*" \
  org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui_port"
# Workers started before the Master answers wait 5-15 s for their next registration attempt.
await_workers 0

for ((i = 1; i <= workers; i++)); do
  worker_dir="$dir/worker-$i"
  mkdir -p "$worker_dir/work" "$worker_dir/local"
  # Executors keep shuffle and spill files under their Worker's SPARK_LOCAL_DIRS.
  launch "worker-$i" "$dir/worker-$i.pid" env SPARK_LOCAL_DIRS="$worker_dir/local" \
    "$java_bin" "${daemon_jvm[@]}" -cp "$spark_home/jars/*" \
    org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores "$worker_cores" --memory "$worker_memory" \
    --webui-port "$((worker_ui_port + i - 1))" --work-dir "$worker_dir/work" \
    "$master_url"
done
await_workers "$workers"
started=1

cat <<EOF
Spark standalone cluster is up: $workers worker(s) with $worker_cores core(s) and $worker_memory each, $linked jars.
  master:    $master_url
  master UI: $master_ui
  logs:      $dir/logs (executors: $dir/worker-*/work/<app>/<executor>/stderr)
Run:   bin/verbo pipeline --conf conf/local.conf --set verbo.spark.master=$master_url
  or:  SPARK_HOME='$spark_home' VERBO_MASTER=$master_url deploy/submit.sh --profile standalone -- pipeline --conf conf/local.conf
Stop:  VERBO_CLUSTER_DIR='$dir' deploy/local-cluster/stop.sh
EOF
