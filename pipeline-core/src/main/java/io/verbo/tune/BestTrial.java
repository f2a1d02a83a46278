package io.verbo.tune;

import io.verbo.sentiment.StoppingMetric;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The best trial of a sweep: among trials whose every fold completed, the best mean objective in
 * the metric's direction (ties: the lower trial id). Immutable; written as {@code best/best.json}.
 *
 * @param sweepId the sweep
 * @param trialId the trial
 * @param seed its seed
 * @param params its parameter values by key
 * @param metric the optimised metric
 * @param higherIsBetter the metric's direction
 * @param meanObjective mean objective over its folds
 * @param stdObjective sample standard deviation over its folds (0 for one fold)
 * @param folds folds averaged
 */
public record BestTrial(
    String sweepId,
    int trialId,
    long seed,
    Map<String, String> params,
    String metric,
    boolean higherIsBetter,
    double meanObjective,
    double stdObjective,
    int folds) {

  /**
   * @param results the sweep's results (one per key)
   * @param foldCount folds per trial
   * @param metric the optimised metric
   * @return the best trial, or empty when no trial completed every fold
   */
  public static Optional<BestTrial> select(
      Collection<TrialResult> results, int foldCount, StoppingMetric metric) {
    Map<Integer, List<TrialResult>> byTrial = new TreeMap<>();
    for (TrialResult r : results) {
      byTrial.computeIfAbsent(r.trialId(), k -> new ArrayList<>()).add(r);
    }
    BestTrial best = null;
    for (List<TrialResult> rs : byTrial.values()) {
      boolean complete =
          rs.size() == foldCount
              && rs.stream()
                  .allMatch(r -> r.statusValue() == TrialStatus.COMPLETED && r.objective() != null);
      if (!complete) {
        continue;
      }
      double mean = rs.stream().mapToDouble(TrialResult::objective).average().orElse(Double.NaN);
      double ss =
          rs.stream().mapToDouble(r -> (r.objective() - mean) * (r.objective() - mean)).sum();
      double std = rs.size() > 1 ? Math.sqrt(ss / (rs.size() - 1)) : 0.0;
      TrialResult first = rs.get(0);
      BestTrial candidate =
          new BestTrial(
              first.sweepId(),
              first.trialId(),
              first.seed(),
              first.params(),
              metric.configName(),
              metric.higherIsBetter(),
              mean,
              std,
              rs.size());
      if (best == null || metric.isBetter(mean, best.meanObjective())) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }
}
