package io.verbo.tune;

/** Builds the results of trials that trained (completed or stopped early). Stateless. */
final class TrialOutcomes {
  private TrialOutcomes() {}

  /**
   * @param sweepId the sweep
   * @param trial the trial
   * @param fold the fold
   * @param metric the optimised metric's name
   * @param curve what the trial's epochs showed
   * @param status completed or stopped_early
   * @param seconds wall time
   * @return the result
   */
  static TrialResult finished(
      String sweepId,
      Trial trial,
      int fold,
      String metric,
      TrialCurve curve,
      TrialStatus status,
      double seconds) {
    return new TrialResult(
        sweepId,
        trial.index(),
        fold,
        status.columnValue(),
        trial.seed(),
        TrialColumns.paramStrings(trial),
        metric,
        curve.objective(),
        curve.metrics(),
        curve.epochs(),
        seconds,
        null,
        curve.bestSoFar());
  }
}
