package io.verbo.pipeline;

import io.verbo.VerboPipelineException;
import io.verbo.config.RetrainSettings;
import io.verbo.config.VerboConfig;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.corpus.TokenizeService;
import io.verbo.spark.JobStage;
import io.verbo.store.RunLayout;
import io.verbo.vocab.VocabularyService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The data of a retrain run: refreshes the run's tokens and vocabulary ({@code
 * verbo.retrain.refresh}) and checks that the held-out split has labelled documents, before any
 * training starts. Stateless.
 */
final class RetrainData {
  private RetrainData() {}

  /** Re-runs the configured stages; returns their summary lines. */
  static List<String> refresh(
      SparkSession spark, VerboConfig config, RunLayout layout, Configuration conf) {
    List<String> lines = new ArrayList<>();
    List<String> stages = config.retrain().refresh();
    if (stages.contains("tokenize")) {
      lines.add(TokenizeService.run(spark, config).line());
    } else {
      require(layout.tokens(), conf, "tokens dataset", "verbo tokenize");
    }
    if (stages.contains("vocab") || !exists(layout.vocabulary(), conf)) {
      // Without a vocabulary (first run with refresh = [tokenize]) one is built once and then kept.
      lines.add(VocabularyService.run(spark, config).line());
    }
    config.sentiment().embeddingsOpt().ifPresent(name ->
        require(layout.embeddings(name), conf, "embedding table " + name, "verbo train-embeddings"));
    return lines;
  }

  /** Counts the labelled held-out documents; fails when there are none. */
  static long heldOutCount(SparkSession spark, RunLayout layout, RetrainSettings rs) {
    long n;
    try (JobStage stage = JobStage.begin(spark, "retrain", "count " + rs.evalSplit().label())) {
      n = labelledTokens(spark, layout)
          .filter(functions.col(CorpusSchemas.SPLIT).equalTo(rs.evalSplit().label()))
          .count();
    }
    if (n == 0) {
      throw new VerboPipelineException(
          "No labelled documents in the " + rs.evalSplit().label() + " split of " + layout.tokens()
              + ": challenger and champion cannot be compared. Fix: give that split a share"
              + " (verbo.split.*) or set " + RetrainSettings.EVAL_SPLIT + " to another split.",
          null);
    }
    return n;
  }

  /** The run's tokens that have a label. */
  static Dataset<Row> labelledTokens(SparkSession spark, RunLayout layout) {
    return spark.read().parquet(layout.tokens().toString())
        .filter(functions.col(CorpusSchemas.LABEL).isNotNull());
  }

  private static boolean exists(Path path, Configuration conf) {
    try {
      return path.getFileSystem(conf).exists(path);
    } catch (IOException e) {
      throw new VerboPipelineException("Cannot check " + path, e);
    }
  }

  private static void require(Path path, Configuration conf, String what, String command) {
    if (!exists(path, conf)) {
      throw new VerboPipelineException(
          "No " + what + " at " + path + ". Run `" + command + "` with the same verbo.run.root first.",
          null);
    }
  }
}
