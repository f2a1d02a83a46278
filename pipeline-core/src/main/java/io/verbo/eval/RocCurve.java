package io.verbo.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The ROC curve of a binary problem: one point (false positive rate, true positive rate) per
 * distinct score threshold, from (0, 0) at threshold {@code +Infinity} to (1, 1) at the lowest
 * score, like scikit-learn's {@code roc_curve(drop_intermediate=False)}. The trapezoid area under
 * the unthinned points equals {@link RocAuc#auc}. Pure and stateless.
 */
public final class RocCurve {
  /** Default bound on the stored points: resolution 1/500 on each axis is finer than a chart. */
  public static final int DEFAULT_RESOLUTION = 500;

  private RocCurve() {}

  /**
   * One point of the curve.
   *
   * @param threshold examples scoring at least this are predicted positive ({@code +Infinity} for
   *     the first point)
   * @param fpr false positive rate at that threshold
   * @param tpr true positive rate at that threshold
   */
  public record Point(double threshold, double fpr, double tpr) {}

  /**
   * @param scores score of the positive class per example (higher means more positive)
   * @param positive whether each example is positive, same length
   * @return every point, ascending in both rates; empty when there are no positives or no negatives
   *     (the rates are undefined)
   * @throws IllegalArgumentException if lengths differ or a score is NaN
   */
  public static List<Point> points(double[] scores, boolean[] positive) {
    RankedScores ranked = RankedScores.of(scores, positive, "ROC curve");
    if (ranked.oneClassOnly()) {
      return List.of();
    }
    Integer[] ascending = ranked.ascending();
    int n = ascending.length;
    long positives = ranked.positives();
    long negatives = ranked.negatives();
    // descending scores: the threshold walks down from +infinity
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = ascending[n - 1 - k];
    }
    List<Point> points = new ArrayList<>();
    points.add(new Point(Double.POSITIVE_INFINITY, 0, 0));
    long tp = 0;
    long fp = 0;
    int i = 0;
    while (i < n) {
      double threshold = scores[order[i]];
      // Tied scores cross the threshold together: one point per distinct score.
      while (i < n && scores[order[i]] == threshold) {
        if (positive[order[i]]) {
          tp++;
        } else {
          fp++;
        }
        i++;
      }
      points.add(new Point(threshold, (double) fp / negatives, (double) tp / positives));
    }
    return points;
  }

  /**
   * Keeps the first and last point and every point that moved at least {@code 1/resolution} on
   * either axis since the last kept one, so at most about {@code 2 * resolution + 2} points remain
   * and no kept segment is longer than that step plus one original segment.
   *
   * @param points a curve from {@link #points}
   * @param resolution the number of steps per axis (at least 1)
   * @return the thinned curve, in the same order
   * @throws IllegalArgumentException if {@code resolution < 1}
   */
  public static List<Point> thin(List<Point> points, int resolution) {
    if (resolution < 1) {
      throw new IllegalArgumentException(
          "Cannot thin ROC curve: resolution must be >= 1, got " + resolution);
    }
    if (points.size() <= 2) {
      return List.copyOf(points);
    }
    double step = 1.0 / resolution;
    List<Point> kept = new ArrayList<>();
    Point last = points.get(0);
    kept.add(last);
    for (int i = 1; i < points.size() - 1; i++) {
      Point p = points.get(i);
      if (p.fpr() - last.fpr() >= step || p.tpr() - last.tpr() >= step) {
        kept.add(p);
        last = p;
      }
    }
    kept.add(points.get(points.size() - 1));
    return List.copyOf(kept);
  }

  /**
   * @param points a curve, ascending in false positive rate
   * @return the trapezoid area under it
   */
  public static double area(List<Point> points) {
    double a = 0;
    for (int i = 1; i < points.size(); i++) {
      Point p = points.get(i - 1);
      Point q = points.get(i);
      a += (q.fpr() - p.fpr()) * (q.tpr() + p.tpr()) / 2;
    }
    return a;
  }
}
