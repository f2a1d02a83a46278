package io.verbo.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one (trial, fold): one row of the sweep's {@code trials/} table plus the trial's
 * curve of the optimised metric (best value so far after each epoch), which the median-stopping
 * rule of later trials reads. Immutable and serializable (Spark task results); stored as one JSON
 * file per key under {@code _trials/}.
 *
 * @param sweepId the sweep
 * @param trialId the trial's index
 * @param fold the held-out fold, or {@link #FIXED_SPLIT} for the fixed validation split
 * @param status completed, failed or stopped_early ({@link TrialStatus#columnValue()})
 * @param seed the trial's seed
 * @param params the trial's parameter values by full configuration key, as strings
 * @param metric name of the optimised metric
 * @param objective the optimised metric on the held-out part at the trial's best epoch ({@code
 *     null} when failed)
 * @param metrics accuracy, macro_f1, auc (binary), loss on the held-out part at that epoch
 * @param epochsRun epochs trained
 * @param durationS wall time in seconds
 * @param error exception class and message ({@code null} unless failed)
 * @param curve the optimised metric's best-so-far value after each epoch
 */
public record TrialResult(
    String sweepId,
    int trialId,
    int fold,
    String status,
    long seed,
    Map<String, String> params,
    String metric,
    Double objective,
    Map<String, Double> metrics,
    int epochsRun,
    double durationS,
    String error,
    List<Double> curve)
    implements java.io.Serializable {
  /** The {@code fold} value of the fixed validation split. */
  public static final int FIXED_SPLIT = -1;

  /** Copies the collections (keeping key order). */
  public TrialResult {
    Objects.requireNonNull(sweepId, "sweepId");
    TrialStatus.fromColumn(status);
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    curve = List.copyOf(curve);
  }

  /**
   * @return the key that identifies this result in a sweep
   */
  public TrialKey key() {
    return new TrialKey(trialId, fold);
  }

  /**
   * @return the status as an enum
   */
  public TrialStatus statusValue() {
    return TrialStatus.fromColumn(status);
  }

  /**
   * @param sweepId the sweep
   * @param trial the trial
   * @param fold the fold
   * @param metric the optimised metric's name
   * @param error what was thrown
   * @param seconds time spent
   * @return a failed result carrying the error's class and message
   */
  public static TrialResult failed(
      String sweepId, Trial trial, int fold, String metric, Throwable error, double seconds) {
    return new TrialResult(
        sweepId,
        trial.index(),
        fold,
        TrialStatus.FAILED.columnValue(),
        trial.seed(),
        TrialColumns.paramStrings(trial),
        metric,
        null,
        Map.of(),
        0,
        seconds,
        error.getClass().getName() + ": " + error.getMessage(),
        List.of());
  }

  /**
   * @param trialId a trial index
   * @param fold a fold ({@link #FIXED_SPLIT} for the fixed split)
   */
  public record TrialKey(int trialId, int fold)
      implements Comparable<TrialKey>, java.io.Serializable {
    @Override
    public int compareTo(TrialKey o) {
      int c = Integer.compare(trialId, o.trialId);
      return c != 0 ? c : Integer.compare(fold, o.fold);
    }
  }
}
