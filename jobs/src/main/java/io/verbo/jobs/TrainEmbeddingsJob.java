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
 * {@code verbo train-embeddings}: distributed Word2Vec on the run's tokens. Entry point for
 * spark-submit: {@code --class io.verbo.jobs.TrainEmbeddingsJob}.
 */
@Command(
    name = "train-embeddings",
    mixinStandardHelpOptions = true,
    description = {
      "Train Word2Vec (skip-gram or CBOW) on the run's tokens with parameter averaging.",
      "",
      "Reads RUN_ROOT/tokenized/tokens and RUN_ROOT/vocab (run `verbo tokenize` and `verbo vocab`",
      "first) and writes RUN_ROOT/embeddings/NAME (Parquet + word2vec files); evaluates it when",
      "verbo.embeddings.eval names similarity/analogy files or probe words. Keys: verbo.embeddings.*"
    })
public final class TrainEmbeddingsJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  /** @param args command-line arguments */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new TrainEmbeddingsJob(), args));
  }

  @Override
  public Integer call() {
    VerboConfig config = options.load();
    List<String> lines = JobRunner.runInSpark(config, EmbeddingStage::train);
    lines.forEach(spec.commandLine().getOut()::println);
    return ExitCodes.OK;
  }
}
