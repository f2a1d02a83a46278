package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.config.SentimentStageSettings;
import io.verbo.config.VerboConfig;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.corpus.TokenizeService;
import io.verbo.corpus.TokenizeSummary;
import io.verbo.pipeline.SentimentStage;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.testing.ClusterWithHdfs;
import io.verbo.testing.StandaloneSparkCluster;
import io.verbo.testing.TestConfigs;
import io.verbo.testing.TestPaths;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import io.verbo.vocab.VocabularyService;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Distributed sentiment training as on a real deployment: a standalone Spark cluster (Master,
 * Worker and executor, each its own JVM on 127.0.0.1) with HDFS (a MiniDFSCluster in this JVM) as
 * input and run root. With a non-local master and an {@code hdfs://} run root, {@code
 * training-approach = auto} must pick DL4J's Export approach: the executors write every minibatch
 * once under {@code <run root>/_staging/dl4j-export-<run>} on HDFS and stream it back each epoch.
 * The test checks that, that the loss falls, that the model written to {@code hdfs://} loads in the
 * driver without Spark and predicts, and that batch scoring on the cluster covers every document.
 *
 * <p>The session gets DL4J's Spark settings from its start ({@link SentimentStage#sparkDefaults}:
 * {@link SparkTrainingEnvironment#recommendedSparkConf} and {@link
 * SparkTrainingEnvironment#executorJavaOptions}), and {@code fs.defaultFS} on HDFS as a cluster's
 * {@code core-site.xml} would set it ({@link ClusterWithHdfs}): DL4J's Export refuses to run when the default file system is
 * {@code file://} on a non-local master, whatever the export directory. The tests run in order and
 * share the trained model; a failure carries the tails of the Master, Worker and executor logs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class SentimentOnClusterWithHdfsTest {
  private static final String RUN_ID = "cluster-export";
  private static final int EPOCHS = 3;

  @TempDir static java.nio.file.Path tmp;

  private static ClusterWithHdfs fixture;
  private static String hdfs;
  private static StandaloneSparkCluster cluster;
  private static SparkSession spark;
  private static VerboConfig config;
  private static RunLayout layout;

  /** Set by {@link #trainsWithTheExportApproachOnHdfs()}; the later tests need it. */
  private static SentimentTrainResult trained;

  @RegisterExtension
  static final ClusterWithHdfs.LogsOnFailure CLUSTER_LOGS =
      new ClusterWithHdfs.LogsOnFailure(() -> fixture);

  @BeforeAll
  static void startHdfsAndCluster() throws IOException {
    fixture = ClusterWithHdfs.start(tmp);
    cluster = fixture.cluster();
    hdfs = fixture.hdfs();
    fixture
        .dfs()
        .fileSystem()
        .copyFromLocalFile(
            new Path(TestPaths.sample("reviews/reviews.csv").toString()),
            new Path("/data/reviews.csv"));

    config =
        TestConfigs.local(
            hdfs + "/runs/cluster",
            List.of(hdfs + "/data/reviews.csv"),
            SentimentStageSettings.RUN_ID + "=" + RUN_ID,
            // Random initialisation: no embeddings stage needed.
            SentimentStageSettings.EMBEDDINGS + "=\"\"",
            "verbo.sentiment.encoding.max-len=40",
            "verbo.sentiment.network.embedding-dim=32",
            "verbo.sentiment.network.lstm-units=16",
            "verbo.sentiment.training.epochs=" + EPOCHS,
            "verbo.sentiment.training.fine-tune-epochs=0",
            "verbo.sentiment.training.learning-rate=0.01",
            "verbo.sentiment.training.early-stopping.patience=" + (EPOCHS + 2),
            DistributedSettings.BATCH_SIZE_PER_WORKER + "=32",
            DistributedSettings.TRAINING_APPROACH + "=auto");
    layout = new RunLayout(config.run().root());
    spark = fixture.newSession("verbo-sentiment-hdfs-test", SentimentStage.sparkDefaults(config));
  }

  @AfterAll
  static void stopAll() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  @Order(1)
  void executorsAreSeparateJvmsWithDl4jSettings() {
    long driverPid = ProcessHandle.current().pid();
    List<String> seen =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(List.of(1, 2, 3, 4), 2)
            .map(
                i ->
                    ProcessHandle.current().pid()
                        + " "
                        + System.getProperty("org.bytedeco.javacpp.maxbytes")
                        + " "
                        + System.getProperty(SparkTrainingEnvironment.TIME_SOURCE_PROPERTY)
                        + " "
                        + System.getenv("OMP_NUM_THREADS"))
            .distinct()
            .collect();
    assertThat(seen).as("one executor JVM").hasSize(1);
    String[] executor = seen.get(0).split(" ");
    long executorPid = Long.parseLong(executor[0]);
    assertThat(executorPid)
        .as("tasks ran in another JVM than the driver's")
        .isNotEqualTo(driverPid);
    assertThat(cluster.executorPids())
        .as("that JVM is the executor the Worker started")
        .contains(executorPid);
    DistributedSettings d = config.sentiment().settings().distributed();
    assertThat(Arrays.copyOfRange(executor, 1, 4))
        .as("DL4J's executor settings: off-heap limit, time source, OpenMP threads")
        .containsExactly(d.offHeapMaxBytes(), SparkTrainingEnvironment.SYSTEM_CLOCK, "1");
    SparkExecutorInfo[] infos = spark.sparkContext().statusTracker().getExecutorInfos();
    assertThat(Arrays.stream(infos).map(SparkExecutorInfo::host))
        .as("the driver and one executor, on the loopback address only")
        .containsExactly(StandaloneSparkCluster.LOOPBACK, StandaloneSparkCluster.LOOPBACK);
    assertThat(spark.sparkContext().master()).isEqualTo(cluster.masterUrl());
    assertThat(spark.sparkContext().getConf().get("spark.serializer"))
        .isEqualTo(SparkTrainingEnvironment.KRYO);
  }

  @Test
  @Order(2)
  void trainsWithTheExportApproachOnHdfs() throws IOException {
    TokenizeSummary tokens = TokenizeService.run(spark, config);
    VocabularyService.run(spark, config);
    assertThat(tokens.kept()).as("documents tokenized from HDFS").isGreaterThan(3000);
    FileSystem fs = layout.root().getFileSystem(new Configuration());
    assertThat(fs.exists(layout.tokens())).as("tokens written to HDFS").isTrue();

    Path exportDir = SentimentLayout.exportDir(layout, RUN_ID);
    List<Set<String>> exportedAfterEpoch = new ArrayList<>();
    List<String> exportedPaths = new ArrayList<>();
    EpochListener watchExport =
        row -> {
          Set<String> files = listFiles(fs, exportDir);
          exportedAfterEpoch.add(files);
          if (exportedPaths.isEmpty()) {
            files.stream()
                .filter(f -> f.contains("/paths/") && !f.endsWith("_SUCCESS"))
                .forEach(f -> exportedPaths.addAll(readLines(fs, f)));
          }
        };
    SentimentStageSettings s = config.sentiment();
    Vocabulary vocab = VocabularyIO.read(spark, layout.vocabulary());
    trained =
        SentimentTrainer.train(
            spark,
            new SentimentTrainRequest(
                RUN_ID,
                layout,
                layout.tokens(),
                vocab,
                Optional.empty(),
                config.labels().classes(),
                config.tokenizer(),
                s.settings(),
                false,
                config,
                watchExport));

    assertThat(trained.trainingApproach())
        .as("auto chose Export: non-local master, run root on hdfs://")
        .startsWith("Export");
    assertThat(exportedAfterEpoch).as("one look per epoch").hasSize(EPOCHS);
    assertThat(exportedAfterEpoch.get(0))
        .as("minibatches exported under the HDFS run root (%s) during training", exportDir)
        .anyMatch(f -> f.contains("/data/"));
    assertThat(exportedAfterEpoch)
        .as("exported once, streamed again every epoch")
        .allMatch(files -> files.equals(exportedAfterEpoch.get(0)));
    assertThat(exportedPaths)
        .as("the executors read their minibatches from HDFS")
        .isNotEmpty()
        .allMatch(p -> p.startsWith(hdfs + exportDir.toUri().getPath() + "/"));
    assertThat(fs.exists(exportDir)).as("export folder deleted after training").isFalse();

    List<EpochRecord> curve = trained.state().curve();
    assertThat(curve).as("every epoch ran (no early stop)").hasSize(EPOCHS);
    assertThat(curve).allMatch(r -> Double.isFinite(r.trainLoss()) && r.trainExamples() > 0);
    assertThat(curve.get(EPOCHS - 1).trainLoss())
        .as("training loss falls (%s)", curve)
        .isLessThan(curve.get(0).trainLoss());

    Path reports = trained.reportsDir();
    assertThat(reports.toUri().getScheme()).isEqualTo("hdfs");
    List<Row> curveRows =
        spark
            .read()
            .parquet(new Path(reports, "curve").toString())
            .orderBy("epoch")
            .select("train_loss")
            .collectAsList();
    assertThat(curveRows).as("curve report on HDFS").hasSize(EPOCHS);
    assertThat(curveRows.get(EPOCHS - 1).getDouble(0))
        .as("the curve report shows the falling loss")
        .isLessThan(curveRows.get(0).getDouble(0));
    JsonNode meta = ArtifactMetadata.read(reports, spark.sparkContext().hadoopConfiguration());
    assertThat(meta.path("counts").path("export_approach").asLong())
        .as("_metadata.json records the Export approach")
        .isEqualTo(1L);
    assertThat(meta.path("inputs").get(0).asText()).startsWith(hdfs + "/");

    Path model = trained.modelDir();
    assertThat(model.toUri().getScheme()).isEqualTo("hdfs");
    for (String f :
        List.of(
            ModelFiles.NETWORK_FILE, ModelFiles.VOCABULARY_FILE, ModelFiles.MODEL_FILE)) {
      assertThat(fs.exists(new Path(model, f))).as("model file %s on HDFS", f).isTrue();
    }
  }

  @Test
  @Order(3)
  void modelOnHdfsLoadsInThePlainDriverAndPredicts() {
    assumeTrue(trained != null, "training failed");
    // A fresh Hadoop configuration: no Spark involved in loading.
    SentimentModel model = SentimentModel.load(trained.modelDir(), new Configuration());
    assertThat(model.labels())
        .as("the configured classes")
        .containsExactlyElementsOf(config.labels().classes());
    for (String text :
        List.of(
            "Me encanta, funciona perfectamente y la batería dura muchísimo. Muy recomendable.",
            "Terrible quality, it broke after two days. Complete waste of money.")) {
      Prediction p = model.predict(text);
      assertThat(p.label()).as("label of %s", text).isIn(model.labels());
      assertThat(p.probabilities()).hasSize(model.labels().size());
      assertThat(Arrays.stream(p.probabilities()).sum())
          .as("probabilities of %s sum to 1", text)
          .isCloseTo(1.0, within(1e-4));
      assertThat(p.probabilities())
          .as("the model read back from HDFS predicts as the trained one")
          .containsExactly(trained.model().predict(text).probabilities(), within(1e-6));
    }
  }

  @Test
  @Order(4)
  void batchScoringOnTheClusterGivesOnePredictionPerDocument() {
    assumeTrue(trained != null, "training failed");
    Dataset<Row> docs =
        spark
            .read()
            .parquet(layout.tokens().toString())
            .select(CorpusSchemas.DOC_ID, CorpusSchemas.TOKENS)
            .cache();
    long documents = docs.count();
    Dataset<Row> scored = BatchScorer.score(spark, docs, trained.modelDir()).cache();
    assertThat(scored.count()).as("one prediction per document").isEqualTo(documents);
    assertThat(scored.select(CorpusSchemas.DOC_ID).distinct().count())
        .as("every document scored once")
        .isEqualTo(documents);
    List<String> labels = trained.model().labels();
    assertThat(
            scored.select(CorpusSchemas.LABEL).distinct().collectAsList().stream()
                .map(r -> r.getString(0)))
        .as("predicted labels are the model's classes")
        .isSubsetOf(labels);

    List<Row> some =
        scored
            .join(docs, CorpusSchemas.DOC_ID)
            .orderBy(CorpusSchemas.DOC_ID)
            .limit(5)
            .select("probabilities", CorpusSchemas.TOKENS)
            .collectAsList();
    for (Row row : some) {
      double[] onExecutor =
          row.<Double>getList(0).stream().mapToDouble(Double::doubleValue).toArray();
      assertThat(Arrays.stream(onExecutor).sum()).isCloseTo(1.0, within(1e-4));
      assertThat(onExecutor)
          .as("the executor scores as the driver does")
          .containsExactly(
              trained.model().predictTokens(row.<String>getList(1)).probabilities(), within(1e-5));
    }
    scored.unpersist();
    docs.unpersist();
  }

  /**
   * @return every file under {@code dir} (full paths), empty if it does not exist
   */
  private static Set<String> listFiles(FileSystem fs, Path dir) {
    Set<String> out = new TreeSet<>();
    try {
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
      while (it.hasNext()) {
        out.add(it.next().getPath().toString());
      }
    } catch (FileNotFoundException e) {
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
    return out;
  }

  private static List<String> readLines(FileSystem fs, String file) {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(fs.open(new Path(file)), StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
