package io.verbo.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verbo.config.VerboConfig;
import io.verbo.corpus.TokenizeService;
import io.verbo.store.RunLayout;
import io.verbo.testing.SparkTestBase;
import io.verbo.testing.TestConfigs;
import io.verbo.testing.TestPaths;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import io.verbo.vocab.VocabularyService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on local[2] with Kryo and the ND4J registrator: tokenize data-samples reviews, build
 * the vocabulary, train with parameter averaging, evaluate, write model and reports, load the model
 * in the plain JVM, and batch-score.
 */
class SparkSentimentTest extends SparkTestBase {
  @TempDir Path tmp;

  /** Restarts the shared session with Kryo, as jobs must configure it before the session starts. */
  @BeforeAll
  static void kryoSession() {
    spark.stop();
    SparkSession.Builder b =
        SparkSession.builder().master("local[2]").appName("verbo-sentiment-test");
    b.config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1");
    SparkTrainingEnvironment.recommendedSparkConf(DistributedSettings.defaults())
        .forEach(b::config);
    spark = b.getOrCreate();
  }

  /**
   * The Export approach (forced; AUTO picks it only for shared file systems on a cluster): DL4J
   * writes the minibatches to files once and streams them; pretrained frozen vectors then
   * fine-tuning; a crash after epoch 1 resumes on Spark to the same epoch count.
   */
  @Test
  void exportApproachTransferRecipeAndResumeOnSpark() {
    Vocabulary vocab = TestVocab.fillers(PlantedSignal.FILLERS, "good", "bad");
    List<org.apache.spark.sql.Row> rows = new java.util.ArrayList<>();
    List<LabelledDocument> docs = PlantedSignal.documents(400, PlantedSignal.BINARY, 10, 5);
    for (int i = 0; i < docs.size(); i++) {
      rows.add(
          org.apache.spark.sql.RowFactory.create(
              "d" + i,
              docs.get(i).label(),
              docs.get(i).tokens().toArray(new String[0]),
              i % 5 == 0 ? "validation" : "train"));
    }
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add("doc_id", "string")
            .add("label", "string")
            .add("tokens", "array<string>")
            .add("split", "string");
    RunLayout layout = new RunLayout(tmp.resolve("planted").toString());
    spark.createDataFrame(rows, schema).repartition(2).write().parquet(layout.tokens().toString());
    float[][] vectors = new float[vocab.size()][];
    java.util.Random rnd = new java.util.Random(9);
    for (int i = 2; i < vectors.length; i++) {
      vectors[i] =
          new float[] {
            (float) rnd.nextGaussian(), (float) rnd.nextGaussian(), (float) rnd.nextGaussian()
          };
    }
    SentimentSettings s =
        TestVocab.smallSettings()
            .withTraining(
                new TrainingSettings(
                    1,
                    0.02,
                    1,
                    0.005,
                    ClassWeighting.NONE,
                    List.of(),
                    StoppingMetric.AUC,
                    0,
                    3L,
                    1))
            .withDistributed(
                new DistributedSettings(
                    16, 2, 1, TrainingApproachSetting.EXPORT, "2g", "6g", false));
    EpochListener crash =
        row -> {
          if (row.epoch() == 1) {
            throw new IllegalStateException("simulated crash");
          }
        };
    java.util.function.BiFunction<Boolean, EpochListener, SentimentTrainRequest> request =
        (resume, listener) ->
            new SentimentTrainRequest(
                "planted-export",
                layout,
                layout.tokens(),
                vocab,
                Optional.of(vectors),
                PlantedSignal.BINARY,
                io.verbo.text.TokenizerOptions.defaults(),
                s,
                resume,
                null,
                listener);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SentimentTrainer.train(spark, request.apply(false, crash)))
        .as("crash after the frozen epoch")
        .hasMessageContaining("simulated crash");
    SentimentTrainResult r = SentimentTrainer.train(spark, request.apply(true, EpochListener.NONE));

