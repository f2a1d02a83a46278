package io.verbo.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.config.VerboConfig;
import io.verbo.corpus.TokenizeService;
import io.verbo.corpus.TokenizeSummary;
import io.verbo.testing.MiniHdfs;
import io.verbo.testing.SparkTestBase;
import io.verbo.testing.TestConfigs;
import io.verbo.testing.TestPaths;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import io.verbo.vocab.VocabularyService;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokenize and vocabulary with input and run root on a real HDFS (MiniDFSCluster, in this JVM). */
class HdfsPipelineTest extends SparkTestBase {
  @TempDir static Path hdfsBase;
  private static MiniHdfs cluster;
  private static String hdfs;

  @BeforeAll
  static void startHdfs() throws Exception {
    cluster = MiniHdfs.start(hdfsBase);
    hdfs = cluster.uri();
    FileSystem fs = cluster.fileSystem();
    fs.mkdirs(new org.apache.hadoop.fs.Path("/data"));
    fs.copyFromLocalFile(
        new org.apache.hadoop.fs.Path(TestPaths.sample("reviews/reviews.csv").toString()),
        new org.apache.hadoop.fs.Path("/data/reviews.csv"));
    fs.copyFromLocalFile(
        new org.apache.hadoop.fs.Path(TestPaths.sample("broken/broken-reviews.csv").toString()),
        new org.apache.hadoop.fs.Path("/data/broken-reviews.csv"));
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void tokenizeAndVocabularyReadAndWriteHdfs() {
    String root = hdfs + "/runs/r1";
    VerboConfig config = TestConfigs.local(root, List.of(hdfs + "/data/*.csv"));
    TokenizeSummary t = TokenizeService.run(spark, config);
    VocabularyService.run(spark, config);

    RunLayout layout = new RunLayout(root);
    assertThat(t.read()).as("read = kept + rejected on HDFS").isEqualTo(t.kept() + t.rejected());
    assertThat(t.rejected()).as("the broken file's 11 rejects").isEqualTo(11);
    assertThat(spark.read().parquet(layout.tokens().toString()).count()).isEqualTo(t.kept());
    assertThat(spark.read().parquet(layout.rejects().toString()).count()).isEqualTo(11);
    Vocabulary v = VocabularyIO.read(spark, layout.vocabulary());
    assertThat(v.size()).as("a real vocabulary").isGreaterThan(500);
    JsonNode meta = ArtifactMetadata.read(layout.vocabulary(), spark.sparkContext().hadoopConfiguration());
    assertThat(meta.path("artifact").asText()).isEqualTo("vocabulary");
    assertThat(meta.path("counts").path("vocabulary_size").asLong()).isEqualTo(v.size());
    assertThat(meta.path("inputs").get(0).asText()).startsWith("hdfs://");

    // Same local result: HDFS changes where bytes live, not what the pipeline computes.
    VerboConfig local =
        TestConfigs.localFiles(hdfsBase.resolve("local-run"),
            List.of(TestPaths.sample("reviews/reviews.csv"), TestPaths.sample("broken/broken-reviews.csv")));
    TokenizeSummary l = TokenizeService.run(spark, local);
    assertThat(l.kept()).isEqualTo(t.kept());
    assertThat(l.rejectedByReason()).isEqualTo(t.rejectedByReason());
  }
}
