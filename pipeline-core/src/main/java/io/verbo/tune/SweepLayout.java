package io.verbo.tune;

import io.verbo.sentiment.SentimentLayout;
import io.verbo.store.RunLayout;
import org.apache.hadoop.fs.Path;

/**
 * Where a sweep writes, under the run root. Stateless.
 *
 * <pre>
 * reports/sweeps/ID/
 *   _trials/        one JSON file per (trial, fold), committed by rename; survives reruns (resume)
 *   trials/         Parquet: the trials table ({@link TrialColumns})
 *   best/           best.json: the best parameters and their mean ± std objective
 *   _metadata.json  configuration, versions, counts
 * _staging/sweep-ID/  fold datasets and trial work folders (deleted at the end)
 * models/sentiment/ID-best, reports/sentiment/ID-best   the retrained best model
 * </pre>
 */
public final class SweepLayout {
  private SweepLayout() {}

  /**
   * @param layout the run layout
   * @param sweepId the sweep id
   * @return the sweep's reports folder
   */
  public static Path reportsDir(RunLayout layout, String sweepId) {
    return new Path(new Path(layout.root(), "reports/sweeps"), SentimentLayout.checkRunId(sweepId));
  }

  /**
   * @param reportsDir the sweep's reports folder
   * @return the per-(trial, fold) result files
   */
  public static Path trialResults(Path reportsDir) {
    return new Path(reportsDir, "_trials");
  }

  /**
   * @param reportsDir the sweep's reports folder
   * @return the trials table
   */
  public static Path trialsTable(Path reportsDir) {
    return new Path(reportsDir, "trials");
  }

  /**
   * @param reportsDir the sweep's reports folder
   * @return the best-trial summary folder
   */
  public static Path best(Path reportsDir) {
    return new Path(reportsDir, "best");
  }

  /**
   * @param layout the run layout
   * @param sweepId the sweep id
   * @return the sweep's work folder (deleted when the sweep ends)
   */
  public static Path work(RunLayout layout, String sweepId) {
    return new Path(layout.staging(), "sweep-" + SentimentLayout.checkRunId(sweepId));
  }

  /**
   * @param sweepId the sweep id
   * @return the run id of the retrained best model
   */
  public static String bestModelRunId(String sweepId) {
    return SentimentLayout.checkRunId(sweepId + "-best");
  }
}
