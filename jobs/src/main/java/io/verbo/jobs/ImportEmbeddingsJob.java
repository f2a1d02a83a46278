package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.pipeline.EmbeddingStage;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbo import-embeddings}: pretrained GloVe or word2vec vectors into the run's embedding
 * format. Entry point for spark-submit: {@code --class io.verbo.jobs.ImportEmbeddingsJob}.
 */
@Command(
    name = "import-embeddings",
    mixinStandardHelpOptions = true,
    description = {
      "Import pretrained vectors (GloVe text, word2vec text or binary) into RUN_ROOT/embeddings/NAME.",
      "",
      "Bad lines (wrong dimension, non-numeric values, duplicates) are counted and reported, not fatal."
    })
public final class ImportEmbeddingsJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "PATH",
      description = "Vector file to import (default: verbo.embeddings.import.path).")
  String from;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "auto, glove-text, word2vec-text or word2vec-binary (default: verbo.embeddings.import.format).")
  String format;

  /** @param args command-line arguments */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new ImportEmbeddingsJob(), args));
  }

  @Override
  public Integer call() {
    if (format != null) {
      options.overrides.add("verbo.embeddings.import.format=" + format);
    }
    VerboConfig config = options.load();
    String source = EmbeddingStage.importSource(config, from, new Configuration());
    List<String> lines = JobRunner.runInSpark(config, (spark, c) -> EmbeddingStage.importVectors(spark, c, source));
    lines.forEach(spec.commandLine().getOut()::println);
    return ExitCodes.OK;
  }
}
