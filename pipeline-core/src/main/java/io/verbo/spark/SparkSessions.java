package io.verbo.spark;

import io.verbo.config.SparkSettings;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the one SparkSession of a job from {@link SparkSettings}. Precedence for every Spark key:
 * what spark-submit set (it arrives as {@code spark.*} system properties) > {@code
 * verbo.spark.conf}. The master comes from spark-submit; failing that from {@code
 * verbo.spark.master}; failing that the job runs an embedded {@code local[*]} Spark, which is what
 * {@code bin/verbo} on a laptop wants. Job code never sets a master itself.
 */
public final class SparkSessions {
  private static final Logger LOG = LoggerFactory.getLogger(SparkSessions.class);

  /** The master used when neither spark-submit nor configuration names one. */
  public static final String EMBEDDED_MASTER = "local[*]";

  private SparkSessions() {}

  /**
   * @param settings Spark settings from the configuration
   * @return the SparkConf the session will be built from (exposed for tests and {@code --help})
   */
  public static SparkConf sparkConf(SparkSettings settings) {
    SparkConf conf = new SparkConf(true);
    if (!conf.contains("spark.app.name")) {
      conf.setAppName(settings.appName());
    }
    for (Map.Entry<String, String> e : settings.conf().entrySet()) {
      conf.setIfMissing(e.getKey(), e.getValue());
    }
    if (!conf.contains("spark.master")) {
      String master = settings.master().isEmpty() ? EMBEDDED_MASTER : settings.master();
      LOG.info(
          "No master given by spark-submit; using {} ({})",
          master,
          settings.master().isEmpty() ? "embedded default" : "verbo.spark.master");
      conf.setMaster(master);
      if (master.startsWith("local")) {
        // Embedded Spark talks only to itself: keep its driver off the machine's network.
        conf.setIfMissing("spark.driver.host", "127.0.0.1");
        conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      }
    }
    // Timestamps in artifacts must not depend on the machine's zone.
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    return conf;
  }

  /**
   * @param settings Spark settings from the configuration
   * @return a new or the already running session
   */
  public static SparkSession getOrCreate(SparkSettings settings) {
    SparkSession spark = SparkSession.builder().config(sparkConf(settings)).getOrCreate();
    LOG.info(
        "Spark {} master={} app={} defaultParallelism={}",
        spark.version(),
        spark.sparkContext().master(),
        spark.sparkContext().appName(),
        spark.sparkContext().defaultParallelism());
    return spark;
  }
}
