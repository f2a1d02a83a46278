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
 *
 * <p>A driver that {@code bin/verbo} starts against a cluster master ({@code
 * verbo.spark.master=spark://...}) has no spark-submit to ship the job classes and the Java 17
 * flags to the executors, nor to say which address executors reach it at. {@code bin/verbo} passes
 * them as the system properties {@link #LAUNCHER_JARS}, {@link #LAUNCHER_EXECUTOR_JAVA_OPTIONS} and
 * {@link #LAUNCHER_DRIVER_HOST}; for a non-local master they become {@code spark.jars}, {@code
 * spark.executor.extraJavaOptions} and {@code spark.driver.host} unless those keys are already set.
 */
public final class SparkSessions {
  private static final Logger LOG = LoggerFactory.getLogger(SparkSessions.class);

  /** The master used when neither spark-submit nor configuration names one. */
  public static final String EMBEDDED_MASTER = "local[*]";

  /** System property set by {@code bin/verbo}: comma-separated jars executors need. */
  public static final String LAUNCHER_JARS = "verbo.launcher.spark-jars";

  /** System property set by {@code bin/verbo}: JVM options executors need (Java 17 flags). */
  public static final String LAUNCHER_EXECUTOR_JAVA_OPTIONS =
      "verbo.launcher.executor-java-options";

  /** System property set by {@code bin/verbo}: the address its driver binds (SPARK_LOCAL_IP). */
  public static final String LAUNCHER_DRIVER_HOST = "verbo.launcher.driver-host";

  private static final String EXECUTOR_JAVA_OPTIONS = "spark.executor.extraJavaOptions";

  private SparkSessions() {}

  /**
   * @param settings Spark settings from the configuration
   * @return the SparkConf the session will be built from (exposed for tests and {@code --help})
   */
  public static SparkConf sparkConf(SparkSettings settings) {
    return sparkConf(settings, Map.of());
  }

  /**
   * Like {@link #sparkConf(SparkSettings)}, with settings a stage needs from the start (for
   * example Kryo with ND4J's registrator for DL4J training). They are applied only where neither
   * spark-submit nor {@code verbo.spark.conf} set the key, except {@code
   * spark.executor.extraJavaOptions}, whose value is appended to what is there.
   *
   * @param settings Spark settings from the configuration
   * @param stageDefaults settings the stages of this job need
   * @return the SparkConf the session will be built from
   */
  public static SparkConf sparkConf(SparkSettings settings, Map<String, String> stageDefaults) {
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
    String effectiveMaster = conf.get("spark.master");
    if (!effectiveMaster.equals("local") && !effectiveMaster.startsWith("local[")) {
      // Executors of a local master share the driver's JVM and classpath; others need both.
      setFromLauncher(conf, "spark.jars", LAUNCHER_JARS);
      setFromLauncher(conf, "spark.executor.extraJavaOptions", LAUNCHER_EXECUTOR_JAVA_OPTIONS);
      // Else Spark advertises the canonical name of that address ("localhost" for 127.0.0.1),
      // which executors may resolve to another address than the one the driver listens on.
      setFromLauncher(conf, "spark.driver.host", LAUNCHER_DRIVER_HOST);
    }
    for (Map.Entry<String, String> e : stageDefaults.entrySet()) {
      if (e.getKey().equals(EXECUTOR_JAVA_OPTIONS) && conf.contains(EXECUTOR_JAVA_OPTIONS)) {
        conf.set(EXECUTOR_JAVA_OPTIONS, appendJavaOptions(conf.get(EXECUTOR_JAVA_OPTIONS), e.getValue()));
      } else {
        conf.setIfMissing(e.getKey(), e.getValue());
      }
    }
    // Timestamps in artifacts must not depend on the machine's zone.
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    return conf;
  }

  /**
   * @param settings Spark settings from the configuration
   * @param stageDefaults settings the stages of this job need (see {@link #sparkConf(SparkSettings,
   *     Map)})
   * @return a new or the already running session
   */
  public static SparkSession getOrCreate(SparkSettings settings, Map<String, String> stageDefaults) {
    return log(SparkSession.builder().config(sparkConf(settings, stageDefaults)).getOrCreate());
  }

  /**
   * Appends JVM options, leaving out each {@code -Dname=value} whose name the existing options
   * already define: what spark-submit set (for example the JavaCPP limits of {@code
   * deploy/submit.sh}) wins over a stage's defaults, as for every other key.
   *
   * @param existing options already set
   * @param added options to append
   * @return the combined options
   */
  static String appendJavaOptions(String existing, String added) {
    StringBuilder out = new StringBuilder(existing.strip());
    for (String option : added.strip().split("\\s+", -1)) {
      if (option.isEmpty()) {
        continue;
      }
      if (option.startsWith("-D")) {
        int eq = option.indexOf('=');
        String name = eq < 0 ? option : option.substring(0, eq + 1);
        boolean defined = false;
        for (String have : existing.strip().split("\\s+", -1)) {
          defined |= eq < 0 ? have.equals(option) : have.startsWith(name);
        }
        if (defined) {
          LOG.info("{} already sets {}; not adding {}", EXECUTOR_JAVA_OPTIONS, name, option);
          continue;
        }
      }
      out.append(out.length() == 0 ? "" : " ").append(option);
    }
    return out.toString();
  }

  private static void setFromLauncher(SparkConf conf, String key, String property) {
    String value = System.getProperty(property, "").trim();
    if (!value.isEmpty() && !conf.contains(key)) {
      LOG.info("{} from bin/verbo ({}): {}", key, property, value);
      conf.set(key, value);
    }
  }

  /**
   * @param settings Spark settings from the configuration
   * @return a new or the already running session
   */
  public static SparkSession getOrCreate(SparkSettings settings) {
    return getOrCreate(settings, Map.of());
  }

  private static SparkSession log(SparkSession spark) {
    LOG.info(
        "Spark {} master={} app={} defaultParallelism={}",
        spark.version(),
        spark.sparkContext().master(),
        spark.sparkContext().appName(),
        spark.sparkContext().defaultParallelism());
    return spark;
  }
}
