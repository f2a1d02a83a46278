package io.verbo.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The metrics of one classifier on one dataset split. Immutable; serializable as JSON (Jackson
 * reads the record components). Per-class lists are in label order.
 *
 * @param labels class names, index = class number
 * @param confusion the confusion matrix (rows true, columns predicted)
 * @param count number of examples evaluated
 * @param accuracy fraction of correct predictions
 * @param precision precision per class
 * @param recall recall per class
 * @param f1 F1 per class
 * @param support examples per true class
 * @param macroPrecision unweighted mean of {@code precision}
 * @param macroRecall unweighted mean of {@code recall}
 * @param macroF1 unweighted mean of {@code f1}
 * @param auc ROC AUC of class 1 against class 0 for a binary problem; {@code NaN} otherwise or when
 *     one class is absent
 * @param logLoss mean cross-entropy {@code -ln p(true class)}; {@code NaN} when unknown
 */
public record EvaluationResult(
    List<String> labels,
    ConfusionMatrix confusion,
    long count,
    double accuracy,
    List<Double> precision,
    List<Double> recall,
    List<Double> f1,
    List<Long> support,
    double macroPrecision,
    double macroRecall,
    double macroF1,
    double auc,
    double logLoss) {

  /** Checks sizes and copies the lists. */
  public EvaluationResult {
    labels = List.copyOf(labels);
    Objects.requireNonNull(confusion, "confusion");
    if (labels.size() != confusion.numClasses()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot build evaluation result: %d labels for a %d-class confusion matrix",
              labels.size(),
              confusion.numClasses()));
    }
    precision = List.copyOf(precision);
    recall = List.copyOf(recall);
    f1 = List.copyOf(f1);
    support = List.copyOf(support);
  }

  /**
   * Computes every metric from a confusion matrix.
   *
   * @param labels class names, index = class number
   * @param confusion the confusion matrix
   * @param auc the binary ROC AUC or {@code NaN}
   * @param logLoss the mean cross-entropy or {@code NaN}
   * @return the result
   */
  public static EvaluationResult of(
      List<String> labels, ConfusionMatrix confusion, double auc, double logLoss) {
    int k = confusion.numClasses();
    List<Double> p = new ArrayList<>(k);
    List<Double> r = new ArrayList<>(k);
    List<Double> f = new ArrayList<>(k);
    List<Long> s = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      p.add(ClassificationMetrics.precision(confusion, c));
      r.add(ClassificationMetrics.recall(confusion, c));
      f.add(ClassificationMetrics.f1(confusion, c));
      s.add(confusion.actual(c));
    }
    return new EvaluationResult(
        labels,
        confusion,
        confusion.total(),
        ClassificationMetrics.accuracy(confusion),
        p,
        r,
        f,
        s,
        ClassificationMetrics.macroPrecision(confusion),
        ClassificationMetrics.macroRecall(confusion),
        ClassificationMetrics.macroF1(confusion),
        auc,
        logLoss);
  }

  /**
   * @return one line with count, accuracy, macro F1, AUC and loss
   */
  public String summary() {
    if (count == 0) {
      return "n=0 (no examples)";
    }
    return String.format(
        Locale.ROOT,
        "n=%d accuracy=%.4f macroF1=%.4f auc=%s loss=%.4f",
        count,
        accuracy,
        macroF1,
        Double.isNaN(auc) ? "n/a" : String.format(Locale.ROOT, "%.4f", auc),
        logLoss);
  }
}
