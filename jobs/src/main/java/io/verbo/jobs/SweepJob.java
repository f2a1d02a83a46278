package io.verbo.jobs;

import io.verbo.pipeline.SentimentStage;
import io.verbo.report.ReportAttempt;
import io.verbo.report.RunReport;
import io.verbo.report.SweepReport;
import io.verbo.tune.SweepRequest;
import io.verbo.tune.SweepResult;
import io.verbo.tune.SweepService;
import io.verbo.tune.SweepSettings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbo sweep}: a hyperparameter sweep of the sentiment model. Entry point for spark-submit:
 * {@code --class io.verbo.jobs.SweepJob}.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Search sentiment-model hyperparameters (grid or random search) on the run's tokens.",
      "",
      "Each trial is cross-validated (stratified k folds over train + validation, or the fixed",
      "validation split) on verbo.sweep.metric; trials run many at once on single executors",
      "(parallel) or one at a time with parameter averaging (distributed); bad trials stop early",
      "(median rule). Rerunning the same verbo.sweep.id resumes. Writes",
      "RUN_ROOT/reports/sweeps/ID/{trials,best,_metadata.json} and retrains the best trial as",
      "RUN_ROOT/models/sentiment/ID-best. Keys: verbo.sweep.* (space over verbo.sentiment.*)"
    },
    footer = {"", "Exit codes: 0 ok, 1 failed (or no trial completed), 2 configuration error."})
public final class SweepJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "Sweep id (verbo.sweep.id); an existing id resumes.")
  String id;

  /**
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new SweepJob(), args));
  }

  @Override
  public Integer call() {
    if (id != null) {
      options.overrides.add(SweepSettings.ID + "=" + id);
    }
    // Parsed and validated before Spark starts: a bad key or value exits with 2.
    SweepRequest request = SweepRequest.of(options.resolve());
    List<String> reportLines = new ArrayList<>();
    SweepResult r =
        JobRunner.runInSpark(
            request.config(),
            SentimentStage.sparkDefaults(request.config()),
            (spark, config) -> {
              SweepResult result = SweepService.run(spark, request);
              reportLines.addAll(htmlReports(spark, result));
              return result;
            });
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "sweep %s: %d trainings (%d trained now, %d resumed): %d completed, %d stopped early, %d"
            + " failed%n",
        r.sweepId(),
        r.trainings(),
        r.trained(),
        r.skipped(),
        r.completed(),
        r.stoppedEarly(),
        r.failed());
    out.println(
        "sweep "
            + r.sweepId()
            + ": mode "
            + r.mode().mode().configName()
            + " ("
            + r.mode().reason()
            + ")");
    r.best()
        .ifPresent(
            b ->
                out.printf(
                    Locale.ROOT,
                    "sweep %s: best trial %d: %s = %.4f ± %.4f %s%n",
                    r.sweepId(),
                    b.trialId(),
                    b.metric(),
                    b.meanObjective(),
                    b.stdObjective(),
                    b.params()));
    r.bestModel()
        .ifPresent(
            m ->
                out.println(
                    "sweep "
                        + r.sweepId()
                        + ": best model -> "
                        + m.modelDir()
                        + " (test "
                        + m.test().summary()
                        + ")"));
    out.println("sweep " + r.sweepId() + ": reports -> " + r.reportsDir());
    reportLines.forEach(out::println);
    out.flush();
    if (r.completed() == 0) {
      spec.commandLine()
          .getErr()
          .println(
              "verbo sweep failed: no trial completed; see the error column of " + r.trialsTable());
      spec.commandLine().getErr().flush();
      return ExitCodes.JOB_FAILED;
    }
    return ExitCodes.OK;
  }

  /** The sweep's HTML page and, when the best trial was retrained, its model's run page. */
  private static List<String> htmlReports(SparkSession spark, SweepResult r) {
    List<String> lines = new ArrayList<>();
    lines.add(
        ReportAttempt.write(
            "sweep " + r.sweepId(),
            () -> SweepReport.write(spark, r.reportsDir()),
            "verbo report --sweep-id " + r.sweepId()));
    r.bestModel()
        .ifPresent(
            m ->
                lines.add(
                    ReportAttempt.write(
                        "sweep " + r.sweepId() + " best model",
                        () -> RunReport.write(spark, m.reportsDir()),
                        "verbo report --run-id " + m.reportsDir().getName())));
    return lines;
  }
}
