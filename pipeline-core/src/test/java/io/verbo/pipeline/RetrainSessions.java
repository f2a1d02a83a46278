package io.verbo.pipeline;

import io.verbo.sentiment.DistributedSettings;
import io.verbo.sentiment.SparkTrainingEnvironment;
import org.apache.spark.sql.SparkSession;

/** The local[2] test session restarted with the Kryo settings DL4J training needs from the start. */
final class RetrainSessions {
  private RetrainSessions() {}

  /**
   * @param running the shared test session (stopped)
   * @return a new local[2] session with Kryo and the ND4J registrator
   */
  static SparkSession withKryo(SparkSession running) {
    running.stop();
    SparkSession.Builder b =
        SparkSession.builder()
            .master("local[2]")
            .appName("verbo-retrain-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1");
    SparkTrainingEnvironment.recommendedSparkConf(DistributedSettings.defaults()).forEach(b::config);
    return b.getOrCreate();
  }
}
