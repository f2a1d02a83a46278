package io.verbo.embed;

import java.io.Serializable;

/**
 * The running sum of the partitions' trained weights, as the accumulator of Spark's {@code
 * treeAggregate}: {@link #merge} is both its sequence and its combine operation, and {@link
 * #average} divides by the number of partitions that trained.
 *
 * <p>Precision and size: a single contribution is kept as the trained float arrays (so a task
 * ships floats, and one partition averages to itself bit for bit); from the second contribution on
 * the sum is held in doubles, in which a sum of floats of similar magnitude is exact — so averaging
 * identical copies gives back the copy exactly, whatever the merge order. A partition that had no
 * sentence in the round contributes only its (empty) stats, not its unchanged copy, so it does not
 * drag the average back to the round's start.
 *
 * <p>Mutable and not thread-safe: {@code merge} updates and returns this instance, as Spark's
 * aggregate contract allows. Serializable.
 */
public final class WeightAverage implements Serializable {
  private static final long serialVersionUID = 1L;

  private float[][] single;
  private double[][] sums;
  private int count;
  private KernelStats stats;

  private WeightAverage(float[][] single, int count, KernelStats stats) {
    this.single = single;
    this.count = count;
    this.stats = stats;
  }

  /** @return the zero of the aggregation: no weights, no stats */
  public static WeightAverage empty() {
    return new WeightAverage(null, 0, KernelStats.EMPTY);
  }

  /**
   * @param trained one partition's trained weights (held, not copied)
   * @param stats what that partition did
   * @return a sum of one contribution
   */
  public static WeightAverage of(Word2VecWeights trained, KernelStats stats) {
    return new WeightAverage(trained.matrices(), 1, stats);
  }

  /**
   * @param stats what an idle partition did (nothing)
   * @return a contribution of stats only
   */
  public static WeightAverage statsOnly(KernelStats stats) {
    return new WeightAverage(null, 0, stats);
  }

  /**
   * Adds another sum into this one.
   *
   * @param other another partial sum (not modified, but its arrays may be taken over)
   * @return this instance, updated
   * @throws IllegalArgumentException if the shapes differ
   */
  public WeightAverage merge(WeightAverage other) {
    stats = stats.plus(other.stats);
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      single = other.single;
      sums = other.sums;
      count = other.count;
      return this;
    }
    if (sums == null) {
      sums = widen(single);
      single = null;
    }
    if (other.sums != null) {
      addInto(sums, other.sums);
    } else {
      addInto(sums, other.single);
    }
    count += other.count;
    return this;
  }

  /** @return the number of weight copies summed */
  public int count() {
    return count;
  }

  /** @return the summed stats of every partition, idle ones included */
  public KernelStats stats() {
    return stats;
  }

  /**
   * @param start the weights the round started from (shape template; returned if nobody trained)
   * @return the mean of the summed copies
   */
  public Word2VecWeights average(Word2VecWeights start) {
    if (count == 0) {
      return start;
    }
    if (sums == null) {
      return start.withMatrices(single);
    }
    float[][] out = new float[sums.length][];
    double inv = count;
    for (int m = 0; m < sums.length; m++) {
      double[] s = sums[m];
      float[] o = new float[s.length];
      for (int i = 0; i < s.length; i++) {
        o[i] = (float) (s[i] / inv);
      }
      out[m] = o;
    }
    return start.withMatrices(out);
  }

  private static double[][] widen(float[][] f) {
    double[][] d = new double[f.length][];
    for (int m = 0; m < f.length; m++) {
      double[] dm = new double[f[m].length];
      for (int i = 0; i < dm.length; i++) {
        dm[i] = f[m][i];
      }
      d[m] = dm;
    }
    return d;
  }

  private static void addInto(double[][] acc, float[][] add) {
    checkShape(acc.length, add.length);
    for (int m = 0; m < acc.length; m++) {
      double[] a = acc[m];
      float[] b = add[m];
      checkShape(a.length, b.length);
      for (int i = 0; i < a.length; i++) {
        a[i] += b[i];
      }
    }
  }

  private static void addInto(double[][] acc, double[][] add) {
    checkShape(acc.length, add.length);
    for (int m = 0; m < acc.length; m++) {
      double[] a = acc[m];
      double[] b = add[m];
      checkShape(a.length, b.length);
      for (int i = 0; i < a.length; i++) {
        a[i] += b[i];
      }
    }
  }

  private static void checkShape(int a, int b) {
    if (a != b) {
      throw new IllegalArgumentException("Cannot average weights of different shapes: " + a + " vs " + b);
    }
  }
}
