package io.verbo.embed;

import io.verbo.config.InvalidConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks, before any Spark job runs, that the driver and the executors can hold the weight copies
 * of {@link MemoryEstimate}, and that the averaged weights fit in {@code spark.driver.maxResultSize}.
 * Every limit that is too small is reported at once, each with its key, the numbers and its fix, so
 * one corrected run suffices. Stateless.
 */
public final class Word2VecMemory {
  private static final Logger LOG = LoggerFactory.getLogger(Word2VecMemory.class);

  private Word2VecMemory() {}

  /**
   * @param spark the session (its SparkConf and, for the driver, this JVM's real heap)
   * @param vocabSize vocabulary size
   * @param settings the settings
   * @return the estimate that passed
   * @throws InvalidConfigException as {@link #check(MemoryEstimate, MemoryLimits)}
   */
  public static MemoryEstimate check(SparkSession spark, int vocabSize, Word2VecSettings settings) {
    SparkContext sc = spark.sparkContext();
    SparkConf conf = sc.getConf();
    boolean local = sc.isLocal();
    int cores = executorCores(sc, conf, local);
    MemoryEstimate e = new MemoryEstimate(vocabSize, settings.vectorSize(), settings.matrices(), cores, local);
    check(e, MemoryLimits.of(conf));
    LOG.info("train-embeddings: memory {}", e.formula());
    return e;
  }

  /**
   * The check itself, on plain numbers: the executor heap (cluster mode only), the driver JVM's
   * heap ({@link MemoryEstimate#driverJvmBytes}, which in local mode holds the tasks' copies too)
   * and {@code spark.driver.maxResultSize}.
   *
   * @param e the estimate
   * @param limits what to check it against
   * @throws InvalidConfigException when a limit is too small: for one, naming its key ({@code
   *     spark.executor.memory}, {@code spark.driver.memory}, {@link MemoryLimits#JVM_MAX_HEAP} for
   *     an embedded driver, or {@code spark.driver.maxResultSize}), the numbers and the fix; for
   *     several, one exception whose message lists each of them in that order, whose {@link
   *     InvalidConfigException#key} is the first one's, and which carries each as a suppressed
   *     exception
   */
  public static void check(MemoryEstimate e, MemoryLimits limits) {
    List<InvalidConfigException> problems = new ArrayList<>();
    if (!e.local() && usable(limits.executorHeap()) < e.executorBytes()) {
      problems.add(executorTooSmall(e, limits));
    }
    if (usable(limits.driverHeap()) < e.driverJvmBytes()) {
      problems.add(driverTooSmall(e, limits));
    }
    if (limits.maxResultSize() > 0 && limits.maxResultSize() < e.resultBytes()) {
      problems.add(resultTooLarge(e, limits));
    }
    if (problems.size() == 1) {
      throw problems.get(0);
    }
    if (!problems.isEmpty()) {
      throw combined(problems);
    }
  }

  private static InvalidConfigException executorTooSmall(MemoryEstimate e, MemoryLimits limits) {
    return new InvalidConfigException(
        "spark.executor.memory",
        limits.executorMemory(),
        String.format(
            Locale.ROOT,
            "executors cannot hold the embedding weights: need %s, usable heap is %s (%s minus Spark's 300 MiB). %s",
            MemoryEstimate.mib(e.executorBytes()), MemoryEstimate.mib(usable(limits.executorHeap())),
            MemoryEstimate.mib(limits.executorHeap()), e.formula()),
        "raise spark.executor.memory to at least "
            + MemoryEstimate.mib(e.executorBytes() + MemoryEstimate.SPARK_RESERVED_BYTES)
            + ", or lower spark.executor.cores" + shrink());
  }

  private static InvalidConfigException driverTooSmall(MemoryEstimate e, MemoryLimits limits) {
    return new InvalidConfigException(
        limits.driverKey(),
        limits.driverValue(),
        String.format(
            Locale.ROOT,
            "the driver JVM cannot hold the embedding weights: need %s, usable heap is %s (%s minus Spark's 300 MiB). %s",
            MemoryEstimate.mib(e.driverJvmBytes()), MemoryEstimate.mib(usable(limits.driverHeap())),
            MemoryEstimate.mib(limits.driverHeap()), e.formula()),
        limits.raiseDriverHeap(e.driverJvmBytes() + MemoryEstimate.SPARK_RESERVED_BYTES) + shrink());
  }

  private static InvalidConfigException resultTooLarge(MemoryEstimate e, MemoryLimits limits) {
    return new InvalidConfigException(
        "spark.driver.maxResultSize",
        limits.maxResultSetting(),
        String.format(
            Locale.ROOT,
            "%s is smaller than the averaged weights the driver receives each round as one task result"
                + " (the double-precision sum, 2 copies: %s)",
            MemoryEstimate.mib(limits.maxResultSize()), MemoryEstimate.mib(e.resultBytes())),
        "raise spark.driver.maxResultSize (a Spark key: spark-submit --conf, or verbo.spark.conf) to at least "
            + MemoryEstimate.mib(e.resultBytes()) + " (or 0 for no limit)" + shrink());
  }

  private static InvalidConfigException combined(List<InvalidConfigException> problems) {
    StringBuilder message =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Invalid configuration: %d memory limits are too small for the embedding weights; fix all of them:",
                problems.size()));
    for (InvalidConfigException p : problems) {
      message.append(System.lineSeparator()).append("  - ").append(p.getMessage());
    }
    InvalidConfigException all = new InvalidConfigException(problems.get(0).key(), message.toString(), null);
    problems.forEach(all::addSuppressed);
    return all;
  }

  private static String shrink() {
    return String.format(
        Locale.ROOT,
        ", or lower %s / shrink the vocabulary (verbo.vocab.max-size, verbo.vocab.min-count)",
        EmbeddingKeys.VECTOR_SIZE);
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
