package io.verbo.eval;

/**
 * Metric formulas over a {@link ConfusionMatrix}, as pure static functions (after Tribuo's {@code
 * ConfusionMetrics}). A ratio whose denominator is zero (a class never predicted, or never present)
 * is defined as 0, like scikit-learn's {@code zero_division=0}; macro averages are unweighted means
 * over all classes, so such a class pulls the average down instead of vanishing from it.
 */
public final class ClassificationMetrics {
  private ClassificationMetrics() {}

  /**
   * @param cm a confusion matrix
   * @return correct / total, or 0 for an empty matrix
   */
  public static double accuracy(ConfusionMatrix cm) {
    return ratio(cm.correct(), cm.total());
  }

  /**
   * @param cm a confusion matrix
   * @param c a class
   * @return TP / (TP + FP) of class {@code c}
   */
  public static double precision(ConfusionMatrix cm, int c) {
    return ratio(cm.truePositives(c), cm.predicted(c));
  }

  /**
   * @param cm a confusion matrix
   * @param c a class
   * @return TP / (TP + FN) of class {@code c}
   */
  public static double recall(ConfusionMatrix cm, int c) {
    return ratio(cm.truePositives(c), cm.actual(c));
  }

  /**
   * @param cm a confusion matrix
   * @param c a class
   * @return the harmonic mean of precision and recall of {@code c} (2TP / (2TP + FP + FN))
   */
  public static double f1(ConfusionMatrix cm, int c) {
    long tp = cm.truePositives(c);
    return ratio(2 * tp, cm.predicted(c) + cm.actual(c));
  }

  /**
   * @param cm a confusion matrix
   * @return the unweighted mean of the per-class precisions
   */
  public static double macroPrecision(ConfusionMatrix cm) {
    double s = 0;
    for (int c = 0; c < cm.numClasses(); c++) {
      s += precision(cm, c);
    }
    return s / cm.numClasses();
  }

  /**
   * @param cm a confusion matrix
   * @return the unweighted mean of the per-class recalls
   */
  public static double macroRecall(ConfusionMatrix cm) {
    double s = 0;
    for (int c = 0; c < cm.numClasses(); c++) {
      s += recall(cm, c);
    }
    return s / cm.numClasses();
  }

  /**
   * @param cm a confusion matrix
   * @return the unweighted mean of the per-class F1 scores (scikit-learn's {@code
   *     f1_score(average="macro")})
   */
  public static double macroF1(ConfusionMatrix cm) {
    double s = 0;
    for (int c = 0; c < cm.numClasses(); c++) {
      s += f1(cm, c);
    }
    return s / cm.numClasses();
  }

  private static double ratio(long num, long den) {
    return den == 0 ? 0.0 : (double) num / den;
  }
}
