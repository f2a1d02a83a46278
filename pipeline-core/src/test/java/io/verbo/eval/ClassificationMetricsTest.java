package io.verbo.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {
  private static final double EPS = 1e-4;

  /** The example of issue 4, computed by hand: TP=3, FP=0, FN=1, TN=2. */
  @Test
  void issueExampleBinary() {
    int[] yTrue = {1, 0, 1, 1, 0, 1};
    int[] yPred = {1, 0, 1, 0, 0, 1};
    ConfusionMatrix cm = ConfusionMatrix.of(2, yTrue, yPred);

    assertThat(cm.count(1, 1)).as("true positives").isEqualTo(3);
    assertThat(cm.count(0, 1)).as("false positives").isZero();
    assertThat(cm.count(1, 0)).as("false negatives").isEqualTo(1);
    assertThat(cm.count(0, 0)).as("true negatives").isEqualTo(2);
    assertThat(ClassificationMetrics.accuracy(cm))
        .as("accuracy 5/6")
        .isCloseTo(0.8333, within(EPS));
    assertThat(ClassificationMetrics.precision(cm, 1))
        .as("precision 3/3")
        .isCloseTo(1.0, within(EPS));
    assertThat(ClassificationMetrics.recall(cm, 1)).as("recall 3/4").isCloseTo(0.75, within(EPS));
    assertThat(ClassificationMetrics.f1(cm, 1)).as("F1 6/7").isCloseTo(0.8571, within(EPS));
  }

  /** Class 0 of the same example: precision 2/3, recall 2/2, F1 0.8; macro F1 (0.8 + 6/7) / 2. */
  @Test
  void negativeClassAndMacroOfIssueExample() {
    ConfusionMatrix cm =
        ConfusionMatrix.of(2, new int[] {1, 0, 1, 1, 0, 1}, new int[] {1, 0, 1, 0, 0, 1});
    assertThat(ClassificationMetrics.precision(cm, 0))
        .as("precision of 0")
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(ClassificationMetrics.recall(cm, 0)).as("recall of 0").isCloseTo(1.0, within(1e-12));
    assertThat(ClassificationMetrics.f1(cm, 0)).as("F1 of 0").isCloseTo(0.8, within(1e-12));
    assertThat(ClassificationMetrics.macroF1(cm))
        .as("macro F1")
        .isCloseTo((0.8 + 6.0 / 7) / 2, within(1e-12));
    assertThat(ClassificationMetrics.macroPrecision(cm))
        .as("macro precision")
        .isCloseTo((2.0 / 3 + 1.0) / 2, within(1e-12));
    assertThat(ClassificationMetrics.macroRecall(cm))
        .as("macro recall")
        .isCloseTo(0.875, within(1e-12));
  }

  /**
   * Three classes by hand. true/pred pairs: (0,0) (0,1) (1,1) (1,1) (1,2) (2,2) (2,0) (2,2) (2,2).
   * Class 0: TP 1, predicted 2, actual 2 -> P .5 R .5 F1 .5. Class 1: TP 2, predicted 3, actual 3
   * -> P 2/3 R 2/3 F1 2/3. Class 2: TP 3, predicted 4, actual 4 -> P .75 R .75 F1 .75.
   */
  @Test
  void threeClassesByHand() {
    ConfusionMatrix cm =
        ConfusionMatrix.of(
            3, new int[] {0, 0, 1, 1, 1, 2, 2, 2, 2}, new int[] {0, 1, 1, 1, 2, 2, 0, 2, 2});
    assertThat(ClassificationMetrics.accuracy(cm))
        .as("6 of 9 correct")
        .isCloseTo(6.0 / 9, within(1e-12));
    assertThat(ClassificationMetrics.f1(cm, 0)).as("F1 of class 0").isCloseTo(0.5, within(1e-12));
    assertThat(ClassificationMetrics.f1(cm, 1))
        .as("F1 of class 1")
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(ClassificationMetrics.f1(cm, 2)).as("F1 of class 2").isCloseTo(0.75, within(1e-12));
    assertThat(ClassificationMetrics.macroF1(cm))
        .as("macro F1")
        .isCloseTo((0.5 + 2.0 / 3 + 0.75) / 3, within(1e-12));
  }

  @Test
  void classNeverPredictedHasZeroPrecisionNotNaN() {
    ConfusionMatrix cm = ConfusionMatrix.of(3, new int[] {0, 1, 2}, new int[] {0, 1, 1});
    assertThat(ClassificationMetrics.precision(cm, 2)).as("0/0 is defined as 0").isZero();
    assertThat(ClassificationMetrics.f1(cm, 2)).as("F1 of a missed class").isZero();
    assertThat(ClassificationMetrics.accuracy(new ConfusionMatrix.Builder(2).build()))
        .as("empty matrix")
        .isZero();
  }

  @Test
  void confusionMatrixRejectsBadInput() {
    assertThatThrownBy(() -> ConfusionMatrix.of(2, new int[] {0, 1}, new int[] {0}))
        .as("length mismatch")
        .hasMessageContaining("2 true classes but 1 predictions");
    assertThatThrownBy(() -> ConfusionMatrix.of(2, new int[] {0}, new int[] {2}))
        .as("class out of range")
        .hasMessageContaining("must be in [0, 2)");
  }

  @Test
  void matricesAddAndRoundTripThroughArrays() {
    ConfusionMatrix a = ConfusionMatrix.of(2, new int[] {0, 1}, new int[] {0, 0});
    ConfusionMatrix b = ConfusionMatrix.of(2, new int[] {1}, new int[] {1});
    ConfusionMatrix sum = a.plus(b);
    assertThat(sum.toArray()).as("element-wise sum").isEqualTo(new long[][] {{1, 0}, {1, 1}});
    assertThat(ConfusionMatrix.fromArray(sum.toArray())).as("array round trip").isEqualTo(sum);
  }

  @Test
  void evaluationResultAndRowsOfIssueExample() {
    ClassificationAccumulator acc = new ClassificationAccumulator(2);
    int[] yTrue = {1, 0, 1, 1, 0, 1};
    double[] pPositive = {0.9, 0.2, 0.8, 0.4, 0.1, 0.7};
    for (int i = 0; i < yTrue.length; i++) {
      acc.add(yTrue[i], new double[] {1 - pPositive[i], pPositive[i]});
    }
    EvaluationResult r = acc.result(List.of("negative", "positive"));
    assertThat(r.accuracy()).as("accuracy").isCloseTo(0.8333, within(EPS));
    assertThat(r.precision().get(1)).as("precision").isCloseTo(1.0, within(EPS));
    assertThat(r.recall().get(1)).as("recall").isCloseTo(0.75, within(EPS));
    assertThat(r.f1().get(1)).as("F1").isCloseTo(0.8571, within(EPS));
    // Positives score 0.9 0.8 0.4 0.7, negatives 0.2 0.1: every positive outranks every negative.
    assertThat(r.auc()).as("AUC").isCloseTo(1.0, within(1e-12));
    double expectedLoss =
        -(Math.log(0.9)
                + Math.log(0.8)
                + Math.log(0.8)
                + Math.log(0.4)
                + Math.log(0.9)
                + Math.log(0.7))
            / 6;
    assertThat(r.logLoss()).as("mean cross-entropy").isCloseTo(expectedLoss, within(1e-12));

    List<MetricRow> rows = MetricRow.fromResult("run-1", "sentiment", "test", r);
    assertThat(rows)
        .as("overall rows have a null class")
        .filteredOn(m -> m.className() == null)
        .extracting(MetricRow::metric)
        .containsExactly(
            "count", "accuracy", "macro_precision", "macro_recall", "macro_f1", "log_loss", "auc");
    assertThat(rows)
        .as("per-class rows for positive")
        .filteredOn(m -> "positive".equals(m.className()))
        .extracting(MetricRow::metric, MetricRow::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("precision", 1.0),
            org.assertj.core.groups.Tuple.tuple("recall", 0.75),
            org.assertj.core.groups.Tuple.tuple("f1", 6.0 / 7),
            org.assertj.core.groups.Tuple.tuple("support", 4.0));
    assertThat(ConfusionCell.fromResult("run-1", "sentiment", "test", r))
        .as("2x2 cells, zeros included")
        .extracting(ConfusionCell::trueClass, ConfusionCell::predictedClass, ConfusionCell::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("negative", "negative", 2L),
            org.assertj.core.groups.Tuple.tuple("negative", "positive", 0L),
            org.assertj.core.groups.Tuple.tuple("positive", "negative", 1L),
            org.assertj.core.groups.Tuple.tuple("positive", "positive", 3L));
  }

  @Test
  void accumulatorsMergeLikeOne() {
    ClassificationAccumulator whole = new ClassificationAccumulator(3);
    ClassificationAccumulator left = new ClassificationAccumulator(3);
    ClassificationAccumulator right = new ClassificationAccumulator(3);
    double[][] probs = {{0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}, {0.2, 0.5, 0.3}, {0.4, 0.4, 0.2}};
    int[] truth = {0, 2, 0, 1};
    for (int i = 0; i < truth.length; i++) {
      whole.add(truth[i], probs[i]);
      (i < 2 ? left : right).add(truth[i], probs[i]);
    }
    List<String> labels = List.of("a", "b", "c");
    assertThat(left.merge(right).result(labels))
        .as("merged equals sequential")
        .isEqualTo(whole.result(labels));
    assertThat(whole.result(labels).confusion().count(1, 0))
        .as("a tie (0.4, 0.4) goes to the lower class")
        .isEqualTo(1);
    assertThat(whole.result(labels).auc()).as("no AUC for 3 classes").isNaN();
  }
}
