package io.verbo.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One trial of a sweep summarised over its folds (see {@link TrialSummaries}). Immutable.
 *
 * @param trialId the trial
 * @param status {@code failed} if any fold failed, else {@code stopped_early} if any fold stopped
 *     early, else the folds' common status
 * @param folds the number of rows (folds) of the trial
 * @param scoredFolds how many of them have an objective
 * @param mean mean objective over the scored folds ({@code NaN} if none)
 * @param std sample standard deviation of the objective over the scored folds ({@code NaN} if fewer
 *     than two)
 * @param values the typed parameter values (of the trial's first fold)
 * @param seed the seed of the trial's first fold
 * @param meanEpochs mean epochs run per fold
 * @param durationSeconds total wall time over the folds ({@code NaN} if any is unknown)
 * @param errors the distinct error messages of its failed folds
 */
public record TrialSummary(
    int trialId,
    String status,
    int folds,
    int scoredFolds,
    double mean,
    double std,
    Map<String, Object> values,
    long seed,
    double meanEpochs,
    double durationSeconds,
    List<String> errors) {

  /** Copies the collections. */
  public TrialSummary {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    errors = List.copyOf(errors);
  }
}
