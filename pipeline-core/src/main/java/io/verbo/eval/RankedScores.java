package io.verbo.eval;

import java.util.Arrays;
import java.util.Locale;

/**
 * Binary scores checked and ranked, as both ROC computations ({@link RocAuc}, {@link RocCurve})
 * need them: the example indices in ascending score order and the class counts.
 *
 * @param ascending example indices sorted by ascending score (ties in input order)
 * @param positives number of positive examples
 * @param negatives number of negative examples
 */
record RankedScores(Integer[] ascending, long positives, long negatives) {

  /**
   * @param scores score of the positive class per example
   * @param positive whether each example is positive, same length
   * @param what what is being computed, for the error messages (e.g. "AUC")
   * @return the ranking
   * @throws IllegalArgumentException if lengths differ or a score is NaN
   */
  static RankedScores of(double[] scores, boolean[] positive, String what) {
    if (scores.length != positive.length) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot compute %s: %d scores but %d labels",
              what,
              scores.length,
              positive.length));
    }
    int n = scores.length;
    Integer[] order = new Integer[n];
    long positives = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException("Cannot compute " + what + ": score " + i + " is NaN");
      }
      order[i] = i;
      positives += positive[i] ? 1 : 0;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    return new RankedScores(order, positives, n - positives);
  }

  /** @return true when one class is absent, so rates and AUC are undefined */
  boolean oneClassOnly() {
    return positives == 0 || negatives == 0;
  }
}
