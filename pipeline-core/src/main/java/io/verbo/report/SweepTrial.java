package io.verbo.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a sweep's {@code trials/} dataset: one trial on one fold. The dataset's contract with
 * the sweep engine: {@code sweep_id} string, {@code trial_id} int, {@code fold} int (-1 = the fixed
 * validation split), {@code status} ({@code completed}, {@code failed}, {@code stopped_early}),
 * {@code seed} long, {@code params} map, one {@code p_<name>} column per parameter (double or
 * string), {@code metric} (the optimised metric's name), {@code objective} double (null if failed),
 * {@code metrics} map, {@code epochs_run} int, {@code duration_s} double, {@code error} string.
 * Immutable.
 *
 * @param sweepId the sweep
 * @param trialId the trial
 * @param fold the fold, -1 for the fixed validation split
 * @param status the trial's outcome on this fold
 * @param seed the trial's seed
 * @param params the parameters as text, as the engine applied them
 * @param values per parameter name, its typed value: {@code Double} (NaN if null) for numeric
 *     parameters, {@code String} ({@code ""} if null) for text ones
 * @param metric the optimised metric's name
 * @param objective the metric's value; {@code NaN} when null (failed)
 * @param metrics every metric the fold produced
 * @param epochsRun epochs trained ({@code 0} when null)
 * @param durationSeconds wall time ({@code NaN} when null)
 * @param error the failure message; {@code ""} when none
 */
public record SweepTrial(
    String sweepId,
    int trialId,
    int fold,
    String status,
    long seed,
    Map<String, String> params,
    Map<String, Object> values,
    String metric,
    double objective,
    Map<String, Double> metrics,
    int epochsRun,
    double durationSeconds,
    String error) {

  /** Status of a trial that finished all its epochs. */
  public static final String COMPLETED = "completed";

  /** Status of a trial that threw. */
  public static final String FAILED = "failed";

  /** Status of a trial that early stopping ended. */
  public static final String STOPPED_EARLY = "stopped_early";

  /** Checks the identifying fields and copies the maps, keeping their order. */
  public SweepTrial {
    Objects.requireNonNull(sweepId, "sweepId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(error, "error");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }
}
