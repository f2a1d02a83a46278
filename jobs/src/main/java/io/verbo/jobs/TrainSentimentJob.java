package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.pipeline.SentimentStage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbo train-sentiment}: an LSTM sentiment classifier trained with DL4J parameter averaging.
 * Entry point for spark-submit: {@code --class io.verbo.jobs.TrainSentimentJob}.
 */
@Command(
    name = "train-sentiment",
    mixinStandardHelpOptions = true,
    description = {
      "Train an LSTM sentiment classifier on the run's labelled tokens.",
      "",
      "Embedding (from verbo.sentiment.embeddings or random) -> LSTM -> dropout -> output, trained",
      "with SparkDl4jMultiLayer and parameter averaging; per-epoch validation, checkpoints and early",
      "stopping. Writes RUN_ROOT/models/sentiment/RUN-ID and RUN_ROOT/reports/sentiment/RUN-ID.",
      "Keys: verbo.sentiment.*"
    })
public final class TrainSentimentJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  @Option(names = "--resume", description = "Continue from the last checkpoint (verbo.sentiment.resume).")
  boolean resume;

  /** @param args command-line arguments */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new TrainSentimentJob(), args));
  }

  @Override
  public Integer call() {
    if (resume) {
      options.overrides.add("verbo.sentiment.resume=true");
    }
    VerboConfig config = options.load();
    List<String> lines = JobRunner.runInSpark(config, SentimentStage.sparkDefaults(config), SentimentStage::train);
    lines.forEach(spec.commandLine().getOut()::println);
    return ExitCodes.OK;
  }
}
