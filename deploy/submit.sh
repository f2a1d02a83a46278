#!/usr/bin/env bash
# Submits a Verbo command to a Spark cluster (standalone, YARN or Kubernetes) with spark-submit.
#
#   deploy/submit.sh --profile standalone -- pipeline --conf conf/cluster.conf
#   deploy/submit.sh --profile yarn-gpu --dry-run -- train-sentiment --conf cluster.conf
#   deploy/submit.sh --profile path/to/my.env -- doctor
#
# Everything after `--` is the verbo command and its arguments (`bin/verbo --help` lists them).
# --dry-run prints the spark-submit command and runs nothing.
# --sparkapplication NAME prints, instead, a SparkApplication manifest for the Spark operator
# (sparkoperator.k8s.io/v1beta2) with the same settings; Kubernetes profiles only.
#
# What comes from where
#   main class, job jar, Java 17 --add-opens flags, Kryo registrators: jobs/target/launcher/submit.env,
#     written by the build (mvn -DskipTests package); never typed here.
#   cluster settings: the profile, deploy/profiles/NAME.env (or a file path): KEY=VALUE lines, no
#     shell code; every KEY can be overridden by the environment variable VERBO_<KEY>.
#
# Memory rule (one setting per JVM: EXECUTOR_MEMORY_GB, DRIVER_MEMORY_GB = G, in MiB = G x 1024):
#   heap              spark.{executor,driver}.memory              = 40% of G
#   off-heap          -Dorg.bytedeco.javacpp.maxbytes             = 50% of G  (ND4J arrays)
#   physical limit    -Dorg.bytedeco.javacpp.maxphysicalbytes     = heap + off-heap + 5% of G
#   overhead          spark.{executor,driver}.memoryOverhead      = off-heap + 10% of G
# so heap + overhead = G: the container (YARN) or pod (Kubernetes) is exactly G, and ND4J fails with
# a clear OutOfMemoryError before the cluster manager kills the JVM. These JavaCPP flags win over
# verbo.sentiment.distributed.off-heap-* (the launcher's settings come first).
#
# Secrets never appear on the command line:
#   S3A_CREDENTIALS=env  AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN from the
#                        environment go into a properties file (mode 600, in a private temp folder
#                        removed on exit) passed with --properties-file.
#   SECRETS_FILE=path    spark.* lines of that file (e.g. spark.hadoop.fs.s3a.secret.key=...) are
#                        added to the same properties file.
#   K8S_S3_SECRET=name   Kubernetes: the driver and executors read AWS_* from that Secret.
# The printed command masks any value whose key looks secret (key, secret, token, password).
#
# GPU profiles (GPU_AMOUNT > 0): executors ask for GPU_AMOUNT GPUs, found by GPU_DISCOVERY_SCRIPT;
# the driver trains nothing and is started with BACKEND_PRIORITY_GPU=-1 (ND4J's CPU backend), which
# also lets verbo.gpu.unsupported = fallback-cpu work (deploy/README.md).
#
# Environment: SPARK_SUBMIT (spark-submit to run; else $SPARK_HOME/bin/spark-submit, else the PATH),
# VERBO_<KEY> (overrides a profile KEY), VERBO_SUBMIT_ENV (another build's submit.env, e.g. for a jar
# built on a CI machine). Exit codes: those of spark-submit; 2 for usage errors.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
submit_env="${VERBO_SUBMIT_ENV:-$here/jobs/target/launcher/submit.env}"

