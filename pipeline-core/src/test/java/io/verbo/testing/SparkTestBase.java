package io.verbo.testing;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One shared {@code local[2]} SparkSession per test class, stopped after the class. Published in
 * pipeline-core's test-jar and reused by the jobs module.
 */
public abstract class SparkTestBase {
  /** The session of the running test class. */
  protected static SparkSession spark;

  /** Starts (or joins) the session. */
  @BeforeAll
  static void startSpark() {
    spark = newSession();
  }

  /** Stops the session so the next class starts clean. */
  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
      spark = null;
    }
  }

  /** @return a local[2] session with the UI off and few shuffle partitions */
  public static SparkSession newSession() {
    return newSession(Map.of());
  }

  /**
   * @param extraConf more Spark settings, e.g. DL4J's Kryo settings (they must be set before the
   *     session starts)
   * @return a local[2] session with the UI off, few shuffle partitions and those settings
   */
  public static SparkSession newSession(Map<String, String> extraConf) {
    SparkSession.Builder b = SparkSession.builder()
        .master("local[2]")
        .appName("verbo-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1");
    extraConf.forEach(b::config);
    return b.getOrCreate();
  }
}
