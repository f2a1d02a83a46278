package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.pipeline.RetrainListener;
import io.verbo.pipeline.RetrainOutcome;
import io.verbo.pipeline.RetrainStage;
import io.verbo.pipeline.SentimentStage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbo retrain}: scheduled champion/challenger retraining with the model registry. Entry
 * point for spark-submit: {@code --class io.verbo.jobs.RetrainJob}. Exit code 0 for a promoted and
 * for a rejected challenger alike: a rejection is a decision, not a failure.
 */
@Command(
    name = "retrain",
    mixinStandardHelpOptions = true,
    description = {
      "Train a challenger on the latest data and promote it only if it beats the champion.",
      "",
      "Refreshes the run's tokens (and vocabulary) from verbo.input.*, trains a challenger (fresh,",
      "or fine-tuned from the champion with --warm-start), evaluates challenger and champion on",
      "the same held-out split, and promotes the challenger iff its improvement on",
      "verbo.retrain.metric is >= verbo.retrain.margin. The challenger is committed as",
      "REGISTRY/sentiment/versions/vNNNNNN, the CHAMPION pointer moves atomically when it wins,",
      "and every decision is appended to REGISTRY/sentiment/history (Parquet).",
      "Keys: verbo.retrain.* (REGISTRY default RUN_ROOT/registry) and verbo.sentiment.*",
      "",
      "Exit codes: 0 decision made (promoted, rejected or first-champion), 1 the run failed",
      "(the champion is unchanged), 2 usage or configuration error (nothing started)."
    })
public final class RetrainJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--warm-start",
      description = "Fine-tune the champion's network (verbo.retrain.warm-start = true).")
  boolean warmStart;

  @Option(
      names = "--resume",
      description = {
        "Continue the newest interrupted retrain run (killed before it decided) from its newest",
        "checkpoint, under its run id (verbo.sentiment.resume = true). Without one: a fresh run."
      })
  boolean resume;

  @Option(
      names = "--margin",
      paramLabel = "X",
      description = "Improvement the challenger needs (verbo.retrain.margin).")
  Double margin;

  /** @param args command-line arguments */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new RetrainJob(), args));
  }

  @Override
  public Integer call() {
    if (warmStart) {
      options.overrides.add("verbo.retrain.warm-start=true");
    }
    if (resume) {
      options.overrides.add("verbo.sentiment.resume=true");
    }
    if (margin != null) {
      options.overrides.add("verbo.retrain.margin=" + margin);
    }
    VerboConfig config = options.load();
    RetrainStage.checkConfig(config);
    if (config.retrain().refresh().contains("tokenize")) {
      JobRunner.checkInputsExist(config);
    }
    RetrainListener faults = FaultPause.fromSystemProperties();
    RetrainOutcome outcome =
        JobRunner.runInSpark(
            config,
            SentimentStage.sparkDefaults(config),
            (spark, c) -> RetrainStage.run(spark, c, faults));
    outcome.lines().forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
