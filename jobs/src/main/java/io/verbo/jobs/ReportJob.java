package io.verbo.jobs;

import io.verbo.config.InvalidConfigException;
import io.verbo.config.VerboConfig;
import io.verbo.report.RunReport;
import io.verbo.report.SweepReport;
import io.verbo.store.RunLayout;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbo report}: writes the self-contained HTML report of a training run or of a sweep and
 * prints its path. Entry point for spark-submit: {@code --class io.verbo.jobs.ReportJob}.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the HTML report of a training run or a sweep and print its path.",
      "",
      "--run-id: RUN_ROOT/reports/sentiment/RUN-ID/report.html: configuration,",
      "  metrics per class and split, training curves, confusion matrices and",
      "  ROC curves of binary models.",
      "--sweep-id: RUN_ROOT/reports/sweeps/SWEEP-ID/report.html: the objective",
      "  against each parameter and the ranked trials.",
      "One file that opens offline; see docs/reports.md."
    })
public final class ReportJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** Exactly one of the two report kinds. */
  static final class Target {
    @Option(
        names = "--run-id",
        paramLabel = "ID",
        description = "A training run (reports/sentiment/ID).")
    String runId;

    @Option(names = "--sweep-id", paramLabel = "ID", description = "A sweep (reports/sweeps/ID).")
    String sweepId;
  }

  /**
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new ReportJob(), args));
  }

  @Override
  public Integer call() {
    VerboConfig config = options.load();
    RunLayout layout = new RunLayout(config.run().root());
    boolean run = target.runId != null;
    String option = run ? "--run-id" : "--sweep-id";
    String id = run ? target.runId : target.sweepId;
    Path dir;
    try {
      dir = run ? RunReport.reportsDir(layout, id) : SweepReport.sweepDir(layout, id);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(option, id, e.getMessage(), "pass the id as a folder name");
    }
    if (!exists(dir)) {
      throw new InvalidConfigException(
          option,
          id,
          "there is no reports folder " + JobRunner.qualified(dir),
          run
              ? "train it first (verbo train-sentiment --set verbo.sentiment.run-id="
                  + id
                  + ") or point verbo.run.root at the run that has it"
              : "run the sweep first or point verbo.run.root at the run that has it");
    }
    Path html =
        JobRunner.runInSpark(
            config,
            (spark, c) -> run ? RunReport.write(spark, dir) : SweepReport.write(spark, dir));
    spec.commandLine().getOut().println(html);
    return ExitCodes.OK;
  }

  private static boolean exists(Path dir) {
    try {
      return dir.getFileSystem(new Configuration()).exists(dir);
    } catch (IOException e) {
      throw new InvalidConfigException(
          "verbo.run.root", "Cannot check " + dir + ": " + e.getMessage(), e);
    }
  }
}
