package io.verbo.registry;

import io.verbo.eval.EvaluationResult;
import io.verbo.sentiment.StoppingMetric;
import java.util.Locale;
import java.util.Optional;

/**
 * The promotion rule of {@code verbo retrain}, as a pure function. The challenger is promoted iff
 * its improvement over the champion on the metric, measured in the metric's good direction, is at
 * least the margin:
 *
 * <pre>
 *   improvement = challenger - champion   (accuracy, macro_f1, auc: higher is better)
 *   improvement = champion - challenger   (loss: lower is better)
 *   promote  &lt;=&gt;  improvement &gt;= margin
 * </pre>
 *
 * A margin of 0 promotes ties (the fresher model wins when quality is equal); a negative margin
 * tolerates a small regression. Without a champion the challenger becomes the first champion. A
 * challenger whose metric is undefined ({@code NaN}) is never promoted over a champion; a champion
 * whose metric is undefined is replaced. Stateless.
 */
public final class ChampionChallenger {
  private static final double TOLERANCE = 1e-12;

  private ChampionChallenger() {}

  /**
   * @param decision the decision
   * @param improvement the challenger's improvement in the good direction ({@code NaN} when there
   *     was nothing to compare)
   * @param reason why, with the numbers
   */
  public record Verdict(Decision decision, double improvement, String reason) {}

  /**
   * @param metric the compared metric
   * @param margin the improvement required
   * @param challenger the challenger's result on the evaluation split
   * @param champion the champion's result on the same documents, empty when there is no champion
   * @return the decision with its reason
   */
  public static Verdict judge(
      StoppingMetric metric,
      double margin,
      EvaluationResult challenger,
      Optional<EvaluationResult> champion) {
    double c = metric.valueOf(challenger);
    String name = metric.configName();
    if (champion.isEmpty()) {
      return new Verdict(
          Decision.FIRST_CHAMPION,
          Double.NaN,
          String.format(Locale.ROOT, "no champion yet; challenger %s = %s", name, fmt(c)));
    }
    double b = metric.valueOf(champion.get());
    if (Double.isNaN(c)) {
      return new Verdict(
          Decision.REJECTED,
          Double.NaN,
          String.format(Locale.ROOT, "challenger %s is undefined; champion %s = %s", name, name,
              fmt(b)));
    }
    if (Double.isNaN(b)) {
      return new Verdict(
          Decision.PROMOTED,
          Double.NaN,
          String.format(Locale.ROOT, "champion %s is undefined; challenger %s = %s", name, name,
              fmt(c)));
    }
    double improvement = metric.higherIsBetter() ? c - b : b - c;
    // Metrics are ratios of counts: absorb the binary rounding of e.g. 0.805 - 0.800 vs 0.005.
    boolean wins = improvement >= margin - TOLERANCE;
    String reason =
        String.format(
            Locale.ROOT,
            "challenger %s = %s vs champion %s (%s is better): improvement %s %s margin %s",
            name,
            fmt(c),
            fmt(b),
            metric.higherIsBetter() ? "higher" : "lower",
            fmt(improvement),
            wins ? ">=" : "<",
            fmt(margin));
    return new Verdict(wins ? Decision.PROMOTED : Decision.REJECTED, improvement, reason);
  }

  private static String fmt(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.4f", d);
  }
}
