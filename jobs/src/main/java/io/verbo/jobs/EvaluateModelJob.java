package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.pipeline.SentimentStage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verbo evaluate}: re-evaluates a saved sentiment model on a run's labelled tokens. Entry
 * point for spark-submit: {@code --class io.verbo.jobs.EvaluateModelJob}.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a saved sentiment model on the run's labelled tokens, per split.",
      "",
      "Accuracy, macro-F1, AUC (binary) and loss of the model at --model (default",
      "RUN_ROOT/models/sentiment/RUN-ID) on RUN_ROOT/tokenized/tokens."
    })
public final class EvaluateModelJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  @Mixin ModelChoice model;

  /** @param args command-line arguments */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new EvaluateModelJob(), args));
  }

  @Override
  public Integer call() {
    VerboConfig config = options.load();
    List<String> lines = JobRunner.runInSpark(
        config, (spark, c) -> SentimentStage.evaluate(spark, c, model.resolve(c, spark)));
    lines.forEach(spec.commandLine().getOut()::println);
    return ExitCodes.OK;
  }

}
