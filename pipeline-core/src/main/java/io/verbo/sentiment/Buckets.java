package io.verbo.sentiment;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Length buckets: sequences are batched only with sequences of the same bucket, so a minibatch is
 * padded to (at most) its bucket's upper bound instead of {@code maxLen}. Bucket {@code i} holds
 * lengths in {@code (bound[i-1], bound[i]]}; the last bucket ends at {@code maxLen}. Immutable and
 * serializable.
 */
public final class Buckets implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int[] upperBounds;

  private Buckets(int[] upperBounds) {
    this.upperBounds = upperBounds;
  }

  /**
   * @param boundaries ascending upper bounds below {@code maxLen} (may be empty)
   * @param maxLen the maximum sequence length (the last bucket's bound)
   * @return the buckets
   * @throws IllegalArgumentException if the bounds are not ascending within [1, maxLen)
   */
  public static Buckets of(List<Integer> boundaries, int maxLen) {
    int[] b = new int[boundaries.size() + 1];
    int prev = 0;
    for (int i = 0; i < boundaries.size(); i++) {
      b[i] = boundaries.get(i);
      if (b[i] <= prev || b[i] >= maxLen) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Cannot use bucket bounds %s: need ascending values in [1, %d)",
                boundaries,
                maxLen));
      }
      prev = b[i];
    }
    b[boundaries.size()] = maxLen;
    return new Buckets(b);
  }

  /**
   * Equal-frequency buckets from length quantiles (as computed by Spark's {@code approxQuantile} or
   * by {@link #equalFrequency}): each quantile, rounded up, becomes an upper bound; duplicates and
   * values outside [1, maxLen) are dropped.
   *
   * @param quantiles sequence lengths at the cut points
   * @param maxLen the maximum sequence length
   * @return the buckets
   */
  public static Buckets fromQuantiles(double[] quantiles, int maxLen) {
    TreeSet<Integer> bounds = new TreeSet<>();
    for (double q : quantiles) {
      int b = (int) Math.ceil(q);
      if (b >= 1 && b < maxLen) {
        bounds.add(b);
      }
    }
    return of(List.copyOf(bounds), maxLen);
  }

  /**
   * @param count number of buckets wanted
   * @return the cut probabilities {@code 1/count, ..., (count-1)/count}
   */
  public static double[] cutProbabilities(int count) {
    double[] p = new double[Math.max(0, count - 1)];
    for (int i = 0; i < p.length; i++) {
      p[i] = (i + 1) / (double) count;
    }
    return p;
  }

  /**
   * @param lengths sequence lengths (already capped at {@code maxLen})
   * @param count number of buckets wanted
   * @param maxLen the maximum sequence length
   * @return equal-frequency buckets over {@code lengths} (fewer when lengths repeat)
   */
  public static Buckets equalFrequency(int[] lengths, int count, int maxLen) {
    if (lengths.length == 0 || count <= 1) {
      return of(List.of(), maxLen);
    }
    int[] sorted = lengths.clone();
    Arrays.sort(sorted);
    double[] p = cutProbabilities(count);
    double[] q = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      q[i] = sorted[(int) Math.min(sorted.length - 1, Math.floor(p[i] * sorted.length))];
    }
    return fromQuantiles(q, maxLen);
  }

  /**
   * @return the number of buckets
   */
  public int size() {
    return upperBounds.length;
  }

  /**
   * @param length a sequence length in [1, maxLen]
   * @return its bucket
   */
  public int bucketOf(int length) {
    int i = Arrays.binarySearch(upperBounds, length);
    return Math.min(i >= 0 ? i : -i - 1, upperBounds.length - 1);
  }

  /**
   * @return the upper bounds, the last one being {@code maxLen}
   */
  public int[] upperBounds() {
    return upperBounds.clone();
  }

  @Override
  public String toString() {
    return "Buckets" + Arrays.toString(upperBounds);
  }
}
