package io.verbo.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups a sweep's rows by trial and ranks the trials by their mean objective over folds: best
 * first, trials without any objective last, ties broken by trial id. Metrics whose name ends in
 * {@code loss} are minimised, all others (accuracy, F1, AUC) maximised. Pure and stateless.
 */
public final class TrialSummaries {
  private static final List<String> STATUS_PRECEDENCE =
      List.of(SweepTrial.FAILED, SweepTrial.STOPPED_EARLY, SweepTrial.COMPLETED);

  private TrialSummaries() {}

  /**
   * @param metric an optimised metric's name
   * @return whether larger values are better ({@code false} for names ending in {@code loss})
   */
  public static boolean higherIsBetter(String metric) {
    return !metric.toLowerCase(Locale.ROOT).endsWith("loss");
  }

  /**
   * @param rows one row per (trial, fold)
   * @param metric the optimised metric's name (decides the ranking direction)
   * @return one summary per trial, best first
   */
  public static List<TrialSummary> rank(List<SweepTrial> rows, String metric) {
    Map<Integer, List<SweepTrial>> byTrial = new LinkedHashMap<>();
    rows.forEach(r -> byTrial.computeIfAbsent(r.trialId(), id -> new ArrayList<>()).add(r));
    List<TrialSummary> out = new ArrayList<>();
    byTrial.forEach((id, folds) -> out.add(summarise(id, folds)));
    Comparator<Double> byObjective =
        higherIsBetter(metric)
            ? Comparator.<Double>reverseOrder()
            : Comparator.<Double>naturalOrder();
    out.sort(
        Comparator.comparing((TrialSummary s) -> Double.isNaN(s.mean()))
            .thenComparing(TrialSummary::mean, byObjective)
            .thenComparingInt(TrialSummary::trialId));
    return out;
  }

  /**
   * @param trialId the trial
   * @param folds its rows, at least one
   * @return the trial over its folds
   */
  static TrialSummary summarise(int trialId, List<SweepTrial> folds) {
    List<SweepTrial> ordered = new ArrayList<>(folds);
    ordered.sort(Comparator.comparingInt(SweepTrial::fold));
    double sum = 0;
    int scored = 0;
    for (SweepTrial t : ordered) {
      if (!Double.isNaN(t.objective())) {
        sum += t.objective();
        scored++;
      }
    }
    double mean = scored == 0 ? Double.NaN : sum / scored;
    double squares = 0;
    for (SweepTrial t : ordered) {
      if (!Double.isNaN(t.objective())) {
        squares += (t.objective() - mean) * (t.objective() - mean);
      }
    }
    double std = scored < 2 ? Double.NaN : Math.sqrt(squares / (scored - 1));
    double duration = ordered.stream().mapToDouble(SweepTrial::durationSeconds).sum();
    double epochs = ordered.stream().mapToInt(SweepTrial::epochsRun).average().orElse(Double.NaN);
    List<String> errors =
        ordered.stream().map(SweepTrial::error).filter(e -> !e.isBlank()).distinct().toList();
    SweepTrial first = ordered.get(0);
    return new TrialSummary(
        trialId,
        status(ordered),
        ordered.size(),
        scored,
        mean,
        std,
        first.values(),
        first.seed(),
        epochs,
        duration,
        errors);
  }

  private static String status(List<SweepTrial> folds) {
    List<String> statuses = folds.stream().map(SweepTrial::status).distinct().toList();
    for (String s : STATUS_PRECEDENCE) {
      if (statuses.contains(s) && (statuses.size() == 1 || !s.equals(SweepTrial.COMPLETED))) {
        return s;
      }
    }
    // Statuses outside the contract are shown as they are rather than guessed at.
    return String.join("+", statuses);
  }
}
