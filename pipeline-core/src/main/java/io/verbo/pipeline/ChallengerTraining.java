package io.verbo.pipeline;

import io.verbo.config.VerboConfig;
import io.verbo.embed.EmbeddingMatrix;
import io.verbo.embed.WordVectors;
import io.verbo.registry.ModelRegistry;
import io.verbo.registry.ModelVersion;
import io.verbo.sentiment.SentimentModel;
import io.verbo.sentiment.SentimentSettings;
import io.verbo.sentiment.SentimentTrainRequest;
import io.verbo.sentiment.SentimentTrainResult;
import io.verbo.sentiment.SentimentTrainer;
import io.verbo.sentiment.WarmStart;
import io.verbo.store.RunLayout;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the challenger of a retrain run on the run's tokens: a fresh network (initialised from
 * {@code verbo.sentiment.embeddings} when set), or, with {@code verbo.retrain.warm-start}, the
 * champion's network fine-tuned with this run's training settings ({@link WarmStart}). Stateless.
 */
final class ChallengerTraining {
  private static final Logger LOG = LoggerFactory.getLogger(ChallengerTraining.class);

  private ChallengerTraining() {}

  /**
   * @param result the training result (model under {@code models/sentiment/RUN-ID} of the run)
   * @param warmStartedFrom the champion version the network came from, or empty
   */
  record Challenger(SentimentTrainResult result, Optional<ModelVersion> warmStartedFrom) {}

  /**
   * @param spark the session
   * @param config the run configuration
   * @param runId the retrain run id (its model, checkpoints and reports folder name)
   * @param registry the registry
   * @param champion the current champion version, if any
   * @param resume continue the run's training from its newest checkpoint (an interrupted run)
   * @return the trained challenger
   */
  static Challenger train(
      SparkSession spark,
      VerboConfig config,
      String runId,
      ModelRegistry registry,
      Optional<ModelVersion> champion,
      boolean resume) {
    RunLayout layout = new RunLayout(config.run().root());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Vocabulary vocab = VocabularyIO.read(spark, layout.vocabulary());
    SentimentSettings settings = config.sentiment().settings();
    List<String> labels = config.labels().classes();
    Optional<float[][]> vectors = Optional.empty();
    MultiLayerNetwork warm = null;
    Optional<ModelVersion> from = Optional.empty();
    if (config.retrain().warmStart() && champion.isPresent()) {
      Path dir = registry.layout().version(champion.get());
      SentimentModel model = SentimentModel.load(dir, conf);
      settings = WarmStart.settings(model, settings);
      warm =
          WarmStart.network(
              model, champion.get().name(), vocab, labels, settings.training().learningRate());
      labels = model.labels();
      from = champion;
      LOG.info("retrain {}: warm start from champion {} ({})", runId, champion.get(), model);
    } else {
      if (config.retrain().warmStart()) {
        LOG.info("retrain {}: warm start requested but there is no champion yet: fresh network", runId);
      }
      vectors = embeddings(config, layout, conf, vocab);
    }
    SentimentTrainResult result =
        SentimentTrainer.train(
            spark,
            new SentimentTrainRequest(
                runId, layout, layout.tokens(), vocab, vectors, labels, config.tokenizer(),
                settings, resume, config, null, warm));
    return new Challenger(result, from);
  }

  private static Optional<float[][]> embeddings(
      VerboConfig config, RunLayout layout, Configuration conf, Vocabulary vocab) {
    Optional<String> name = config.sentiment().embeddingsOpt();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    EmbeddingMatrix m =
        WordVectors.load(layout.embeddings(name.get()), conf)
            .matrixFor(vocab, config.sentiment().settings().training().seed());
    LOG.info(
        "retrain: embeddings {} cover {}% of the vocabulary",
        name.get(),
        String.format(java.util.Locale.ROOT, "%.1f", 100 * m.coverage()));
    return Optional.of(m.rows());
  }
}
