package io.verbo.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.config.VerboConfig;
import io.verbo.store.RunLayout;
import io.verbo.testing.SparkTestBase;
import io.verbo.testing.StandaloneSparkCluster;
import io.verbo.testing.TestConfigs;
import io.verbo.testing.TestPaths;
import io.verbo.vocab.VocabularyService;
import io.verbo.vocab.VocabularySummary;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkExecutorInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tokenize and vocabulary stages on a real standalone cluster (Master, Worker and executor in
 * separate JVMs), compared with a local[2] run of the same configuration. Does not extend {@link
 * SparkTestBase}: one SparkContext per JVM, and this class needs two in turn.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenizeOnStandaloneClusterTest {
  private static final Map<String, Long> EXPECTED_REJECTS =
      Map.ofEntries(
          Map.entry("invalid_utf8", 2L),
          Map.entry("empty_text", 2L),
          Map.entry("unknown_label", 2L),
          Map.entry("malformed_row", 4L),
          Map.entry("document_too_large", 1L));

  private static StandaloneSparkCluster cluster;
  private static SparkSession spark;

  @TempDir static Path tmp;

  @BeforeAll
  static void startCluster() {
    cluster = StandaloneSparkCluster.start();
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** The cluster session, started on first use (executor start is the slow part). */
  private static SparkSession clusterSpark() {
    if (spark == null || spark.sparkContext().isStopped()) {
      spark = cluster.newSession("verbo-cluster-test");
    }
    return spark;
  }

  private static VerboConfig samples(Path root) {
    return TestConfigs.localFiles(
        root,
        List.of(
            TestPaths.sample("reviews/reviews.csv"),
            TestPaths.sample("broken/broken-reviews.csv")));
  }

  @Test
  @Order(1)
  void tasksRunInExecutorJvmsOnLoopback() {
    SparkSession s = clusterSpark();
    long driverPid = ProcessHandle.current().pid();
    List<Long> taskPids =
        JavaSparkContext.fromSparkContext(s.sparkContext())
            .parallelize(List.of(1, 2, 3, 4, 5, 6, 7, 8), 4)
            .map(i -> ProcessHandle.current().pid())
            .distinct()
            .collect();

    assertThat(taskPids)
        .as("tasks ran in another JVM than the driver's")
        .isNotEmpty()
        .doesNotContain(driverPid);
    assertThat(cluster.executorPids())
        .as("that JVM is an executor the Worker started")
        .containsAll(taskPids);
    SparkExecutorInfo[] infos = s.sparkContext().statusTracker().getExecutorInfos();
    assertThat(infos).as("the driver and one executor").hasSize(2);
    assertThat(Arrays.stream(infos).map(SparkExecutorInfo::host))
        .as("driver and executor on the loopback address only")
        .containsOnly(StandaloneSparkCluster.LOOPBACK);
    assertThat(s.sparkContext().master()).isEqualTo(cluster.masterUrl());
  }

  @Test
  @Order(2)
  void tokenizeAndVocabularyGiveTheSameResultsAsLocalMode() {
    VerboConfig onCluster = samples(tmp.resolve("cluster"));
    TokenizeSummary clusterTokens = TokenizeService.run(clusterSpark(), onCluster);
    VocabularySummary clusterVocab = VocabularyService.run(clusterSpark(), onCluster);
    spark.stop();

    SparkSession local = SparkTestBase.newSession();
    try {
      VerboConfig onLocal = samples(tmp.resolve("local"));
      TokenizeSummary localTokens = TokenizeService.run(local, onLocal);
      VocabularySummary localVocab = VocabularyService.run(local, onLocal);

      assertThat(clusterTokens.kept())
          .as("kept documents")
          .isEqualTo(localTokens.kept())
          .isGreaterThanOrEqualTo(3207);
      assertThat(clusterTokens.rejectedByReason())
          .as("rejects by reason, as in data-samples/broken/EXPECTED.md")
          .isEqualTo(localTokens.rejectedByReason())
          .isEqualTo(EXPECTED_REJECTS);
      assertThat(clusterTokens)
          .as("every count of the tokenize summary")
          .usingRecursiveComparison()
          .ignoringFields("seconds", "output")
          .isEqualTo(localTokens);
      assertThat(clusterVocab)
          .as("every count of the vocabulary summary")
          .usingRecursiveComparison()
          .ignoringFields("seconds", "output")
          .isEqualTo(localVocab);

      RunLayout c = new RunLayout(onCluster.run().root());
      RunLayout l = new RunLayout(onLocal.run().root());
      assertSameRows(local, c.tokens().toString(), l.tokens().toString(), "tokens");
      assertSameRows(local, c.rejects().toString(), l.rejects().toString(), "rejects");
      assertSameRows(
          local,
          RunLayout.dataIn(c.vocabulary()).toString(),
          RunLayout.dataIn(l.vocabulary()).toString(),
          "vocabulary");
    } finally {
      local.stop();
    }
  }

  /** Same rows both ways; the {@code source} column holds the input path, equal for both runs. */
  private static void assertSameRows(SparkSession s, String actual, String expected, String what) {
    Dataset<Row> a = s.read().parquet(actual);
    Dataset<Row> e = s.read().parquet(expected);
    assertThat(a.count()).as("%s rows", what).isEqualTo(e.count());
    assertThat(a.exceptAll(e).count())
        .as("%s written on the cluster and not locally", what)
        .isZero();
    assertThat(e.exceptAll(a).count())
        .as("%s written locally and not on the cluster", what)
        .isZero();
  }
}
