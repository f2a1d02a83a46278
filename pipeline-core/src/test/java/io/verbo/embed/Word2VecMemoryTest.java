package io.verbo.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.verbo.config.InvalidConfigException;
import java.util.Arrays;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The memory formula of {@link MemoryEstimate} and the messages of {@link Word2VecMemory}. */
class Word2VecMemoryTest {
  private static final long GIB = 1L << 30;
  private static final long MIB = 1L << 20;

  /** The benchmark's memory run: 500,002 words x 300 dims, 2 matrices, local[2]. */
  private static final MemoryEstimate BENCH_LOCAL = new MemoryEstimate(500_002, 300, 2, 2, true);

  /** A cluster run: 1M words x 300 dims, 2 matrices, 4 cores per executor. */
  private static final MemoryEstimate CLUSTER = new MemoryEstimate(1_000_000, 300, 2, 4, false);

  private static MemoryLimits limits(
      long executorGib, long driverGib, boolean embedded, long maxResultGib) {
    return new MemoryLimits(
        executorGib * GIB,
        executorGib + "g",
        driverGib * GIB,
        "1g",
        embedded,
        maxResultGib * GIB,
        maxResultGib + "g");
  }

  private static String[] keys(InvalidConfigException e) {
    return Arrays.stream(e.getSuppressed())
        .map(t -> ((InvalidConfigException) t).key())
        .toArray(String[]::new);
  }

  @Test
  void clusterFormulaIsUnchanged() {
    assertThat(CLUSTER.copyBytes()).as("V x D x 4 bytes x matrices").isEqualTo(2_400_000_000L);
    assertThat(CLUSTER.executorBytes()).as("(2 + 2 x 4 + 4) copies").isEqualTo(14 * 2_400_000_000L);
    assertThat(CLUSTER.driverBytes()).as("6 copies").isEqualTo(6 * 2_400_000_000L);
    assertThat(CLUSTER.driverJvmBytes()).as("the driver JVM holds only the driver's").isEqualTo(CLUSTER.driverBytes());
    assertThat(CLUSTER.formula())
        .contains("2288.8 MiB per copy")
        .contains("executor 14 copies (2 + 2 x 4 cores + 4) = 32043.5 MiB")
        .contains("driver 6 copies = 13732.9 MiB")
        .doesNotContain("local mode");
  }

  @Test
  void localModeCountsTheSharedBroadcastAndSumsOnce() {
    assertThat(BENCH_LOCAL.localCopies()).as("6 + 2 x 2 task slots").isEqualTo(10);
    assertThat(BENCH_LOCAL.driverJvmBytes()).isEqualTo(10 * 1_200_004_800L);
    assertThat(BENCH_LOCAL.driverJvmBytes())
        .as("below the old driver + executor sum of 16 copies")
        .isLessThan(BENCH_LOCAL.driverBytes() + BENCH_LOCAL.executorBytes());
    assertThat(BENCH_LOCAL.driverJvmBytes() / (double) BENCH_LOCAL.copyBytes())
        .as("still above the 8.6 copies measured live in the benchmark")
        .isGreaterThan(8.6);
    assertThat(BENCH_LOCAL.formula())
        .contains("local mode, one JVM: 10 copies (6 + 2 x 2 task slots) = 11444.1 MiB")
        .doesNotContain("executor");
    // The benchmark's -Xmx16g was refused by the old formula (18310.6 MiB); it fits now.
    Word2VecMemory.check(BENCH_LOCAL, limits(1, 16, true, 3));
    assertThatThrownBy(() -> Word2VecMemory.check(BENCH_LOCAL, limits(1, 11, true, 3)))
        .as("one GiB short")
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("need 11444.1 MiB, usable heap is 10964.0 MiB");
  }

  @Test
  void oneFailingKeyIsThrownOnItsOwnWithItsFix() {
    InvalidConfigException e =
        catchThrowableOfType(
            InvalidConfigException.class,
            () -> Word2VecMemory.check(CLUSTER, limits(8, 64, false, 0)));
    assertThat(e.key()).isEqualTo("spark.executor.memory");
    assertThat(e.getSuppressed()).as("nothing else failed").isEmpty();
    assertThat(e)
        .hasMessageStartingWith("Invalid configuration spark.executor.memory = \"8g\"")
        .hasMessageContaining("2288.8 MiB per copy")
        .hasMessageContaining("raise spark.executor.memory to at least 32343.5 MiB");
  }

