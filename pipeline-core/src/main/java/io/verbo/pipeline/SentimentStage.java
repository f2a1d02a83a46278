package io.verbo.pipeline;

import io.verbo.VerboPipelineException;
import io.verbo.config.SentimentStageSettings;
import io.verbo.config.Split;
import io.verbo.config.VerboConfig;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.embed.EmbeddingMatrix;
import io.verbo.embed.WordVectors;
import io.verbo.eval.EvaluationResult;
import io.verbo.gpu.GpuGuard;
import io.verbo.report.ReportAttempt;
import io.verbo.report.RunReport;
import io.verbo.sentiment.ModelArtifact;
import io.verbo.sentiment.ModelEvaluator;
import io.verbo.sentiment.SentimentLayout;
import io.verbo.sentiment.SentimentModel;
import io.verbo.sentiment.SentimentTrainRequest;
import io.verbo.sentiment.SentimentTrainResult;
import io.verbo.sentiment.SentimentTrainer;
import io.verbo.sentiment.SparkTrainingEnvironment;
import io.verbo.spark.JobStage;
import io.verbo.store.RunLayout;
import io.verbo.store.RunRecovery;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentiment stages as the jobs and {@code verbo pipeline} run them: train a model on the run's
 * tokens (initialised from one of the run's embedding tables when configured) and evaluate a saved
 * model on a labelled tokens dataset. Stateless.
 */
public final class SentimentStage {
  private static final Logger LOG = LoggerFactory.getLogger(SentimentStage.class);

  private SentimentStage() {}

  /**
   * Checks the GPUs against the ND4J build ({@link GpuGuard}, {@code verbo.gpu.unsupported}) and
   * returns the Spark settings training needs. Jobs call it before the SparkSession starts, so an
   * unsupported GPU stops the run (or moves it to the CPU) before training starts.
   *
   * @param config the run configuration
   * @return Spark settings DL4J training needs from the session's start (Kryo with ND4J's
   *     registrator, executor off-heap limits and time source, and the executors' ND4J backend when
   *     falling back to the CPU)
   * @throws VerboPipelineException when the GPU check says training must not start
   */
  public static Map<String, String> sparkDefaults(VerboConfig config) {
    var d = config.sentiment().settings().distributed();
    Map<String, String> conf = new LinkedHashMap<>(SparkTrainingEnvironment.recommendedSparkConf(d));
    conf.put("spark.executor.extraJavaOptions", SparkTrainingEnvironment.executorJavaOptions(d));
    conf.putAll(GpuGuard.beforeTraining(config.gpu()));
    return conf;
  }

  /**
   * Trains {@code models/sentiment/<run-id>} and writes its reports.
   *
   * @param spark the session (built with {@link #sparkDefaults})
   * @param config the run configuration
   * @return summary lines
   * @throws VerboPipelineException when the run lacks tokens, vocabulary or the named embeddings
   */
  public static List<String> train(SparkSession spark, VerboConfig config) {
    SentimentStageSettings s = config.sentiment();
    RunLayout layout = new RunLayout(config.run().root());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    RunRecovery.recover(layout, conf);
    require(layout.tokens(), conf, "tokens dataset", "verbo tokenize");
    require(layout.vocabulary(), conf, "vocabulary", "verbo vocab");
    Vocabulary vocab = VocabularyIO.read(spark, layout.vocabulary());
    Optional<float[][]> vectors = Optional.empty();
    if (s.embeddingsOpt().isPresent()) {
      Path dir = layout.embeddings(s.embeddings());
      require(dir, conf, "embedding table " + s.embeddings(), "verbo train-embeddings");
      EmbeddingMatrix m = WordVectors.load(dir, conf).matrixFor(vocab, s.settings().training().seed());
      LOG.info(
          "train-sentiment: embeddings {} cover {}% of the vocabulary ({} found, {} random)",
          s.embeddings(),
          String.format(Locale.ROOT, "%.1f", 100 * m.coverage()),
          m.found(),
          m.missing());
      vectors = Optional.of(m.rows());
    }
    SentimentTrainResult r =
        SentimentTrainer.train(
            spark,
            new SentimentTrainRequest(
                s.runId(), layout, layout.tokens(), vocab, vectors, config.labels().classes(),
                config.tokenizer(), s.settings(), s.resume(), config, null));
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT,
        "train-sentiment: %s: %d training examples, %d epochs run (best %d), approach %s, embeddings %s",
        s.runId(), r.trainExamples(), r.state().epoch(), r.state().bestEpoch(), r.trainingApproach(),
        s.embeddingsOpt().orElse("random")));
    lines.add("train-sentiment: validation " + r.validation().summary());
    lines.add("train-sentiment: test " + r.test().summary());
    lines.add("train-sentiment: model -> " + r.modelDir() + ", reports -> " + r.reportsDir());
    lines.add(
        ReportAttempt.write(
            "train-sentiment",
            () -> RunReport.write(spark, r.reportsDir()),
            "verbo report --run-id " + r.reportsDir().getName()));
    return lines;
  }

  /**
   * Re-evaluates a saved model on the run's tokens dataset, per split.
   *
   * @param spark the session
   * @param config the run configuration
   * @param modelDir the saved model (default: the run's {@code models/sentiment/<run-id>})
   * @return one summary line per split with labelled documents
   */
  public static List<String> evaluate(SparkSession spark, VerboConfig config, Path modelDir) {
    RunLayout layout = new RunLayout(config.run().root());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    RunRecovery.recover(layout, conf);
    ModelArtifact.recover(modelDir, conf);
    require(modelDir, conf, "model", "verbo train-sentiment");
    require(layout.tokens(), conf, "tokens dataset", "verbo tokenize");
    List<String> lines = new ArrayList<>();
    try (JobStage stage = JobStage.begin(spark, "evaluate", "evaluate " + modelDir)) {
      Dataset<Row> docs =
          spark.read().parquet(layout.tokens().toString()).filter(functions.col(CorpusSchemas.LABEL).isNotNull());
      stage.step("score every split");
      // one pass over the tokens and one model broadcast for all splits; metrics are merged from
      // per-partition accumulators, so nothing per document reaches the driver
      ModelEvaluator.evaluate(spark, docs, modelDir, List.of(Split.values()))
          .forEach(
              (split, result) -> {
                if (result.count() > 0) {
                  lines.add("evaluate: " + split.label() + " " + result.summary());
                }
              });
    }
    lines.forEach(LOG::info);
    return lines;
  }

  /**
   * @param config the run configuration
   * @return the run's model folder for {@code verbo.sentiment.run-id}
   */
  public static Path defaultModelDir(VerboConfig config) {
    return SentimentLayout.modelDir(new RunLayout(config.run().root()), config.sentiment().runId());
  }

  private static void require(Path path, Configuration conf, String what, String command) {
    try {
      if (!path.getFileSystem(conf).exists(path)) {
        throw new VerboPipelineException(
            "No " + what + " at " + path + ". Run `" + command + "` with the same verbo.run.root first.", null);
      }
    } catch (IOException e) {
      throw new VerboPipelineException("Cannot check " + path, e);
    }
  }
}
