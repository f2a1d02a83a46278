/**
 * The {@code verbo} command line and one thin class per spark-submit entry point. A job parses
 * arguments, loads and validates configuration (failing before Spark starts), builds the
 * SparkSession (never setting a master itself), calls one service of pipeline-core, reports the
 * result and returns an exit code: 0 ok, 1 job failed, 2 usage or configuration error.
 */
package io.verbo.jobs;