  @Test
  void everyFailingKeyIsReportedAtOnceEachWithItsFix() {
    InvalidConfigException e =
        catchThrowableOfType(
            InvalidConfigException.class,
            () -> Word2VecMemory.check(CLUSTER, limits(8, 8, false, 1)));
    assertThat(keys(e))
        .as("executor, driver heap and result size, in that order")
        .containsExactly("spark.executor.memory", "spark.driver.memory", "spark.driver.maxResultSize");
    assertThat(e.key()).as("the first one's key").isEqualTo("spark.executor.memory");
    assertThat(e)
        .hasMessageContaining("3 memory limits are too small")
        .hasMessageContaining("raise spark.executor.memory to at least 32343.5 MiB")
        .hasMessageContaining("spark.driver.memory = \"1g\"")
        .hasMessageContaining("raise spark.driver.memory (spark-submit --driver-memory) to at least 14032.9 MiB")
        .hasMessageContaining("spark.driver.maxResultSize = \"1g\"")
        .hasMessageContaining("raise spark.driver.maxResultSize")
        .hasMessageContaining("to at least 4577.6 MiB");
  }

  @Test
  void anEmbeddedDriverQuotesTheRealHeapAndTheLauncherKnob() {
    // The benchmark's situation: -Xmx8g, local mode, no spark-submit, default maxResultSize.
    InvalidConfigException e =
        catchThrowableOfType(
            InvalidConfigException.class,
            () -> Word2VecMemory.check(BENCH_LOCAL, limits(1, 8, true, 1)));
    assertThat(keys(e))
        .as("heap and result size together")
        .containsExactly(MemoryLimits.JVM_MAX_HEAP, "spark.driver.maxResultSize");
    long needed = BENCH_LOCAL.driverJvmBytes() + MemoryEstimate.SPARK_RESERVED_BYTES;
    long flag = (long) Math.ceil(needed * 1.1 / MIB);
    assertThat(flag).isEqualTo(12919);
    assertThat(e)
        .hasMessageContaining("-Xmx = \"8192.0 MiB (this JVM's Runtime.maxMemory())\"")
        .hasMessageContaining("its max heap must be at least 11744.1 MiB (e.g. -Xmx12919m;")
        .hasMessageContaining("VERBO_DRIVER_MEMORY=12919m")
        .hasMessageContaining("spark.driver.memory, now 1g, has no effect")
        .hasMessageNotContaining("Invalid configuration spark.driver.memory")
        .hasMessageContaining("to at least 2288.8 MiB (or 0 for no limit)");
  }

  @Test
  void aDriverStartedBySparkSubmitNamesSparkDriverMemoryEvenInLocalMode() {
    InvalidConfigException e =
        catchThrowableOfType(
            InvalidConfigException.class,
            () -> Word2VecMemory.check(BENCH_LOCAL, limits(1, 8, false, 0)));
    assertThat(e.key()).isEqualTo("spark.driver.memory");
    assertThat(e)
        .hasMessageContaining("raise spark.driver.memory (spark-submit --driver-memory) to at least 11744.1 MiB")
        .hasMessageNotContaining("VERBO_DRIVER_MEMORY");
  }

  @Test
  void limitsComeFromThisJvmAndHowItWasStarted() {
    SparkConf conf = new SparkConf(false).set("spark.driver.memory", "64g");
    MemoryLimits embedded = MemoryLimits.of(conf);
    assertThat(embedded.driverHeap())
        .as("the real heap, not spark.driver.memory")
        .isEqualTo(Runtime.getRuntime().maxMemory());
    assertThat(embedded.embedded()).as("tests run without spark-submit").isTrue();
    assertThat(embedded.maxResultSize()).as("Spark's default 1g").isEqualTo(GIB);
    assertThat(embedded.executorHeap()).as("Spark's default 1g").isEqualTo(GIB);
    assertThat(MemoryLimits.of(conf.clone().set("spark.submit.deployMode", "cluster")).embedded())
        .as("a driver the cluster started was sized from spark.driver.memory")
        .isFalse();
    String before = System.getProperty("SPARK_SUBMIT");
    System.setProperty("SPARK_SUBMIT", "true");
    try {
      assertThat(MemoryLimits.of(conf).embedded()).as("spark-submit's marker").isFalse();
    } finally {
      if (before == null) {
        System.clearProperty("SPARK_SUBMIT");
      } else {
        System.setProperty("SPARK_SUBMIT", before);
      }
    }
  }
}
