package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.vocab.VocabularyService;
import io.verbo.vocab.VocabularySummary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verbo vocab}: builds the vocabulary from the run's tokens dataset. Entry point for
 * spark-submit: {@code --class io.verbo.jobs.BuildVocabularyJob}.
 */
@Command(
    name = "vocab",
    mixinStandardHelpOptions = true,
    description = {
      "Build the vocabulary from the run's tokens.",
      "",
      "Reads RUN_ROOT/tokenized/tokens (run `verbo tokenize` first) and writes",
      "RUN_ROOT/vocab (token, count, doc_freq, index; PAD = 0, UNK = 1)."
    })
public final class BuildVocabularyJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  /** @param args command-line arguments */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new BuildVocabularyJob(), args));
  }

  @Override
  public Integer call() {
    VerboConfig config = options.load();
    VocabularySummary summary =
        JobRunner.runInSpark(config, VocabularyService::run);
    spec.commandLine().getOut().println(summary.line());
    return ExitCodes.OK;
  }
}
