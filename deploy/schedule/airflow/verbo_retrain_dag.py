"""Nightly `verbo retrain` on a Spark cluster with Airflow's SparkSubmitOperator.

Needs apache-airflow-providers-apache-spark and an Airflow connection (default `spark_default`) that
names the master (yarn, spark://host:7077 or k8s://...). The jar, main class and Java 17 flags are
read from jobs/target/launcher/launcher.env, which `mvn package` writes next to the jars: deploy
that folder with the jar and point the Airflow Variable `verbo_launcher_env` at it.

Exit codes: spark-submit returns the driver's exit code, so the task succeeds for every decision
(promoted, rejected, first-champion) and fails for a failed run (1: champion unchanged, a retry is
safe) or a configuration error (2: fix it, a retry will not help). max_active_runs=1 keeps two runs
from writing the registry at the same time.
"""

import shlex
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

LAUNCHER_ENV = Variable.get(
    "verbo_launcher_env", default_var="/opt/verbo/jobs/target/launcher/launcher.env")
RETRAIN_CONF = Variable.get("verbo_retrain_conf", default_var="/etc/verbo/retrain.conf")


def read_launcher_env(path):
    """Parses the KEY='value' lines the build writes (no shell needed)."""
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                values[key] = shlex.split(value)[0] if value else ""
    return values


launcher = read_launcher_env(LAUNCHER_ENV)
java_opts = launcher["VERBO_JVM_OPENS"] + " -Dfile.encoding=UTF-8"

with DAG(
    dag_id="verbo_retrain",
    description="Champion/challenger retraining of the Verbo sentiment model",
    schedule="15 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=30)},
    tags=["verbo"],
) as dag:
    SparkSubmitOperator(
        task_id="retrain",
        conn_id="spark_default",
        application=launcher["VERBO_SPARK_JAR"],  # jobs/target/jobs-<version>-spark.jar
        java_class=launcher["VERBO_MAIN_CLASS"],  # io.verbo.jobs.VerboCommand; `retrain` below
        application_args=["retrain", "--conf", RETRAIN_CONF],
        name="verbo-retrain-{{ ds_nodash }}",
        deploy_mode="client",  # the driver reads RETRAIN_CONF from this machine
        conf={
            "spark.driver.extraJavaOptions": java_opts,
            # Verbo appends its JavaCPP off-heap limits to this value (SparkSessions).
            "spark.executor.extraJavaOptions": java_opts,
        },
        verbose=False,
    )
