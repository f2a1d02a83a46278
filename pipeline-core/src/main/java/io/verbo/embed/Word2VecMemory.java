package io.verbo.embed;

import io.verbo.config.InvalidConfigException;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks, before any Spark job runs, that the driver and the executors can hold the weight copies
 * of {@link MemoryEstimate}, and that the averaged weights fit in {@code spark.driver.maxResultSize}.
 * A failure names the Spark key to raise and the numbers. Stateless.
 */
public final class Word2VecMemory {
  private static final Logger LOG = LoggerFactory.getLogger(Word2VecMemory.class);

  private Word2VecMemory() {}

  /**
   * @param spark the session (its SparkConf and, for the driver, this JVM's real heap)
   * @param vocabSize vocabulary size
   * @param settings the settings
   * @return the estimate that passed
   * @throws InvalidConfigException naming {@code spark.executor.memory}, {@code
   *     spark.driver.memory} or {@code spark.driver.maxResultSize} when it is too small
   */
  public static MemoryEstimate check(SparkSession spark, int vocabSize, Word2VecSettings settings) {
    SparkContext sc = spark.sparkContext();
    SparkConf conf = sc.getConf();
    boolean local = sc.isLocal();
    int cores = executorCores(sc, conf, local);
    MemoryEstimate e = new MemoryEstimate(vocabSize, settings.vectorSize(), settings.matrices(), cores, local);
    long executorHeap = conf.getSizeAsMb("spark.executor.memory", "1g") << 20;
    long driverHeap = Runtime.getRuntime().maxMemory();
    long maxResult = conf.getSizeAsBytes("spark.driver.maxResultSize", "1g");
    check(e, executorHeap, conf.get("spark.executor.memory", "1g"), driverHeap, conf.get("spark.driver.memory", "1g"), maxResult);
    LOG.info("train-embeddings: memory {}", e.formula());
    return e;
  }

  /**
   * The check itself, on plain numbers.
   *
   * @param e the estimate
   * @param executorHeap executor heap in bytes (ignored in local mode)
   * @param executorSetting {@code spark.executor.memory} as configured, for the message
   * @param driverHeap the driver JVM's maximum heap in bytes
   * @param driverSetting {@code spark.driver.memory} as configured, for the message
   * @param maxResultSize {@code spark.driver.maxResultSize} in bytes (0 = unlimited)
   * @throws InvalidConfigException when one of them is too small
   */
  public static void check(
      MemoryEstimate e, long executorHeap, String executorSetting, long driverHeap, String driverSetting, long maxResultSize) {
    String shrink = String.format(
        Locale.ROOT,
        ", or lower %s / shrink the vocabulary (verbo.vocab.max-size, verbo.vocab.min-count)",
        EmbeddingKeys.VECTOR_SIZE);
    if (!e.local() && usable(executorHeap) < e.executorBytes()) {
      throw new InvalidConfigException(
          "spark.executor.memory",
          executorSetting,
          String.format(
              Locale.ROOT,
              "executors cannot hold the embedding weights: need %s, usable heap is %s (%s minus Spark's 300 MiB). %s",
              MemoryEstimate.mib(e.executorBytes()), MemoryEstimate.mib(usable(executorHeap)),
              MemoryEstimate.mib(executorHeap), e.formula()),
          "raise spark.executor.memory to at least "
              + MemoryEstimate.mib(e.executorBytes() + MemoryEstimate.SPARK_RESERVED_BYTES)
              + ", or lower spark.executor.cores" + shrink);
    }
    if (usable(driverHeap) < e.driverJvmBytes()) {
      throw new InvalidConfigException(
          "spark.driver.memory",
          driverSetting,
          String.format(
              Locale.ROOT,
              "the driver JVM cannot hold the embedding weights: need %s, usable heap is %s (%s minus Spark's 300 MiB). %s",
              MemoryEstimate.mib(e.driverJvmBytes()), MemoryEstimate.mib(usable(driverHeap)),
              MemoryEstimate.mib(driverHeap), e.formula()),
          "raise spark.driver.memory (or -Xmx of an embedded run) to at least "
              + MemoryEstimate.mib(e.driverJvmBytes() + MemoryEstimate.SPARK_RESERVED_BYTES) + shrink);
    }
    if (maxResultSize > 0 && maxResultSize < e.resultBytes()) {
      throw new InvalidConfigException(
          "spark.driver.maxResultSize",
          MemoryEstimate.mib(maxResultSize),
          "is smaller than the averaged weights the driver receives each round (" + MemoryEstimate.mib(e.resultBytes()) + ")",
          "raise spark.driver.maxResultSize to at least " + MemoryEstimate.mib(e.resultBytes()) + " (or 0 for no limit)" + shrink);
    }
  }

  private static long usable(long heap) {
    return Math.max(0, heap - MemoryEstimate.SPARK_RESERVED_BYTES);
  }

  /** Tasks running at once per executor: spark.executor.cores, else what the cluster shows. */
  private static int executorCores(SparkContext sc, SparkConf conf, boolean local) {
    int taskCpus = Math.max(1, conf.getInt("spark.task.cpus", 1));
    if (conf.contains("spark.executor.cores")) {
      return Math.max(1, conf.getInt("spark.executor.cores", 1) / taskCpus);
    }
    int executors = Math.max(0, sc.statusTracker().getExecutorInfos().length - (local ? 0 : 1));
    int parallelism = Math.max(1, sc.defaultParallelism());
    return local || executors == 0 ? parallelism : Math.max(1, parallelism / executors);
  }
}
