package io.verbo.tune;

import io.verbo.sentiment.EpochListener;
import io.verbo.sentiment.EpochRecord;
import io.verbo.sentiment.StoppingMetric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Follows one (trial, fold) epoch by epoch, as the trainer's {@link EpochListener}: keeps the
 * curve, applies the median-stopping rule after each epoch (throwing {@link TrialStoppedException}
 * to end the trial), and turns the epochs seen into the trial's objective and metrics: those of the
 * epoch with the best held-out value of the optimised metric, which is also the epoch whose weights
 * training keeps (the sweep sets the trainer's early-stopping metric to the sweep's). Not
 * thread-safe; one per (trial, fold).
 */
public final class TrialCurve implements EpochListener {
  private final StoppingMetric metric;
  private final MedianStoppingRule rule;
  private final Supplier<java.util.Collection<TrialResult>> finished;
  private final int fold;
  private final int trialId;
  private final List<EpochRecord> rows = new ArrayList<>();
  private final List<Double> bestSoFar = new ArrayList<>();
  private EpochRecord best;

  /**
   * @param metric the optimised metric
   * @param rule the median rule, or {@code null} for none
   * @param finished supplies the results committed so far (read only when the rule is on)
   * @param trialId the trial
   * @param fold the fold
   */
  public TrialCurve(
      StoppingMetric metric,
      MedianStoppingRule rule,
      Supplier<java.util.Collection<TrialResult>> finished,
      int trialId,
      int fold) {
    this.metric = metric;
    this.rule = rule;
    this.finished = finished;
    this.trialId = trialId;
    this.fold = fold;
  }

  @Override
  public void afterEpoch(EpochRecord row) {
    rows.add(row);
    double v = value(row);
    if (best == null || metric.isBetter(v, value(best))) {
      best = row;
    }
    bestSoFar.add(value(best));
    if (rule != null) {
      var stop = rule.shouldStop(row.epoch(), value(best), fold, trialId, finished.get());
      if (stop.isPresent()) {
        throw new TrialStoppedException(stop.get());
      }
    }
  }

  /**
   * @return epochs seen
   */
  public int epochs() {
    return rows.size();
  }

  /**
   * @return the best-so-far value after each epoch
   */
  public List<Double> bestSoFar() {
    return List.copyOf(bestSoFar);
  }

  /**
   * @return the optimised metric at the best epoch, or {@code null} before any epoch
   */
  public Double objective() {
    if (best == null) {
      return null;
    }
    double v = value(best);
    return Double.isNaN(v) ? null : v;
  }

  /**
   * @return accuracy, macro_f1, auc (when defined), loss at the best epoch, and its train loss
   */
  public Map<String, Double> metrics() {
    Map<String, Double> m = new LinkedHashMap<>();
    if (best == null) {
      return m;
    }
    put(m, "accuracy", best.valAccuracy());
    put(m, "macro_f1", best.valMacroF1());
    put(m, "auc", best.valAuc());
    put(m, "loss", best.valLoss());
    put(m, "train_loss", best.trainLoss());
    put(m, "best_epoch", best.epoch());
    return m;
  }

  private double value(EpochRecord row) {
    return switch (metric) {
      case LOSS -> row.valLoss();
      case ACCURACY -> row.valAccuracy();
      case MACRO_F1 -> row.valMacroF1();
      case AUC -> row.valAuc();
    };
  }

  private static void put(Map<String, Double> m, String name, double v) {
    if (!Double.isNaN(v)) { // undefined metrics (AUC of 3 classes) are left out, not NaN
      m.put(name, v);
    }
  }
}
