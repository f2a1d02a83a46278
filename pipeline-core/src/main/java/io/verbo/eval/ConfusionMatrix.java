package io.verbo.eval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * Counts of (true class, predicted class) pairs over {@code k} classes numbered {@code 0..k-1}.
 * Immutable and serializable; build one with {@link Builder} or {@link #of(int, int[], int[])}.
 */
public final class ConfusionMatrix implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[][] counts;

  private ConfusionMatrix(long[][] counts) {
    this.counts = counts;
  }

  /**
   * @param numClasses number of classes (at least 2)
   * @param trueClasses true class per example
   * @param predictedClasses predicted class per example, same length
   * @return the matrix
   * @throws IllegalArgumentException if lengths differ or a class is out of range
   */
  public static ConfusionMatrix of(int numClasses, int[] trueClasses, int[] predictedClasses) {
    if (trueClasses.length != predictedClasses.length) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot build confusion matrix: %d true classes but %d predictions",
              trueClasses.length,
              predictedClasses.length));
    }
    Builder b = new Builder(numClasses);
    for (int i = 0; i < trueClasses.length; i++) {
      b.add(trueClasses[i], predictedClasses[i]);
    }
    return b.build();
  }

  /**
   * @param counts rows of true classes, columns of predicted classes (square, at least 2x2)
   * @return the matrix
   * @throws IllegalArgumentException if not square or a count is negative
   */
  @JsonCreator
  public static ConfusionMatrix fromArray(long[][] counts) {
    Builder b = new Builder(counts.length);
    for (int t = 0; t < counts.length; t++) {
      if (counts[t].length != counts.length) {
        throw new IllegalArgumentException(
            "Cannot build confusion matrix: row " + t + " is not of length " + counts.length);
      }
      for (int p = 0; p < counts.length; p++) {
        b.add(t, p, counts[t][p]);
      }
    }
    return b.build();
  }

  /**
   * @return a copy of the counts: rows of true classes, columns of predicted classes
   */
  @JsonValue
  public long[][] toArray() {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  /**
   * @return the number of classes
   */
  public int numClasses() {
    return counts.length;
  }

  /**
   * @param trueClass the true class
   * @param predictedClass the predicted class
   * @return how many examples of {@code trueClass} were predicted as {@code predictedClass}
   */
  public long count(int trueClass, int predictedClass) {
    return counts[trueClass][predictedClass];
  }

  /**
   * @return the number of examples counted
   */
  public long total() {
    long t = 0;
    for (long[] row : counts) {
      for (long c : row) {
        t += c;
      }
    }
    return t;
  }

  /**
   * @param c a class
   * @return true positives of {@code c}
   */
  public long truePositives(int c) {
    return counts[c][c];
  }

  /**
   * @param c a class
   * @return examples of class {@code c} (its support: the row sum)
   */
  public long actual(int c) {
    long s = 0;
    for (long v : counts[c]) {
      s += v;
    }
    return s;
  }

  /**
   * @param c a class
   * @return examples predicted as {@code c} (the column sum)
   */
  public long predicted(int c) {
    long s = 0;
    for (long[] row : counts) {
      s += row[c];
    }
    return s;
  }

  /**
   * @return the correct predictions (the diagonal sum)
   */
  public long correct() {
    long s = 0;
    for (int c = 0; c < counts.length; c++) {
      s += counts[c][c];
    }
    return s;
  }

  /**
   * @param other a matrix over the same classes
   * @return the element-wise sum
   * @throws IllegalArgumentException if the class counts differ
   */
  public ConfusionMatrix plus(ConfusionMatrix other) {
    if (other.numClasses() != numClasses()) {
      throw new IllegalArgumentException(
          "Cannot add confusion matrices over "
              + numClasses()
              + " and "
              + other.numClasses()
              + " classes");
    }
    Builder b = new Builder(numClasses());
    for (int t = 0; t < numClasses(); t++) {
      for (int p = 0; p < numClasses(); p++) {
        b.add(t, p, counts[t][p] + other.counts[t][p]);
      }
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfusionMatrix m && Arrays.deepEquals(m.counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(counts);
  }

  /**
   * @return rows of true classes, columns of predicted classes
   */
  @Override
  public String toString() {
    return "ConfusionMatrix" + Arrays.deepToString(counts);
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final long[][] counts;

    /**
     * @param numClasses number of classes (at least 2)
     * @throws IllegalArgumentException if fewer than 2
     */
    public Builder(int numClasses) {
      if (numClasses < 2) {
        throw new IllegalArgumentException(
            "A confusion matrix needs at least 2 classes, got " + numClasses);
      }
      counts = new long[numClasses][numClasses];
    }

    /**
     * Counts one example.
     *
     * @param trueClass its true class
     * @param predictedClass its predicted class
     * @return this builder
     */
    public Builder add(int trueClass, int predictedClass) {
      return add(trueClass, predictedClass, 1);
    }

    /**
     * @param trueClass a true class
     * @param predictedClass a predicted class
     * @param n how many examples to add (not negative)
     * @return this builder
     * @throws IllegalArgumentException if a class is out of range or {@code n < 0}
     */
    public Builder add(int trueClass, int predictedClass, long n) {
      int k = counts.length;
      if (trueClass < 0 || trueClass >= k || predictedClass < 0 || predictedClass >= k || n < 0) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Cannot count (true=%d, predicted=%d, n=%d): classes must be in [0, %d) and n >= 0",
                trueClass,
                predictedClass,
                n,
                k));
      }
      counts[trueClass][predictedClass] += n;
      return this;
    }

    /**
     * @return an immutable copy of the counts so far
     */
    public ConfusionMatrix build() {
      long[][] copy = new long[counts.length][];
      for (int i = 0; i < counts.length; i++) {
        copy[i] = counts[i].clone();
      }
      return new ConfusionMatrix(copy);
    }
  }
}
