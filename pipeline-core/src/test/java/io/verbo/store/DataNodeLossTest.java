package io.verbo.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.config.VerboConfig;
import io.verbo.corpus.TokenizeService;
import io.verbo.corpus.TokenizeSummary;
import io.verbo.sentiment.ClassWeighting;
import io.verbo.sentiment.DistributedSettings;
import io.verbo.sentiment.EncodingSettings;
import io.verbo.sentiment.NetworkSettings;
import io.verbo.sentiment.Pooling;
import io.verbo.sentiment.SentimentModel;
import io.verbo.sentiment.SentimentSettings;
import io.verbo.sentiment.SentimentTrainRequest;
import io.verbo.sentiment.SentimentTrainResult;
import io.verbo.sentiment.SentimentTrainer;
import io.verbo.sentiment.SparkTrainingEnvironment;
import io.verbo.sentiment.StoppingMetric;
import io.verbo.sentiment.TrainingApproachSetting;
import io.verbo.sentiment.TrainingSettings;
import io.verbo.sentiment.Truncation;
import io.verbo.testing.MiniHdfs;
import io.verbo.testing.SparkTestBase;
import io.verbo.testing.TestConfigs;
import io.verbo.testing.TestPaths;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import io.verbo.vocab.VocabularyService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Losing a DataNode mid-run: a three-DataNode MiniDFSCluster with replication 2 holds the input and
 * the run root. While the tokenize stage writes its output, a watcher stops the DataNode that holds
 * the first replica of the input file, as soon as the first Parquet part file appears under the run
 * root (at the latest right after tokenize returns, so before the vocabulary stage in every
 * interleaving). Proves: the run succeeds on the two surviving DataNodes (HDFS client pipeline
 * recovery on write, replica failover on read), its artifacts are complete and readable (every file
 * under the run root read to the end, counts reconcile with the Parquet read back and {@code
 * _metadata.json}, the vocabulary reads back), a tiny sentiment training then runs on the degraded
 * cluster and its model reads back from HDFS, and the results equal a run on local files.
 */
class DataNodeLossTest extends SparkTestBase {
  private static final long WATCH_TIMEOUT_MS = 120_000;

  @TempDir static Path hdfsBase;
  private static MiniHdfs dfs;

  @BeforeAll
  static void startHdfs() throws IOException {
    dfs = MiniHdfs.start(hdfsBase, 3, 2);
    FileSystem fs = dfs.fileSystem();
    fs.mkdirs(new org.apache.hadoop.fs.Path("/data"));
    for (String sample : List.of("reviews/reviews.csv", "broken/broken-reviews.csv")) {
      Path local = TestPaths.sample(sample);
      fs.copyFromLocalFile(
          new org.apache.hadoop.fs.Path(local.toString()),
          new org.apache.hadoop.fs.Path("/data/" + local.getFileName()));
    }
    // DL4J's Kryo settings must be there from the session's start (as in SparkSentimentTest).
    spark.stop();
    spark = newSession(SparkTrainingEnvironment.recommendedSparkConf(DistributedSettings.defaults()));
    // Spark's own Hadoop configuration writes with replication 2 as well.
    spark.sparkContext().hadoopConfiguration().setInt("dfs.replication", 2);
  }

  @AfterAll
  static void stopHdfs() {
    if (dfs != null) {
      dfs.close();
    }
  }