    assertThat(r.trainingApproach()).as("forced Export").startsWith("Export");
    assertThat(r.state().curve())
        .as("frozen epoch from the first run, fine-tuning epoch after resuming")
        .extracting(EpochRecord::stage)
        .containsExactly("train", "fine_tune");
    assertThat(r.validation().auc())
        .as("binary AUC reported (%s)", r.validation().summary())
        .isGreaterThan(0.5);
    assertThat(r.metrics())
        .as("no rows for the empty test split")
        .noneMatch(m -> m.split().equals("test"));
    assertThat(tmp.resolve("planted/_staging/dl4j-export-planted-export"))
        .as("exported minibatches deleted")
        .doesNotExist();
  }

  @Test
  void trainsOnReviewsWithParameterAveragingAndScores() {
    VerboConfig config =
        TestConfigs.localFiles(
            tmp.resolve("run"), List.of(TestPaths.sample("reviews/reviews.csv")));
    TokenizeService.run(spark, config);
    VocabularyService.run(spark, config);
    RunLayout layout = new RunLayout(config.run().root());
    Vocabulary vocab = VocabularyIO.read(spark, layout.vocabulary());

    SentimentSettings s =
        SentimentSettings.defaults()
            .withEncoding(new EncodingSettings(32, Truncation.HEAD, List.of(), 3))
            .withNetwork(new NetworkSettings(16, true, 16, 1, false, Pooling.LAST, 0.1, 0.0, 1.0))
            .withTraining(
                new TrainingSettings(
                    2,
                    0.01,
                    0,
                    1e-4,
                    ClassWeighting.BALANCED,
                    List.of(),
                    StoppingMetric.MACRO_F1,
                    0,
                    11L,
                    1))
            .withDistributed(
                new DistributedSettings(32, 4, 0, TrainingApproachSetting.AUTO, "2g", "6g", false));
    SentimentTrainRequest request =
        new SentimentTrainRequest(
            "reviews-1",
            layout,
            layout.tokens(),
            vocab,
            Optional.empty(),
            config.labels().classes(),
            config.tokenizer(),
            s,
            false,
            config,
            null);
    SentimentTrainResult r = SentimentTrainer.train(spark, request);

    List<EpochRecord> curve = r.state().curve();
    assertThat(curve).as("two epochs").hasSize(2);
    assertThat(curve.get(1).trainLoss())
        .as("training loss falls (%s)", curve)
        .isLessThan(curve.get(0).trainLoss());
    // DL4J's workers fit at most averaging-frequency minibatches per round and drop the rest of an
    // oversized random split, so an epoch sees slightly fewer than all documents.
    assertThat(curve.get(0).trainExamples())
        .as("workers saw (nearly) every training document once")
        .isBetween((long) (0.9 * r.trainExamples()), r.trainExamples());
    assertThat(r.trainingApproach()).as("local master trains Direct").startsWith("Direct");
    assertThat(r.validation().accuracy())
        .as("better than a constant guess (%s)", r.validation().summary())
        .isGreaterThan(0.5);
    assertThat(r.metrics())
        .as("metric rows for validation and test")
        .extracting(m -> m.split() + "/" + m.metric())
        .contains("validation/accuracy", "test/macro_f1", "test/f1");

    Dataset<Row> metrics = spark.read().parquet(r.reportsDir() + "/metrics");
    assertThat(metrics.filter(col("class").isNull().and(col("metric").equalTo("accuracy"))).count())
        .as("accuracy rows for validation and test")
        .isEqualTo(2);
    assertThat(spark.read().parquet(r.reportsDir() + "/curve").count())
        .as("curve rows")
        .isEqualTo(2);
    assertThat(spark.read().parquet(r.reportsDir() + "/confusion").count())
        .as("3x3 cells x 2 splits")
        .isEqualTo(18);

    SentimentModel loaded = SentimentModel.load(Path.of(r.modelDir().toUri().getPath()));
    assertThat(loaded.labels()).as("label map").containsExactly("negative", "neutral", "positive");
    assertThat(loaded.predict("Absolutely perfect! Great product, works great.").probabilities())
        .as("plain-JVM prediction equals the trained model's")
        .containsExactly(
            r.model().predict("Absolutely perfect! Great product, works great.").probabilities());

    Dataset<Row> test =
        spark.read().parquet(layout.tokens().toString()).filter(col("split").equalTo("test"));
    Dataset<Row> scored = BatchScorer.score(spark, test, r.modelDir()).cache();
    assertThat(scored.count()).as("one prediction per document").isEqualTo(test.count());
    List<Row> some = scored.orderBy("doc_id").limit(5).collectAsList();
    for (Row row : some) {
      List<Double> p = row.getList(2);
      assertThat(p.stream().mapToDouble(Double::doubleValue).sum())
          .as("probabilities sum to 1")
          .isCloseTo(1.0, within(1e-4));
      List<String> tokens =
          test.filter(col("doc_id").equalTo(row.getString(0))).select("tokens").first().getList(0);
      assertThat(row.getString(1))
          .as("same label as the model in the driver")
          .isEqualTo(loaded.predictTokens(tokens).label());
    }
    io.verbo.eval.EvaluationResult evaluated =
        ModelEvaluator.evaluate(
            spark,
            spark.read().parquet(layout.tokens().toString()),
            r.modelDir(),
            io.verbo.config.Split.TEST);
    assertThat(evaluated.confusion())
        .as("evaluate job reproduces the trainer's test metrics")
        .isEqualTo(r.test().confusion());
    assertThat(evaluated.logLoss()).as("same loss").isCloseTo(r.test().logLoss(), within(1e-4));
    Dataset<Row> fromText = BatchScorer.score(spark, test.select("doc_id", "text"), r.modelDir());
    assertThat(fromText.join(scored, "doc_id").count())
        .as("text input is tokenized like training")
        .isEqualTo(test.count());
  }
}
