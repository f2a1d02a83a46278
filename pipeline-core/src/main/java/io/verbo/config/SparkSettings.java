package io.verbo.config;

import java.util.Map;

/**
 * How the SparkSession is built. Driver-side only; not meant to be serialized to executors.
 *
 * @param appName application name for the Spark UI
 * @param master master URL used only when spark-submit gave none; empty means "spark-submit
 *     decides, else embedded local[*]"
 * @param conf extra {@code spark.*} settings, applied unless spark-submit set the same key
 */
public record SparkSettings(String appName, String master, Map<String, String> conf) {
  /** Validates the record and freezes the map. */
  public SparkSettings {
    ConfigChecks.checkNotBlank(ConfigKeys.SPARK_APP_NAME, appName);
    master = master == null ? "" : master.trim();
    conf = Map.copyOf(conf);
    for (String key : conf.keySet()) {
      if (!key.startsWith("spark.")) {
        throw new InvalidConfigException(
            ConfigKeys.SPARK_CONF + "." + key,
            conf.get(key),
            "only spark.* settings are allowed here",
            "quote the full Spark key, e.g. conf { \"spark.sql.shuffle.partitions\" = \"8\" }");
      }
    }
  }
}
