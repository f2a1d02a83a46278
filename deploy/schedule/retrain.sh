#!/usr/bin/env bash
# One scheduled `verbo retrain` (docs/retraining.md). Meant to be started by cron under flock (see
# crontab.example) or by hand; Airflow uses airflow/verbo_retrain_dag.py instead.
#
#   VERBO_RETRAIN_CONF=/etc/verbo/retrain.conf deploy/schedule/retrain.sh [more verbo options]
#
# Environment:
#   VERBO_RETRAIN_CONF   HOCON file of the scheduled run (required): input paths, run root, registry
#   VERBO_SPARK_MASTER   cluster master (yarn, spark://..., k8s://...); empty: embedded Spark via bin/verbo
#   SPARK_HOME           Spark 3.5 installation whose bin/spark-submit is used with a cluster master
#   VERBO_LOG_DIR        where each run's log goes (default: target/verbo-retrain-logs)
#
# The jar, main class and Java 17 flags come from jobs/target/launcher/launcher.env, written by
# `mvn package`: nothing here is typed by hand.
#
# Exit codes (those of verbo retrain):
#   0  a decision was made: promoted, rejected or first-champion (a rejection is not a failure)
#   1  the run failed; the champion is unchanged, the next run cleans up (safe to retry)
#   2  usage or configuration error; nothing was started (fix the configuration)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
launcher="$repo/jobs/target/launcher/launcher.env"
if [[ ! -f "$launcher" ]]; then
  echo "retrain.sh: $launcher is missing. Build first: (cd '$repo' && mvn -q -DskipTests package)" >&2
  exit 2
fi
# shellcheck source=/dev/null
source "$launcher"
conf="${VERBO_RETRAIN_CONF:-}"
if [[ -z "$conf" || ! -f "$conf" ]]; then
  echo "retrain.sh: set VERBO_RETRAIN_CONF to the configuration file of the scheduled run (got '$conf')" >&2
  exit 2
fi

log_dir="${VERBO_LOG_DIR:-$repo/target/verbo-retrain-logs}"
mkdir -p "$log_dir"
log="$log_dir/retrain-$(date -u +%Y%m%dT%H%M%SZ).log"

if [[ -n "${VERBO_SPARK_MASTER:-}" ]]; then
  java_opts="$VERBO_JVM_OPENS -Dfile.encoding=UTF-8"
  cmd=("${SPARK_HOME:?SPARK_HOME must point at a Spark 3.5 installation}/bin/spark-submit"
    --master "$VERBO_SPARK_MASTER"
    --deploy-mode client
    --class "$VERBO_MAIN_CLASS"
    --conf "spark.driver.extraJavaOptions=$java_opts"
    --conf "spark.executor.extraJavaOptions=$java_opts"
    "$VERBO_SPARK_JAR"
    retrain --conf "$conf" "$@")
else
  cmd=("$repo/bin/verbo" retrain --conf "$conf" "$@")
fi

echo "$(date -u +%FT%TZ) retrain.sh: starting: ${cmd[*]}" >>"$log"
set +e
"${cmd[@]}" >>"$log" 2>&1
code=$?
set -e
case "$code" in
  0) meaning="decision made: $(grep -h '^retrain: decision ' "$log" | tail -n 1)" ;;
  1) meaning="run failed; champion unchanged; see $log" ;;
  2) meaning="configuration error; nothing started; see $log" ;;
  *) meaning="unexpected exit; see $log" ;;
esac
echo "$(date -u +%FT%TZ) retrain.sh: exit $code: $meaning" | tee -a "$log"
exit "$code"
