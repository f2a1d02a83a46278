package io.verbo.embed;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Pearson and Spearman correlation as scipy computes them ({@code spearmanr} = Pearson of ranks,
 * ties get the average of their ranks as in {@code rankdata(method="average")}). Pure functions.
 */
public final class RankCorrelation {
  private RankCorrelation() {}

  /**
   * @param x values
   * @param y values, same length
   * @return Spearman's rho; NaN if fewer than two values or one side is constant
   */
  public static double spearman(double[] x, double[] y) {
    return pearson(ranks(x), ranks(y));
  }

  /**
   * @param x values
   * @param y values, same length
   * @return Pearson's r; NaN if fewer than two values or one side is constant
   * @throws IllegalArgumentException if the lengths differ
   */
  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("Cannot correlate " + x.length + " values with " + y.length);
    }
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mx = Arrays.stream(x).sum() / n;
    double my = Arrays.stream(y).sum() / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? Double.NaN : Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  }

  /**
   * @param v values
   * @return 1-based ranks, ties averaged
   */
  public static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
    double[] r = new double[v.length];
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[order[k]] = avg;
      }
      i = j + 1;
    }
    return r;
  }
}
