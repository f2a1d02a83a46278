package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verbo.store.RunLayout;
import io.verbo.testing.ClusterWithHdfs;
import io.verbo.testing.ExecutorKiller;
import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Losing an executor JVM in the middle of distributed sentiment training is absorbed: on a
 * standalone cluster with HDFS ({@link ClusterWithHdfs}), the one executor is SIGKILLed while a
 * task of epoch 2's parameter-averaging fit is in flight. Spark must re-run the lost task on the
 * executor the Worker starts in its place, DL4J must finish the epoch, and the run must end as an
 * uninterrupted one does: every epoch once in the curve, each seeing the training set once, a
 * model on {@code hdfs://} that loads without Spark and has learned the planted signal, and no
 * {@code _staging} left in the run root.
 *
 * <p>The kill is triggered without any clock: the {@link EpochListener} of epoch 1 arms an {@link
 * ExecutorKiller}, which kills at the first worker-fit task (DL4J's {@code treeAggregate} stage) of
 * the job described {@code "train-sentiment: epoch 2: fit"}; the test then waits for the executor removed and added events with timeouts.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ExecutorLossTrainingTest {
  private static final String RUN_ID = "executor-loss";
  private static final int EPOCHS = 3;
  private static final int KILL_IN_EPOCH = 2;
  /** DL4J's parameter-averaging round: its tasks fit the workers' minibatches, then average. */
  private static final String FIT_STAGE = "treeAggregate at ParameterAveragingTrainingMaster.java";
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(90);

  @TempDir static java.nio.file.Path tmp;

  private static ClusterWithHdfs fixture;
  private static SparkSession spark;

  @RegisterExtension
  static final ClusterWithHdfs.LogsOnFailure CLUSTER_LOGS =
      new ClusterWithHdfs.LogsOnFailure(() -> fixture);

  @BeforeAll
  static void startHdfsAndCluster() throws IOException {
    fixture = ClusterWithHdfs.start(tmp);
    Map<String, String> conf =
        new LinkedHashMap<>(SparkTrainingEnvironment.recommendedSparkConf(settings().distributed()));
    conf.put(
        "spark.executor.extraJavaOptions",
        SparkTrainingEnvironment.executorJavaOptions(settings().distributed()));
    // Spark's default for a cluster, stated: a task lost with its executor is retried.
    conf.put("spark.task.maxFailures", "4");
    spark = fixture.newSession("verbo-executor-loss-test", conf);
  }

  @AfterAll
  static void stopAll() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void trainingSurvivesTheLossOfItsExecutorMidEpoch() throws Exception {
    RunLayout layout = new RunLayout(fixture.hdfs() + "/runs/executor-loss");
    long trainDocs = writePlantedTokens(layout, 1000);
    ExecutorKiller killer = new ExecutorKiller(fixture.cluster());
    spark.sparkContext().addSparkListener(killer);
    List<Integer> listenerEpochs = new ArrayList<>();
    EpochListener armAfterEpoch1 =
        row -> {
          listenerEpochs.add(row.epoch());
          if (row.epoch() == KILL_IN_EPOCH - 1) {
            killer.arm("train-sentiment: epoch " + KILL_IN_EPOCH + ": fit", FIT_STAGE);
          }
        };
    Vocabulary vocab = TestVocab.fillers(PlantedSignal.FILLERS, "good", "bad");

    SentimentTrainResult r =
        SentimentTrainer.train(
            spark,
            new SentimentTrainRequest(
                RUN_ID,
                layout,
                layout.tokens(),
                vocab,
                Optional.empty(),
                PlantedSignal.BINARY,
                TokenizerOptions.defaults(),
                settings(),
                false,
                null,
                armAfterEpoch1));

    ExecutorKiller.Kill kill = killer.kill().orElseThrow(() -> new AssertionError("no kill"));
    assertThat(killer.awaitRemoved(EVENT_TIMEOUT))
        .as("the driver removed executor %s after its SIGKILL", kill.executorId())
        .isTrue();
    assertThat(killer.awaitReplacement(EVENT_TIMEOUT))
        .as("the Worker started a new executor and it registered")
        .isTrue();
    assertThat(killer.removedExecutors()).as("one executor lost").containsExactly(kill.executorId());
    assertThat(kill.stageName()).startsWith(FIT_STAGE);
    assertThat(killer.lostTasks())
        .as("the fit task in flight (%s) died with its executor and was run again", kill)
        .isNotEmpty();
    assertThat(ProcessHandle.of(kill.pid()).map(ProcessHandle::isAlive).orElse(false))
        .as("the killed JVM is gone")
        .isFalse();
    assertThat(fixture.cluster().executorPids())
        .as("one live executor, a new JVM")
        .hasSize(1)
        .doesNotContain(kill.pid());

    assertThat(r.trainingApproach()).as("HDFS run root on a cluster").startsWith("Export");
    List<EpochRecord> curve = r.state().curve();
    assertThat(curve).extracting(EpochRecord::epoch).as("each epoch once").containsExactly(1, 2, 3);
    assertThat(listenerEpochs).as("each epoch ended once").containsExactly(1, 2, 3);
    // Accumulator updates of the lost task are dropped and its re-run counts once: the epoch with
    // the kill saw the training set once, like the others (DL4J may drop a few per random split).
    assertThat(curve)
        .as("every epoch saw (nearly) every training document once (%s)", curve)
        .allSatisfy(
            e -> assertThat(e.trainExamples()).isBetween((long) (0.9 * trainDocs), trainDocs));
    assertThat(curve).allMatch(e -> Double.isFinite(e.trainLoss()));

    Configuration fresh = new Configuration();
    assertThat(r.modelDir().toUri().getScheme()).isEqualTo("hdfs");
    SentimentModel loaded = SentimentModel.load(r.modelDir(), fresh);
    List<LabelledDocument> holdout = PlantedSignal.documents(300, PlantedSignal.BINARY, 10, 77);
    int correct = 0;
    for (LabelledDocument d : holdout) {
      Prediction p = loaded.predictTokens(d.tokens());
      assertThat(p.probabilities())
          .as("the model read back from HDFS predicts as the trained one")
          .containsExactly(r.model().predictTokens(d.tokens()).probabilities(), within(1e-6));
      if (p.label().equals(d.label())) {
        correct++;
      }
    }
    assertThat(correct / (double) holdout.size())
        .as("the planted signal is learned despite the lost executor (%s)", r.validation().summary())
        .isGreaterThanOrEqualTo(0.9);

    FileSystem fs = layout.root().getFileSystem(spark.sparkContext().hadoopConfiguration());
    assertThat(filesUnder(fs, layout.root()))
        .as("no staging folder left in the run root (checkpoints, model, export)")
        .noneMatch(f -> f.contains("/_staging"));
    assertThat(fs.exists(SentimentLayout.exportDir(layout, RUN_ID)))
        .as("exported minibatches deleted")
        .isFalse();
  }

  /** Tiny and quick: a 16-unit LSTM, 3 epochs, several averaging rounds per epoch. */
  private static SentimentSettings settings() {
    return TestVocab.smallSettings()
        .withNetwork(new NetworkSettings(16, true, 16, 1, false, Pooling.MAX, 0.0, 0.0, 1.0))
        .withEncoding(new EncodingSettings(12, Truncation.HEAD, List.of(), 1))
        .withTraining(
            new TrainingSettings(
                EPOCHS,
                0.05,
                0,
                0.005,
                ClassWeighting.NONE,
                List.of(),
                StoppingMetric.ACCURACY,
                0,
                7L,
                1))
        .withDistributed(
            new DistributedSettings(16, 4, 0, TrainingApproachSetting.AUTO, "2g", "6g", false));
  }

  /**
   * Writes planted-signal documents as the run's tokens dataset on HDFS: every fifth in the
   * validation split, the rest in train.
   *
   * @return the number of training documents
   */
  private static long writePlantedTokens(RunLayout layout, int n) {
    List<LabelledDocument> docs = PlantedSignal.documents(n, PlantedSignal.BINARY, 10, 5);
    List<Row> rows = new ArrayList<>();
    long train = 0;
    for (int i = 0; i < docs.size(); i++) {
      boolean validation = i % 5 == 0;
      train += validation ? 0 : 1;
      rows.add(
          RowFactory.create(
              "d" + i,
              docs.get(i).label(),
              docs.get(i).tokens().toArray(new String[0]),
              validation ? "validation" : "train"));
    }
    StructType schema =
        new StructType()
            .add("doc_id", "string")
            .add("label", "string")
            .add("tokens", "array<string>")
            .add("split", "string");
    spark.createDataFrame(rows, schema).repartition(2).write().parquet(layout.tokens().toString());
    return train;
  }

  /** @return every file and folder under {@code root}, recursively */
  private static List<String> filesUnder(FileSystem fs, Path root) throws IOException {
    List<String> out = new ArrayList<>();
    for (FileStatus s : fs.listStatus(root)) {
      out.add(s.getPath().toString());
      if (s.isDirectory()) {
        out.addAll(filesUnder(fs, s.getPath()));
      }
    }
    return out;
  }
}