die() {
  echo "submit: $*" >&2
  exit 2
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

# Every key a profile may set, with its default.
declare -A P=(
  [MASTER]=""
  [DEPLOY_MODE]="client"
  [APP_NAME]="verbo"
  [EXECUTOR_MEMORY_GB]="4"
  [DRIVER_MEMORY_GB]="2"
  [EXECUTOR_CORES]="2"
  [NUM_EXECUTORS]=""
  [GPU_AMOUNT]="0"
  [TASK_GPU_AMOUNT]=""
  [GPU_DISCOVERY_SCRIPT]=""
  [EVENT_LOG_DIR]=""
  [FILES]=""
  [QUEUE]=""
  [K8S_IMAGE]=""
  [K8S_NAMESPACE]=""
  [K8S_SERVICE_ACCOUNT]=""
  [K8S_S3_SECRET]=""
  [K8S_JAR_DIR]="/opt/verbo/jars"
  [S3A_CREDENTIALS]="none"
  [SECRETS_FILE]=""
)
extra_conf=()  # CONF=spark.key=value lines of the profile, in order

# Reads KEY=VALUE lines (optionally 'quoted'); comments and blank lines are skipped. Nothing is
# executed. $2 is the callback that receives each pair.
read_pairs() { # file callback
  local line key value n=0
  while IFS= read -r line || [[ -n "$line" ]]; do
    n=$((n + 1))
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    if [[ ! "$line" =~ ^([A-Z][A-Z0-9_]*)=(.*)$ ]]; then
      die "$1:$n: expected KEY=VALUE, got: $line"
    fi
    key="${BASH_REMATCH[1]}"
    value="${BASH_REMATCH[2]}"
    if [[ "$value" =~ ^\'(.*)\'$ || "$value" =~ ^\"(.*)\"$ ]]; then
      value="${BASH_REMATCH[1]}"
    fi
    "$2" "$key" "$value" "$1:$n"
  done <"$1"
}

# shellcheck disable=SC2317  # called through read_pairs
set_profile_key() { # key value where
  if [[ "$1" == CONF ]]; then
    [[ "$2" == spark.*=* ]] || die "$3: CONF must be spark.key=value, got: $2"
    extra_conf+=("$2")
  elif [[ -v "P[$1]" ]]; then
    P[$1]="$2"
  else
    die "$3: unknown profile key $1 (known: CONF ${!P[*]})"
  fi
}

declare -A B=()
# shellcheck disable=SC2317  # called through read_pairs
set_build_key() { # key value where
  B[$1]="$2"
}

# --- arguments
profile=""
dry_run=0
sparkapplication=""
app_args=()
while (($#)); do
  case "$1" in
    --profile)
      (($# >= 2)) || die "--profile needs a name or file"
      profile="$2"
      shift 2
      ;;
    --dry-run)
      dry_run=1
      shift
      ;;
    --sparkapplication)
      (($# >= 2)) || die "--sparkapplication needs the application's name"
      sparkapplication="$2"
      shift 2
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    --)
      shift
      app_args=("$@")
      break
      ;;
    *) die "unknown option $1 (usage: deploy/submit.sh --profile NAME [--dry-run] -- COMMAND [ARGS...])" ;;
  esac
done
if [[ -z "$profile" ]]; then
  known=()
  for f in "$here"/deploy/profiles/*.env; do
    known+=("$(basename "$f" .env)")
  done
  die "--profile is required: one of ${known[*]}, or a file"
fi
((${#app_args[@]})) || die "no verbo command after --, e.g. -- pipeline --conf conf/cluster.conf"

profile_file="$profile"
[[ -f "$profile_file" ]] || profile_file="$here/deploy/profiles/$profile.env"
[[ -f "$profile_file" ]] || die "no profile '$profile' (looked for $profile and $profile_file)"
[[ -f "$submit_env" ]] || die "$submit_env is missing. Run: (cd '$here' && mvn -q -DskipTests package)"

read_pairs "$submit_env" set_build_key
read_pairs "$profile_file" set_profile_key
for key in "${!P[@]}"; do
  env_name="VERBO_$key"
  if [[ -n "${!env_name:-}" ]]; then
    P[$key]="${!env_name}"
  fi
done
for key in VERBO_MAIN_CLASS VERBO_SPARK_JAR VERBO_JVM_OPENS VERBO_KRYO_REGISTRATOR VERBO_TIME_SOURCE_OPTION; do
  [[ -n "${B[$key]:-}" ]] || die "$submit_env has no $key; rebuild: mvn -q -DskipTests package"
done

# --- validation
[[ -n "${P[MASTER]}" ]] || die "$profile_file sets no MASTER (spark://host:7077, yarn or k8s://https://host:port)"
[[ "${P[DEPLOY_MODE]}" == client || "${P[DEPLOY_MODE]}" == cluster ]] || die "DEPLOY_MODE must be client or cluster, got '${P[DEPLOY_MODE]}'"
for key in EXECUTOR_MEMORY_GB DRIVER_MEMORY_GB EXECUTOR_CORES GPU_AMOUNT; do
  [[ "${P[$key]}" =~ ^[0-9]+$ ]] || die "$key must be a whole number, got '${P[$key]}'"
done
((P[EXECUTOR_MEMORY_GB] >= 1 && P[DRIVER_MEMORY_GB] >= 1 && P[EXECUTOR_CORES] >= 1)) || die "EXECUTOR_MEMORY_GB, DRIVER_MEMORY_GB and EXECUTOR_CORES must be at least 1"
[[ -z "${P[NUM_EXECUTORS]}" || "${P[NUM_EXECUTORS]}" =~ ^[1-9][0-9]*$ ]] || die "NUM_EXECUTORS must be a positive whole number, got '${P[NUM_EXECUTORS]}'"
case "${P[MASTER]}" in
  spark://*) manager=standalone ;;
  yarn) manager=yarn ;;
  k8s://*) manager=kubernetes ;;
  *) die "MASTER must be spark://..., yarn or k8s://..., got '${P[MASTER]}'" ;;
esac
if ((P[GPU_AMOUNT] > 0)); then
  [[ -n "${P[GPU_DISCOVERY_SCRIPT]}" ]] || die "GPU_AMOUNT=${P[GPU_AMOUNT]} needs GPU_DISCOVERY_SCRIPT (e.g. /opt/verbo/getGpusResources.sh)"
  [[ "${P[TASK_GPU_AMOUNT]}" =~ ^(0?\.[0-9]+|[0-9]+(\.[0-9]+)?)$ ]] || die "GPU_AMOUNT > 0 needs TASK_GPU_AMOUNT (GPUs per task, e.g. 0.5 for two tasks per GPU), got '${P[TASK_GPU_AMOUNT]}'"
fi
[[ "${P[S3A_CREDENTIALS]}" == none || "${P[S3A_CREDENTIALS]}" == env ]] || die "S3A_CREDENTIALS must be none or env, got '${P[S3A_CREDENTIALS]}'"

# --- the memory rule (see the header)
# Sets <prefix>_heap, _offheap, _physical, _overhead in MiB from a size in GiB.
derive_memory() { # prefix gib
  local total=$(($2 * 1024))
  local heap=$((total * 40 / 100)) offheap=$((total * 50 / 100))
  printf -v "${1}_heap" '%d' "$heap"
  printf -v "${1}_offheap" '%d' "$offheap"
  printf -v "${1}_physical" '%d' $((heap + offheap + total * 5 / 100))
  printf -v "${1}_overhead" '%d' $((offheap + total * 10 / 100))
}
derive_memory executor "${P[EXECUTOR_MEMORY_GB]}"
derive_memory driver "${P[DRIVER_MEMORY_GB]}"
# shellcheck disable=SC2154  # set by derive_memory through printf -v
{
  driver_opts="${B[VERBO_JVM_OPENS]} -Dfile.encoding=UTF-8 -Dorg.bytedeco.javacpp.maxbytes=${driver_offheap}m -Dorg.bytedeco.javacpp.maxphysicalbytes=${driver_physical}m ${B[VERBO_TIME_SOURCE_OPTION]}"
  executor_opts="${B[VERBO_JVM_OPENS]} -Dfile.encoding=UTF-8 -Dorg.bytedeco.javacpp.maxbytes=${executor_offheap}m -Dorg.bytedeco.javacpp.maxphysicalbytes=${executor_physical}m ${B[VERBO_TIME_SOURCE_OPTION]}"
  memory_conf=(
    --conf "spark.driver.memory=${driver_heap}m"
    --conf "spark.driver.memoryOverhead=${driver_overhead}m"
    --conf "spark.executor.memory=${executor_heap}m"
    --conf "spark.executor.memoryOverhead=${executor_overhead}m"
  )
}

# --- secrets: a private properties file, never the command line
workdir="$(mktemp -d "${TMPDIR:-/tmp}/verbo-submit.XXXXXX")"
chmod 700 "$workdir"
trap 'rm -rf "$workdir"' EXIT
secrets=()
if [[ "${P[S3A_CREDENTIALS]}" == env ]]; then
  [[ -n "${AWS_ACCESS_KEY_ID:-}" && -n "${AWS_SECRET_ACCESS_KEY:-}" ]] || die "S3A_CREDENTIALS=env needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment"
  secrets+=("spark.hadoop.fs.s3a.access.key=$AWS_ACCESS_KEY_ID" "spark.hadoop.fs.s3a.secret.key=$AWS_SECRET_ACCESS_KEY")
  if [[ -n "${AWS_SESSION_TOKEN:-}" ]]; then
    secrets+=("spark.hadoop.fs.s3a.session.token=$AWS_SESSION_TOKEN"
      "spark.hadoop.fs.s3a.aws.credentials.provider=org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider")
  fi
fi
if [[ -n "${P[SECRETS_FILE]}" ]]; then
  [[ -r "${P[SECRETS_FILE]}" ]] || die "SECRETS_FILE ${P[SECRETS_FILE]} is not readable"
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    [[ "$line" == spark.*=* ]] || die "SECRETS_FILE lines must be spark.key=value"
    secrets+=("$line")
  done <"${P[SECRETS_FILE]}"
fi
properties=()
if ((${#secrets[@]})); then
  props="$workdir/secrets.properties"
  (umask 077 && printf '%s\n' "${secrets[@]}" >"$props")
  properties=(--properties-file "$props")
fi

# --- the command
spark_submit="${SPARK_SUBMIT:-}"
if [[ -z "$spark_submit" ]]; then
  if [[ -n "${SPARK_HOME:-}" ]]; then
    spark_submit="$SPARK_HOME/bin/spark-submit"
  else
    spark_submit="spark-submit"
  fi
fi

cmd=("$spark_submit" --master "${P[MASTER]}" --deploy-mode "${P[DEPLOY_MODE]}"
  --name "${P[APP_NAME]}" --class "${B[VERBO_MAIN_CLASS]}")
if ((${#properties[@]})); then
  cmd+=("${properties[@]}")
fi
cmd+=("${memory_conf[@]}"
  --conf "spark.executor.cores=${P[EXECUTOR_CORES]}"
  --conf "spark.driver.extraJavaOptions=$driver_opts"
  --conf "spark.executor.extraJavaOptions=$executor_opts"
  --conf "spark.serializer=org.apache.spark.serializer.KryoSerializer"
  --conf "spark.kryo.registrator=${B[VERBO_KRYO_REGISTRATOR]}"
  --conf "spark.eventLog.enabled=true")
if [[ -n "${P[EVENT_LOG_DIR]}" ]]; then
  cmd+=(--conf "spark.eventLog.dir=${P[EVENT_LOG_DIR]}")
  # Spark refuses to start when a local event log folder is missing.
  if [[ "${P[EVENT_LOG_DIR]}" == /* || "${P[EVENT_LOG_DIR]}" == file:* ]] && ((!dry_run)); then
    mkdir -p "${P[EVENT_LOG_DIR]#file:}"
  fi
fi
if [[ -n "${P[NUM_EXECUTORS]}" ]]; then
  if [[ "$manager" == standalone ]]; then
    cmd+=(--conf "spark.cores.max=$((P[NUM_EXECUTORS] * P[EXECUTOR_CORES]))")
  else
    cmd+=(--conf "spark.executor.instances=${P[NUM_EXECUTORS]}")
  fi
fi
[[ -n "${P[QUEUE]}" ]] && cmd+=(--queue "${P[QUEUE]}")
[[ -n "${P[FILES]}" ]] && cmd+=(--files "${P[FILES]}")

driver_env=()  # environment of a client-mode driver (the spark-submit process)
if ((P[GPU_AMOUNT] > 0)); then
  cmd+=(--conf "spark.executor.resource.gpu.amount=${P[GPU_AMOUNT]}"
    --conf "spark.task.resource.gpu.amount=${P[TASK_GPU_AMOUNT]}"
    --conf "spark.executor.resource.gpu.discoveryScript=${P[GPU_DISCOVERY_SCRIPT]}")
  [[ "$manager" == kubernetes ]] && cmd+=(--conf "spark.executor.resource.gpu.vendor=nvidia.com")
  # The driver averages parameters and trains nothing: it runs ND4J's CPU backend.
  case "$manager/${P[DEPLOY_MODE]}" in
    yarn/cluster) cmd+=(--conf "spark.yarn.appMasterEnv.BACKEND_PRIORITY_GPU=-1") ;;
    kubernetes/cluster) cmd+=(--conf "spark.kubernetes.driverEnv.BACKEND_PRIORITY_GPU=-1") ;;
    *) driver_env=(BACKEND_PRIORITY_GPU=-1) ;;
  esac
fi

app_jar="${B[VERBO_SPARK_JAR]}"
if [[ "$manager" == kubernetes ]]; then
  [[ -n "${P[K8S_IMAGE]}" ]] || die "a Kubernetes profile needs K8S_IMAGE (see deploy/kubernetes/Dockerfile)"
  cmd+=(--conf "spark.kubernetes.container.image=${P[K8S_IMAGE]}")
  [[ -n "${P[K8S_NAMESPACE]}" ]] && cmd+=(--conf "spark.kubernetes.namespace=${P[K8S_NAMESPACE]}")
  [[ -n "${P[K8S_SERVICE_ACCOUNT]}" ]] && cmd+=(--conf "spark.kubernetes.authenticate.driver.serviceAccountName=${P[K8S_SERVICE_ACCOUNT]}")
  if [[ -n "${P[K8S_S3_SECRET]}" ]]; then
    for var in AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY; do
      cmd+=(--conf "spark.kubernetes.driver.secretKeyRef.$var=${P[K8S_S3_SECRET]}:$var"
        --conf "spark.kubernetes.executor.secretKeyRef.$var=${P[K8S_S3_SECRET]}:$var")
    done
  fi
  # The image holds the jar (deploy/kubernetes/Dockerfile); its name comes from the build.
  app_jar="local://${P[K8S_JAR_DIR]}/$(basename "${B[VERBO_SPARK_JAR]}")"
elif [[ ! -f "$app_jar" ]]; then
  if ((!dry_run)); then
    die "$app_jar is missing. Run: (cd '$here' && mvn -q -DskipTests package)"
  fi
  echo "submit: note: $app_jar is not built yet (mvn -q -DskipTests package)" >&2
fi
if ((${#extra_conf[@]})); then
  for c in "${extra_conf[@]}"; do
    cmd+=(--conf "$c")
  done
fi
jar_index=${#cmd[@]}
cmd+=("$app_jar" "${app_args[@]}")

# Quotes one word for the shell, with the value of a secret-looking key masked (secretKeyRef values
# name a Kubernetes Secret, not its content, and stay readable).
quote() { # word
  local word="$1" key
  if [[ "$word" == *=* ]]; then
    key="${word%%=*}"
    key="${key,,}"
    if [[ "$key" =~ (key|secret|token|password|credential) && "$key" != *secretkeyref* ]]; then
      word="${word%%=*}=***"
    fi
  fi
  printf '%q' "$word"
}

# Prints the command one option per line; the jar and the verbo command go on the last line.
print_command() {
  local i text
  text="$(quote "${cmd[0]}")"
  for ((i = 1; i < jar_index; i++)); do
    if [[ "${cmd[i]}" == --* ]]; then
      text+=$' \\\n '
    fi
    text+=" $(quote "${cmd[i]}")"
  done
  text+=$' \\\n '
  for ((i = jar_index; i < ${#cmd[@]}; i++)); do
    text+=" $(quote "${cmd[i]}")"
  done
  echo "$text"
}

# Prints a YAML double-quoted string.
yq() { # value
  local v="${1//\\/\\\\}"
  printf '"%s"' "${v//\"/\\\"}"
}

# The SparkApplication equivalent of the command: same image, jar, memory rule, flags and GPUs.
print_sparkapplication() {
  local c key value
  echo "# Generated by: deploy/submit.sh --profile $profile --sparkapplication $sparkapplication -- ${app_args[*]}"
  echo "apiVersion: sparkoperator.k8s.io/v1beta2"
  echo "kind: SparkApplication"
  echo "metadata:"
  echo "  name: $(yq "$sparkapplication")"
  [[ -n "${P[K8S_NAMESPACE]}" ]] && echo "  namespace: $(yq "${P[K8S_NAMESPACE]}")"
  echo "spec:"
  echo "  type: Java"
  echo "  mode: cluster"
  echo "  image: $(yq "${P[K8S_IMAGE]}")"
  echo "  sparkVersion: $(yq "${B[VERBO_SPARK_VERSION]:-3.5.9}")"
  echo "  mainClass: $(yq "${B[VERBO_MAIN_CLASS]}")"
  echo "  mainApplicationFile: $(yq "$app_jar")"
  echo "  arguments:"
  for value in "${app_args[@]}"; do
    echo "    - $(yq "$value")"
  done
  echo "  restartPolicy:"
  echo "    type: Never"
  echo "  sparkConf:"
  # Every --conf of the command except those the operator's own fields carry below.
  for ((i = 1; i < jar_index; i++)); do
    if [[ "${cmd[i - 1]}" == --conf ]]; then
      c="${cmd[i]}"
      key="${c%%=*}"
      value="${c#*=}"
      case "$key" in
        spark.driver.memory | spark.driver.memoryOverhead | spark.executor.memory | \
          spark.executor.memoryOverhead | spark.executor.cores | spark.executor.instances | \
          spark.kubernetes.container.image | spark.kubernetes.namespace | \
          spark.kubernetes.authenticate.driver.serviceAccountName | spark.kubernetes.*secretKeyRef.* | \
          spark.kubernetes.driverEnv.*) ;;
        *) echo "    $(yq "$key"): $(yq "$value")" ;;
      esac
    fi
  done
  echo "  driver:"
  echo "    cores: 1"
  echo "    memory: $(yq "${driver_heap}m")"
  echo "    memoryOverhead: $(yq "${driver_overhead}m")"
  [[ -n "${P[K8S_SERVICE_ACCOUNT]}" ]] && echo "    serviceAccount: $(yq "${P[K8S_SERVICE_ACCOUNT]}")"
  if ((P[GPU_AMOUNT] > 0)); then
    echo "    env:"
    echo "      - name: BACKEND_PRIORITY_GPU"
    echo "        value: \"-1\""
  fi
  print_secret_refs
  echo "  executor:"
  echo "    cores: ${P[EXECUTOR_CORES]}"
  [[ -n "${P[NUM_EXECUTORS]}" ]] && echo "    instances: ${P[NUM_EXECUTORS]}"
  echo "    memory: $(yq "${executor_heap}m")"
  echo "    memoryOverhead: $(yq "${executor_overhead}m")"
  # GPUs: Spark itself asks Kubernetes for nvidia.com/gpu from the spark.executor.resource.gpu.*
  # settings above, so the operator's own gpu field (and its webhook) is not needed.
  print_secret_refs
}

print_secret_refs() {
  local var
  if [[ -n "${P[K8S_S3_SECRET]}" ]]; then
    echo "    envSecretKeyRefs:"
    for var in AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY; do
      echo "      $var:"
      echo "        name: $(yq "${P[K8S_S3_SECRET]}")"
      echo "        key: $var"
    done
  fi
}

if [[ -n "$sparkapplication" ]]; then
  [[ "$manager" == kubernetes ]] || die "--sparkapplication needs a Kubernetes profile (MASTER=k8s://...)"
  ((${#secrets[@]} == 0)) || die "--sparkapplication cannot carry S3A_CREDENTIALS=env or SECRETS_FILE: use K8S_S3_SECRET"
  print_sparkapplication
  exit 0
fi
if ((${#driver_env[@]})); then
  echo "submit: driver environment: ${driver_env[*]}"
fi
if ((${#secrets[@]})); then
  echo "submit: ${#secrets[@]} secret setting(s) in a mode-600 properties file (not shown)"
fi
echo "submit: $(print_command)"
if ((dry_run)); then
  exit 0
fi
rc=0
if ((${#driver_env[@]})); then
  env "${driver_env[@]}" "${cmd[@]}" || rc=$?
else
  "${cmd[@]}" || rc=$?
fi
exit "$rc"
