package io.verbo.tune;

import io.verbo.sentiment.SentimentTrainResult;
import java.util.Optional;
import org.apache.hadoop.fs.Path;

/**
 * What a sweep run produced.
 *
 * @param sweepId the sweep
 * @param reportsDir {@code reports/sweeps/<id>/}: {@code trials/}, {@code best/}, {@code
 *     _metadata.json} (the place for an HTML report)
 * @param mode the mode used and why
 * @param trainings (trial, fold) results in the table
 * @param trained trainings run by this invocation
 * @param skipped trainings skipped because an earlier run of the sweep had finished them
 * @param completed results with status completed
 * @param failed results with status failed
 * @param stoppedEarly results with status stopped_early
 * @param best the best trial, if any trial completed every fold
 * @param bestModel the retrained best model, if retraining was on and a best trial exists
 */
public record SweepResult(
    String sweepId,
    Path reportsDir,
    SweepModeChooser.Decision mode,
    int trainings,
    int trained,
    int skipped,
    int completed,
    int failed,
    int stoppedEarly,
    Optional<BestTrial> best,
    Optional<SentimentTrainResult> bestModel) {

  /**
   * @return the trials table folder
   */
  public Path trialsTable() {
    return SweepLayout.trialsTable(reportsDir);
  }
}
