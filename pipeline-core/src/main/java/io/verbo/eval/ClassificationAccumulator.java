package io.verbo.eval;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Collects predictions one by one (or one partition at a time on a Spark executor) and turns them
 * into an {@link EvaluationResult}. The predicted class is the arg-max of the probabilities, ties
 * going to the lower class number. For two classes the positive-class scores are kept for an exact
 * {@link RocAuc} (16 bytes per example), so merge partitions of a validation or test split, not of
 * a corpus of billions.
 *
 * <p>Mutable, not thread-safe; serializable so partial accumulators can be shipped and {@link
 * #merge merged}.
 */
public final class ClassificationAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Probabilities are clipped to this before the logarithm, so a confident mistake costs ~34.5. */
  static final double MIN_PROBABILITY = 1e-15;

  private final int numClasses;
  private final long[][] counts;
  private double lossSum;
  private long n;
  private double[] scores = new double[0];
  private boolean[] positives = new boolean[0];

  /**
   * @param numClasses number of classes (at least 2)
   * @throws IllegalArgumentException if fewer than 2
   */
  public ClassificationAccumulator(int numClasses) {
    if (numClasses < 2) {
      throw new IllegalArgumentException("Cannot evaluate fewer than 2 classes, got " + numClasses);
    }
    this.numClasses = numClasses;
    this.counts = new long[numClasses][numClasses];
  }

  /**
   * Counts one example.
   *
   * @param trueClass its true class
   * @param probabilities the predicted probability of every class
   * @throws IllegalArgumentException if the class or the length is out of range
   */
  public void add(int trueClass, double[] probabilities) {
    if (probabilities.length != numClasses || trueClass < 0 || trueClass >= numClasses) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot count prediction: true class %d and %d probabilities for %d classes",
              trueClass,
              probabilities.length,
              numClasses));
    }
    int predicted = 0;
    for (int c = 1; c < numClasses; c++) {
      if (probabilities[c] > probabilities[predicted]) {
        predicted = c;
      }
    }
    counts[trueClass][predicted]++;
    lossSum -= Math.log(Math.max(probabilities[trueClass], MIN_PROBABILITY));
    if (numClasses == 2) {
      ensureCapacity((int) n + 1);
      scores[(int) n] = probabilities[1];
      positives[(int) n] = trueClass == 1;
    }
    n++;
  }

  /**
   * Adds another accumulator's counts to this one.
   *
   * @param other an accumulator over the same number of classes
   * @return this accumulator
   * @throws IllegalArgumentException if the class counts differ
   */
  public ClassificationAccumulator merge(ClassificationAccumulator other) {
    if (other.numClasses != numClasses) {
      throw new IllegalArgumentException(
          "Cannot merge accumulators over " + numClasses + " and " + other.numClasses + " classes");
    }
    for (int t = 0; t < numClasses; t++) {
      for (int p = 0; p < numClasses; p++) {
        counts[t][p] += other.counts[t][p];
      }
    }
    if (numClasses == 2) {
      ensureCapacity((int) (n + other.n));
      System.arraycopy(other.scores, 0, scores, (int) n, (int) other.n);
      System.arraycopy(other.positives, 0, positives, (int) n, (int) other.n);
    }
    lossSum += other.lossSum;
    n += other.n;
    return this;
  }

  /**
   * @return the number of examples counted
   */
  public long count() {
    return n;
  }

  /**
   * @param labels class names, one per class
   * @return the metrics so far (AUC only for two classes; loss {@code NaN} when nothing was
   *     counted)
   * @throws IllegalArgumentException if the number of labels is wrong
   */
  public EvaluationResult result(List<String> labels) {
    ConfusionMatrix cm = ConfusionMatrix.fromArray(counts);
    double auc =
        numClasses == 2
            ? RocAuc.auc(Arrays.copyOf(scores, (int) n), Arrays.copyOf(positives, (int) n))
            : Double.NaN;
    return EvaluationResult.of(labels, cm, auc, n == 0 ? Double.NaN : lossSum / n);
  }

  /**
   * @param resolution steps per axis kept by {@link RocCurve#thin}
   * @return the thinned ROC curve of class 1 against class 0; empty for more than two classes or
   *     when one class is absent
   */
  public List<RocCurve.Point> rocCurve(int resolution) {
    if (numClasses != 2) {
      return List.of();
    }
    return RocCurve.thin(
        RocCurve.points(Arrays.copyOf(scores, (int) n), Arrays.copyOf(positives, (int) n)),
        resolution);
  }

  private void ensureCapacity(int needed) {
    if (needed > scores.length) {
      int size = Math.max(needed, Math.max(16, scores.length * 2));
      scores = Arrays.copyOf(scores, size);
      positives = Arrays.copyOf(positives, size);
    }
  }
}
