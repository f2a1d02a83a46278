package io.verbo.tune;

import io.verbo.sentiment.StoppingMetric;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The median-stopping rule (Golovin et al., "Google Vizier", 2017), on the best value so far: after
 * epoch {@code e > graceEpochs}, a trial whose best objective so far is strictly worse than the
 * median of the best-so-far values at epoch {@code e} of the <em>completed</em> trials of the same
 * fold is stopped. A completed trial that trained fewer than {@code e} epochs counts with its final
 * best. The rule applies only when at least {@code minTrials} such trials exist.
 *
 * <p>Trials run concurrently in parallel mode, so "completed" means: committed to {@code _trials/}
 * before this trial's epoch ended. Early trials therefore run to the end, and later ones are
 * compared against them; the outcome depends on the order in which trials finish (deterministic
 * with one trial at a time, i.e. distributed mode or {@code max-concurrent-trials = 1}). Immutable
 * and serializable (it travels inside Spark tasks).
 *
 * @param metric the optimised metric (its direction decides "worse")
 * @param graceEpochs epochs always trained
 * @param minTrials completed trials needed for a median
 */
public record MedianStoppingRule(StoppingMetric metric, int graceEpochs, int minTrials)
    implements java.io.Serializable {

  /**
   * @param epoch the epoch just finished (from 1)
   * @param bestSoFar this trial's best objective up to that epoch
   * @param fold this trial's fold
   * @param trialId this trial's id (excluded from the median)
   * @param finished results committed so far
   * @return why to stop, or empty to go on
   */
  public Optional<String> shouldStop(
      int epoch, double bestSoFar, int fold, int trialId, Collection<TrialResult> finished) {
    if (epoch <= graceEpochs || Double.isNaN(bestSoFar)) {
      return Optional.empty();
    }
    List<Double> others = new ArrayList<>();
    for (TrialResult r : finished) {
      if (r.fold() == fold
          && r.trialId() != trialId
          && r.statusValue() == TrialStatus.COMPLETED
          && !r.curve().isEmpty()) {
        double v = r.curve().get(Math.min(epoch, r.curve().size()) - 1);
        if (!Double.isNaN(v)) {
          others.add(v);
        }
      }
    }
    if (others.size() < minTrials) {
      return Optional.empty();
    }
    double median = median(others);
    boolean worse = metric.higherIsBetter() ? bestSoFar < median : bestSoFar > median;
    if (!worse) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            java.util.Locale.ROOT,
            "best %s %.4f after epoch %d is worse than the median %.4f of %d completed trials",
            metric.configName(),
            bestSoFar,
            epoch,
            median,
            others.size()));
  }

  /**
   * @param values at least one value
   * @return their median (mean of the middle two for an even count)
   */
  static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }
}