  @Test
  void tokenizeAndVocabularySurviveLosingADataNode() throws Exception {
    FileSystem fs = dfs.fileSystem();
    org.apache.hadoop.fs.Path input = new org.apache.hadoop.fs.Path("/data/reviews.csv");
    FileStatus inputStatus = fs.getFileStatus(input);
    assertThat(inputStatus.getReplication()).as("input replication").isEqualTo((short) 2);
    BlockLocation[] blocks = fs.getFileBlockLocations(inputStatus, 0, inputStatus.getLen());
    assertThat(blocks[0].getNames()).as("two replicas of the input's first block").hasSize(2);
    int victim = dfs.dataNodeIndex(blocks[0].getNames()[0]);

    String root = dfs.uri() + "/runs/r1";
    VerboConfig config = TestConfigs.local(root, List.of(dfs.uri() + "/data/*.csv"));
    AtomicBoolean tokenizeDone = new AtomicBoolean();
    AtomicBoolean stoppedDuringTokenize = new AtomicBoolean();
    CompletableFuture<Void> stopper =
        CompletableFuture.runAsync(
            () -> {
              awaitFirstPartFile(new org.apache.hadoop.fs.Path("/runs/r1"));
              stoppedDuringTokenize.set(!tokenizeDone.get());
              assertThat(dfs.cluster().stopDataNode(victim)).as("DataNode %d stopped", victim).isNotNull();
            });

    TokenizeSummary t = TokenizeService.run(spark, config);
    tokenizeDone.set(true);
    stopper.get(WATCH_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    assertThat(dfs.cluster().getDataNodes()).as("one DataNode lost before the vocabulary stage").hasSize(2);
    VocabularyService.run(spark, config);

    RunLayout layout = new RunLayout(root);
    assertThat(t.read()).as("read = kept + rejected (DataNode stopped during tokenize: %s)", stoppedDuringTokenize.get())
        .isEqualTo(t.kept() + t.rejected());
    assertThat(spark.read().parquet(layout.tokens().toString()).count()).as("kept rows on HDFS").isEqualTo(t.kept());
    assertThat(spark.read().parquet(layout.rejects().toString()).count()).as("reject rows on HDFS").isEqualTo(t.rejected());
    JsonNode tokMeta = ArtifactMetadata.read(layout.tokenized(), spark.sparkContext().hadoopConfiguration());
    assertThat(tokMeta.path("counts").path("records_read").asLong()).isEqualTo(t.read());
    assertThat(tokMeta.path("counts").path("documents_kept").asLong()).isEqualTo(t.kept());
    Vocabulary v = VocabularyIO.read(spark, layout.vocabulary());
    JsonNode vocabMeta = ArtifactMetadata.read(layout.vocabulary(), spark.sparkContext().hadoopConfiguration());
    assertThat(vocabMeta.path("counts").path("vocabulary_size").asLong()).as("vocabulary read back whole").isEqualTo(v.size());

    SentimentTrainResult r = SentimentTrainer.train(spark, tinyTraining(config, layout, v));
    assertThat(r.state().curve()).as("two epochs trained with a DataNode down").hasSize(2);
    assertThat(r.modelDir().toString()).as("model written to HDFS").startsWith("hdfs://");
    String review = "Absolutely perfect! Great product, works great.";
    assertThat(SentimentModel.load(r.modelDir(), spark.sparkContext().hadoopConfiguration()).predict(review).probabilities())
        .as("the model read back from HDFS predicts as the trained one")
        .containsExactly(r.model().predict(review).probabilities());

    List<String> unreadable = readEveryFile(fs, new org.apache.hadoop.fs.Path("/runs/r1"));
    assertThat(unreadable).as("every file of the run readable to its end from the surviving DataNodes").isEmpty();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/runs/r1/_staging"))).as("no staging left").isFalse();

    VerboConfig local =
        TestConfigs.localFiles(hdfsBase.resolve("local-run"),
            List.of(TestPaths.sample("reviews/reviews.csv"), TestPaths.sample("broken/broken-reviews.csv")));
    TokenizeSummary l = TokenizeService.run(spark, local);
    VocabularyService.run(spark, local);
    assertThat(t.kept()).as("same documents kept as on local files").isEqualTo(l.kept());
    assertThat(t.rejectedByReason()).as("same rejects as on local files").isEqualTo(l.rejectedByReason());
    Vocabulary lv = VocabularyIO.read(spark, new RunLayout(local.run().root()).vocabulary());
    assertThat(v.size()).as("same vocabulary size as on local files").isEqualTo(lv.size()).isGreaterThan(500);
  }

  /** A two-epoch, 16-unit LSTM on the run's tokens (settings as in SparkSentimentTest). */
  private static SentimentTrainRequest tinyTraining(VerboConfig config, RunLayout layout, Vocabulary vocab) {
    SentimentSettings s =
        SentimentSettings.defaults()
            .withEncoding(new EncodingSettings(32, Truncation.HEAD, List.of(), 3))
            .withNetwork(new NetworkSettings(16, true, 16, 1, false, Pooling.LAST, 0.1, 0.0, 1.0))
            .withTraining(
                new TrainingSettings(2, 0.01, 0, 1e-4, ClassWeighting.BALANCED, List.of(), StoppingMetric.MACRO_F1, 0, 11L, 1))
            .withDistributed(new DistributedSettings(32, 4, 0, TrainingApproachSetting.AUTO, "2g", "6g", false));
    return new SentimentTrainRequest(
        "degraded", layout, layout.tokens(), vocab, Optional.empty(), config.labels().classes(), config.tokenizer(), s,
        false, config, null);
  }

  /** Polls (50 ms, bounded by {@link #WATCH_TIMEOUT_MS}) until a {@code part-} file exists under dir. */
  private static void awaitFirstPartFile(org.apache.hadoop.fs.Path dir) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WATCH_TIMEOUT_MS);
    try {
      FileSystem fs = dfs.fileSystem();
      while (System.nanoTime() < deadline) {
        if (fs.exists(dir)) {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
          while (it.hasNext()) {
            if (it.next().getPath().getName().startsWith("part-")) {
              return;
            }
          }
        }
        Thread.sleep(50);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("no part file under " + dir + " within " + WATCH_TIMEOUT_MS + " ms");
  }

  /** @return the files under dir that cannot be read to their last byte */
  private static List<String> readEveryFile(FileSystem fs, org.apache.hadoop.fs.Path dir) throws IOException {
    List<String> failed = new ArrayList<>();
    byte[] buf = new byte[1 << 16];
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      long read = 0;
      try (InputStream in = fs.open(f.getPath())) {
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
          read += n;
        }
      } catch (IOException e) {
        failed.add(f.getPath() + ": " + e.getMessage());
        continue;
      }
      if (read != f.getLen()) {
        failed.add(f.getPath() + ": read " + read + " of " + f.getLen() + " bytes");
      }
    }
    return failed;
  }
}
