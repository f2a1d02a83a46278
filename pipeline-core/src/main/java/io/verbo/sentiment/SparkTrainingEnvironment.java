package io.verbo.sentiment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark and JVM settings DL4J training needs, and the check that they are in place.
 *
 * <p>Most of them must exist before the SparkSession starts (a running context ignores new
 * serializer settings, and JavaCPP reads its off-heap limits when it loads): jobs merge {@link
 * #recommendedSparkConf} into their SparkConf and append {@link #executorJavaOptions} to {@code
 * spark.executor.extraJavaOptions}. {@link #check} then runs at the start of training: it fails
 * when Kryo is on without ND4J's registrator (INDArrays would not survive serialization), warns
 * about what is missing, and sets the driver-side defaults that can still be set. Stateless.
 */
public final class SparkTrainingEnvironment {
  private static final Logger LOG = LoggerFactory.getLogger(SparkTrainingEnvironment.class);

  /** Spark's Kryo serializer class. */
  public static final String KRYO = "org.apache.spark.serializer.KryoSerializer";

  /** ND4J's Kryo registrator (shipped in nd4j-kryo / dl4j-spark at 1.0.0-M2). */
  public static final String ND4J_REGISTRATOR = "org.nd4j.kryo.Nd4jRegistrator";

  /** System property naming DL4J's training-stats time source. */
  public static final String TIME_SOURCE_PROPERTY = "org.deeplearning4j.spark.time.TimeSource";

  /** The time source that does not ask an NTP server (offline clusters). */
  public static final String SYSTEM_CLOCK = "org.deeplearning4j.spark.time.SystemClockTimeSource";

  private SparkTrainingEnvironment() {}

  /**
   * @param d the distributed settings
   * @return Spark settings to set (if missing) before the session starts: Kryo with the ND4J
   *     registrator and {@link VerboKryoRegistrator}, and a memory overhead above the off-heap
   *     limit
   */
  public static Map<String, String> recommendedSparkConf(DistributedSettings d) {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.serializer", KRYO);
    // Records and atomics need Verbo's registrator under Kryo 4 on Java 17 (see its Javadoc).
    conf.put("spark.kryo.registrator", ND4J_REGISTRATOR + "," + VerboKryoRegistrator.NAME);
    long overheadMiB = (long) Math.ceil(d.offHeapMaxBytesValue() * 1.25 / (1 << 20));
    conf.put("spark.executor.memoryOverhead", overheadMiB + "m");
    return conf;
  }

  /**
   * @param d the distributed settings
   * @return JVM options for {@code spark.executor.extraJavaOptions} (and the driver's command
   *     line): JavaCPP off-heap limits and the system-clock time source
   */
  public static String executorJavaOptions(DistributedSettings d) {
    return String.format(
        Locale.ROOT,
        "-Dorg.bytedeco.javacpp.maxbytes=%s -Dorg.bytedeco.javacpp.maxphysicalbytes=%s -D%s=%s",
        d.offHeapMaxBytes(),
        d.offHeapMaxPhysicalBytes(),
        TIME_SOURCE_PROPERTY,
        SYSTEM_CLOCK);
  }

  /**
   * Checks a running context before training and applies the driver-side defaults.
   *
   * @param sc the running context
   * @param d the distributed settings
   * @throws IllegalStateException if Kryo is enabled without {@value #ND4J_REGISTRATOR}
   */
  public static void check(SparkContext sc, DistributedSettings d) {
    check(sc.getConf(), sc.master(), d);
  }

  /**
   * @param conf the session's configuration
   * @param master the master URL
   * @param d the distributed settings
   * @throws IllegalStateException if Kryo is enabled without {@value #ND4J_REGISTRATOR}
   */
  static void check(SparkConf conf, String master, DistributedSettings d) {
    String serializer = conf.get("spark.serializer", "org.apache.spark.serializer.JavaSerializer");
    String registrators = conf.get("spark.kryo.registrator", "");
    if (serializer.equals(KRYO) && !registrators.contains(ND4J_REGISTRATOR)) {
      throw new IllegalStateException(
          "Cannot train with DL4J: spark.serializer is Kryo but spark.kryo.registrator ("
              + (registrators.isEmpty() ? "unset" : registrators)
              + ") does not include "
              + ND4J_REGISTRATOR
              + ", so ND4J arrays would be corrupted."
              + " Set spark.kryo.registrator="
              + ND4J_REGISTRATOR
              + " before the SparkSession starts.");
    }
    if (!serializer.equals(KRYO)) {
      LOG.info(
          "spark.serializer is {}: minibatches are Java-serialized; Kryo with {} is faster",
          serializer,
          ND4J_REGISTRATOR);
    }
    if (System.getProperty(TIME_SOURCE_PROPERTY) == null) {
      System.setProperty(TIME_SOURCE_PROPERTY, SYSTEM_CLOCK);
    }
    if (master.startsWith("local")) {
      int workers = localWorkers(master);
      LOG.info(
          "Master {}: {} workers share this JVM; each task thread gets {} OpenMP thread(s)",
          master,
          workers,
          Math.max(1, Runtime.getRuntime().availableProcessors() / workers));
    } else {
      String opts = conf.get("spark.executor.extraJavaOptions", "");
      if (!opts.contains("org.bytedeco.javacpp.maxbytes")) {
        LOG.warn(
            "spark.executor.extraJavaOptions sets no org.bytedeco.javacpp.maxbytes: executors may"
                + " be killed for off-heap use Spark does not see. Add: {}",
            executorJavaOptions(d));
      }
      if (d.collectTrainingStats() && !opts.contains(TIME_SOURCE_PROPERTY)) {
        LOG.warn(
            "Training stats are on but executors use DL4J's NTP time source; add -D{}={}",
            TIME_SOURCE_PROPERTY,
            SYSTEM_CLOCK);
      }
    }
  }

  /**
   * @param master a local master URL: {@code local}, {@code local[N]}, {@code local[*]}, {@code
   *     local[N,F]}
   * @return the number of concurrent tasks it runs
   */
  static int localWorkers(String master) {
    int open = master.indexOf('[');
    if (open < 0) {
      return 1;
    }
    String n = master.substring(open + 1, master.indexOf(']', open)).split(",")[0].trim();
    return n.equals("*")
        ? Runtime.getRuntime().availableProcessors()
        : Math.max(1, Integer.parseInt(n));
  }
}
