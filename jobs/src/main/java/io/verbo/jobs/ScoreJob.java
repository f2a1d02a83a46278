package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.pipeline.ScoreStage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verbo score}: batch predictions of a saved sentiment model for a corpus. Entry point for
 * spark-submit: {@code --class io.verbo.jobs.ScoreJob}.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score a corpus (verbo.input.*, any format) with a saved sentiment model.",
      "",
      "Writes RUN_ROOT/predictions/RUN-ID/predictions (doc_id, label, probabilities) and rejects",
      "(bad records with their reason, as in tokenize). The model is broadcast once per executor."
    })
public final class ScoreJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  @Mixin ModelChoice model;

  /** @param args command-line arguments */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new ScoreJob(), args));
  }

  @Override
  public Integer call() {
    VerboConfig config = options.load();
    JobRunner.checkInputsExist(config);
    List<String> lines = JobRunner.runInSpark(
        config, (spark, c) -> ScoreStage.score(spark, c, model.resolve(c, spark)));
    lines.forEach(spec.commandLine().getOut()::println);
    return ExitCodes.OK;
  }

}
