package io.verbo.pipeline;

import io.verbo.VerboPipelineException;
import io.verbo.config.ConfigKeys;
import io.verbo.config.EmbeddingsSettings;
import io.verbo.config.InvalidConfigException;
import io.verbo.config.VerboConfig;
import io.verbo.embed.EmbeddingEvaluator;
import io.verbo.embed.EmbeddingImportService;
import io.verbo.embed.EmbeddingReport;
import io.verbo.embed.EmbeddingReportWriter;
import io.verbo.embed.EmbeddingRequest;
import io.verbo.embed.EmbeddingService;
import io.verbo.embed.EmbeddingSummary;
import io.verbo.embed.EvaluationRequest;
import io.verbo.embed.ImportRequest;
import io.verbo.embed.ImportSummary;
import io.verbo.embed.WordVectors;
import io.verbo.spark.JobStage;
import io.verbo.store.RunLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding stages as the jobs and {@code verbo pipeline} run them, from a {@link
 * VerboConfig}: train on the run's tokens, import pretrained vectors, and evaluate a table of the
 * run. Each returns the one-line summaries it logged. Stateless.
 */
public final class EmbeddingStage {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingStage.class);

  private EmbeddingStage() {}

  /**
   * Trains {@code embeddings/<name>} on the run's tokens and vocabulary, then evaluates it when
   * {@code verbo.embeddings.eval} names anything.
   *
   * @param spark the session
   * @param config the run configuration
   * @return the summary lines (training, then evaluation if any)
   */
  public static List<String> train(SparkSession spark, VerboConfig config) {
    EmbeddingsSettings e = config.embeddings();
    RunLayout layout = new RunLayout(config.run().root());
    EmbeddingSummary summary =
        EmbeddingService.train(spark, new EmbeddingRequest(layout, e.name(), e.word2vec(), e.splits(), e.formats(), config));
    List<String> lines = new ArrayList<>();
    lines.add(summary.line());
    if (hasEvaluation(e.evaluation())) {
      lines.addAll(evaluate(spark, config));
    }
    return lines;
  }

  /**
   * The vector file to import, checked before Spark starts: {@code source} when given, else
   * {@code verbo.embeddings.import.path}.
   *
   * @param config the run configuration
   * @param source a path overriding the configured one, or null
   * @param conf Hadoop configuration to check the file with
   * @return the path
   * @throws InvalidConfigException when none is given or it does not exist
   */
  public static String importSource(VerboConfig config, String source, Configuration conf) {
    String path = source != null && !source.isBlank() ? source.trim() : config.embeddings().importPath();
    if (path.isEmpty()) {
      throw new InvalidConfigException(
          ConfigKeys.EMBEDDINGS_IMPORT_PATH,
          "",
          "no vector file to import",
          "set verbo.embeddings.import.path or pass --from PATH (GloVe or word2vec text/binary)");
    }
    try {
      Path p = new Path(path);
      if (!p.getFileSystem(conf).isFile(p)) {
        throw new InvalidConfigException(
            ConfigKeys.EMBEDDINGS_IMPORT_PATH, path, "is not a file", "pass an existing vector file with --from");
      }
    } catch (IOException ex) {
      throw new InvalidConfigException(
          ConfigKeys.EMBEDDINGS_IMPORT_PATH,
          "Cannot check vector file " + path + ": " + ex.getMessage() + ". Fix: check the path and file system.",
          ex);
    }
    return path;
  }

  /**
   * Imports a vector file (see {@link #importSource}) into {@code embeddings/<name>}.
   *
   * @param spark the session
   * @param config the run configuration
   * @param path the vector file
   * @return the summary line
   */
  public static List<String> importVectors(SparkSession spark, VerboConfig config, String path) {
    EmbeddingsSettings e = config.embeddings();
    ImportSummary summary =
        EmbeddingImportService.importVectors(
            spark, new ImportRequest(path, e.importFormat(), new RunLayout(config.run().root()), e.name(), e.formats(), config));
    return List.of(summary.line());
  }

  /**
   * Evaluates {@code embeddings/<name>} of the run and commits {@code reports/embeddings/<name>}.
   *
   * @param spark the session
   * @param config the run configuration
   * @return one line per similarity file, analogy file and probe
   * @throws VerboPipelineException when the run has no such table
   */
  public static List<String> evaluate(SparkSession spark, VerboConfig config) {
    EmbeddingsSettings e = config.embeddings();
    RunLayout layout = new RunLayout(config.run().root());
    Path dir = layout.embeddings(e.name());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    requireTable(dir, conf);
    try (JobStage stage = JobStage.begin(spark, "evaluate-embeddings", e.name())) {
      stage.step("evaluate " + e.name());
      WordVectors vectors = WordVectors.load(dir, conf);
      EmbeddingReport report = EmbeddingEvaluator.evaluate(vectors, e.name(), e.evaluation(), conf);
      Path written = EmbeddingReportWriter.commit(spark, layout, e.name(), report, config);
      List<String> lines = describe(report);
      lines.forEach(LOG::info);
      lines.add("evaluate-embeddings: report -> " + written);
      return lines;
    }
  }

  private static List<String> describe(EmbeddingReport report) {
    List<String> lines = new ArrayList<>();
    report.similarity().forEach(s -> lines.add(String.format(Locale.ROOT,
        "evaluate-embeddings: %s spearman=%.4f (OOV %.1f%%)", s.dataset(), s.spearman(), s.oovPercent())));
    report.analogies().forEach(a -> lines.add(String.format(Locale.ROOT,
        "evaluate-embeddings: %s analogy accuracy=%.4f (OOV %.1f%%)", a.dataset(), a.accuracy(), a.oovPercent())));
    report.probes().forEach(p -> lines.add("evaluate-embeddings: nearest to " + p.probe() + ": "
        + (p.found()
            ? String.join(", ", p.neighbours().stream()
                .map(n -> String.format(Locale.ROOT, "%s %.2f", n.token(), n.similarity())).toList())
            : "(not in the vocabulary)")));
    return lines;
  }

  private static boolean hasEvaluation(EvaluationRequest r) {
    return !r.similarityFiles().isEmpty() || !r.analogyFiles().isEmpty() || !r.probes().isEmpty();
  }

  private static void requireTable(Path dir, Configuration conf) {
    try {
      if (!dir.getFileSystem(conf).exists(dir)) {
        throw new VerboPipelineException(
            "No embedding table at " + dir + ". Run `verbo train-embeddings` or `verbo import-embeddings`"
                + " with the same verbo.run.root and verbo.embeddings.name first.",
            null);
      }
    } catch (IOException ex) {
      throw new VerboPipelineException("Cannot check " + dir, ex);
    }
  }
}
