package io.verbo.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Names the Spark jobs of one pipeline stage, so the Spark UI reads like "tokenize: write tokens"
 * (after Iceberg's {@code withJobGroupInfo}). Use with try-with-resources; not thread-safe (Spark's
 * job group is a thread-local of the driver thread).
 */
public final class JobStage implements AutoCloseable {
  private final SparkContext sc;
  private final String stage;

  private JobStage(SparkContext sc, String stage) {
    this.sc = sc;
    this.stage = stage;
  }

  /**
   * @param spark the session
   * @param stage stage name, e.g. {@code tokenize}
   * @param description what the stage does as a whole
   * @return the open stage
   */
  public static JobStage begin(SparkSession spark, String stage, String description) {
    SparkContext sc = spark.sparkContext();
    sc.setJobGroup("verbo-" + stage, stage + ": " + description, false);
    return new JobStage(sc, stage);
  }

  /**
   * Describes the next Spark jobs of this stage.
   *
   * @param step what they do, e.g. {@code write tokens}
   */
  public void step(String step) {
    sc.setJobDescription(stage + ": " + step);
  }

  /** Clears the job group and description. */
  @Override
  public void close() {
    sc.clearJobGroup();
  }
}
