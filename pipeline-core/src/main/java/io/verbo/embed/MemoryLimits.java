package io.verbo.embed;

import org.apache.spark.SparkConf;

/**
 * The limits {@link Word2VecMemory} checks a {@link MemoryEstimate} against, and how a user raises
 * each one. Immutable.
 *
 * <p>The driver's heap is this JVM's real maximum ({@link Runtime#maxMemory()}), whatever the
 * configuration says. Who can change it depends on how the JVM was started: {@code
 * spark.driver.memory} only sizes a driver JVM that spark-submit (or, in cluster deploy mode, the
 * cluster) launches after reading it. A driver started any other way, such as {@code bin/verbo}'s
 * embedded session or a test, already runs with its {@code -Xmx}; setting {@code
 * spark.driver.memory} there has no effect, so the message names {@code -Xmx} and the launcher's
 * knob instead.
 *
 * @param executorHeap {@code spark.executor.memory} in bytes (not checked in local mode)
 * @param executorMemory {@code spark.executor.memory} as configured, for messages
 * @param driverHeap the driver JVM's maximum heap in bytes
 * @param driverMemory {@code spark.driver.memory} as configured, for messages
 * @param embedded whether the driver JVM was started without spark-submit, so that its heap is
 *     {@code -Xmx} and {@code spark.driver.memory} does not apply
 * @param maxResultSize {@code spark.driver.maxResultSize} in bytes (0 = unlimited)
 * @param maxResultSetting {@code spark.driver.maxResultSize} as configured, for messages
 */
public record MemoryLimits(
    long executorHeap,
    String executorMemory,
    long driverHeap,
    String driverMemory,
    boolean embedded,
    long maxResultSize,
    String maxResultSetting) {

  /** Key named for the heap of an embedded driver: the JVM flag, there is no Spark key for it. */
  public static final String JVM_MAX_HEAP = "-Xmx";

  /** Spark's default for {@code spark.executor.memory}, {@code spark.driver.memory} and the rest. */
  private static final String SPARK_DEFAULT = "1g";

  /**
   * @param conf the session's configuration
   * @return the limits of this JVM and that configuration
   */
  public static MemoryLimits of(SparkConf conf) {
    String executor = conf.get("spark.executor.memory", SPARK_DEFAULT);
    String maxResult = conf.get("spark.driver.maxResultSize", SPARK_DEFAULT);
    return new MemoryLimits(
        conf.getSizeAsMb("spark.executor.memory", SPARK_DEFAULT) << 20,
        executor,
        Runtime.getRuntime().maxMemory(),
        conf.get("spark.driver.memory", SPARK_DEFAULT),
        !startedBySparkSubmit(conf),
        conf.getSizeAsBytes("spark.driver.maxResultSize", SPARK_DEFAULT),
        maxResult);
  }

  /**
   * spark-submit marks the driver JVM it starts with the system property {@code SPARK_SUBMIT}; a
   * driver the cluster starts (cluster deploy mode) was sized from {@code spark.driver.memory} too.
   */
  static boolean startedBySparkSubmit(SparkConf conf) {
    return System.getProperty("SPARK_SUBMIT") != null
        || "cluster".equals(conf.get("spark.submit.deployMode", "client"));
  }

  /** @return the key to name when the driver heap is too small */
  String driverKey() {
    return embedded ? JVM_MAX_HEAP : "spark.driver.memory";
  }

  /** @return the value to quote for {@link #driverKey} */
  String driverValue() {
    return embedded
        ? MemoryEstimate.mib(driverHeap) + " (this JVM's Runtime.maxMemory())"
        : driverMemory;
  }

  /**
   * @param heapBytes the maximum heap the driver JVM needs (Spark's reservation included)
   * @return how to get it, naming the knob that really sets it
   */
  String raiseDriverHeap(long heapBytes) {
    if (!embedded) {
      return "raise spark.driver.memory (spark-submit --driver-memory) to at least "
          + MemoryEstimate.mib(heapBytes);
    }
    // Runtime.maxMemory() reports less than -Xmx under some collectors (the serial collector leaves
    // out a survivor space: -Xmx19g gave 18.37 GiB), hence the 10 % margin in the suggested flag.
    long flagMib = (long) Math.ceil(heapBytes * 1.1 / (1L << 20));
    return "start the JVM with a larger -Xmx (spark.driver.memory, now "
        + driverMemory
        + ", has no effect on a driver that spark-submit did not start): its max heap must be at"
        + " least "
        + MemoryEstimate.mib(heapBytes)
        + " (e.g. -Xmx"
        + flagMib
        + "m; with bin/verbo set VERBO_DRIVER_MEMORY="
        + flagMib
        + "m, its -Xmx, default 4g; another launcher takes -Xmx among its JVM options, e.g."
        + " JAVA_OPTS)";
  }
}
