package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.pipeline.EmbeddingStage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verbo evaluate-embeddings}: word similarity, analogies and nearest neighbours of a run's
 * embedding table. Entry point for spark-submit: {@code --class io.verbo.jobs.EvaluateEmbeddingsJob}.
 */
@Command(
    name = "evaluate-embeddings",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a run's embedding table (similarity, analogies, neighbours).",
      "",
      "Spearman on word-similarity files, analogy accuracy and nearest neighbours of probe words",
      "(verbo.embeddings.eval.*), computed as gensim does, for RUN_ROOT/embeddings/NAME.",
      "Writes RUN_ROOT/reports/embeddings/NAME."
    })
public final class EvaluateEmbeddingsJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  /** @param args command-line arguments */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new EvaluateEmbeddingsJob(), args));
  }

  @Override
  public Integer call() {
    VerboConfig config = options.load();
    List<String> lines = JobRunner.runInSpark(config, EmbeddingStage::evaluate);
    lines.forEach(spec.commandLine().getOut()::println);
    return ExitCodes.OK;
  }
}
