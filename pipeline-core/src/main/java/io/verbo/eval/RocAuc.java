package io.verbo.eval;


/**
 * Exact area under the ROC curve for a binary problem, computed as the Mann-Whitney U statistic:
 * the probability that a random positive scores higher than a random negative, ties counting one
 * half. Sorting makes it O(n log n); no thresholds are sampled, so it equals scikit-learn's {@code
 * roc_auc_score} on the same data. Pure and stateless.
 */
public final class RocAuc {
  private RocAuc() {}

  /**
   * @param scores score of the positive class per example (higher means more positive)
   * @param positive whether each example is positive, same length
   * @return the AUC in [0, 1], or {@code NaN} when there are no positives or no negatives
   * @throws IllegalArgumentException if lengths differ or a score is NaN
   */
  public static double auc(double[] scores, boolean[] positive) {
    RankedScores ranked = RankedScores.of(scores, positive, "AUC");
    if (ranked.oneClassOnly()) {
      return Double.NaN;
    }
    Integer[] order = ranked.ascending();
    int n = order.length;
    long positives = ranked.positives();
    long negatives = ranked.negatives();
    // Sum of the (mid-)ranks of the positives; tied scores share the mean of their ranks.
    double positiveRankSum = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1.0;
      for (int k = i; k <= j; k++) {
        if (positive[order[k]]) {
          positiveRankSum += midRank;
        }
      }
      i = j + 1;
    }
    double u = positiveRankSum - positives * (positives + 1) / 2.0;
    return u / ((double) positives * negatives);
  }
}
