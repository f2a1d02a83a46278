package io.verbo.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.eval.ClassificationAccumulator;
import io.verbo.eval.ConfusionCell;
import io.verbo.eval.EvaluationResult;
import io.verbo.eval.MetricRow;
import io.verbo.eval.RocCurve;
import io.verbo.eval.RocPoint;
import io.verbo.sentiment.EpochRecord;
import io.verbo.sentiment.SentimentReports;
import io.verbo.store.ArtifactMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Report content with known values for the renderer and browser tests. */
final class ReportFixtures {
  /** A class name that must be escaped wherever it appears. */
  static final String NASTY_LABEL = "neg<script>&\"";

  private ReportFixtures() {}

  /**
   * Deterministic predictions of a mediocre model.
   *
   * @param labels class names (2 gives ROC points)
   * @param seed random seed
   * @return the accumulator over 300 examples
   */
  static ClassificationAccumulator predictions(List<String> labels, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int k = labels.size();
    ClassificationAccumulator acc = new ClassificationAccumulator(k);
    for (int i = 0; i < 300; i++) {
      int truth = rnd.nextInt(k);
      double[] p = new double[k];
      double sum = 0;
      for (int c = 0; c < k; c++) {
        p[c] = rnd.nextDouble() + (c == truth ? 0.6 : 0);
        sum += p[c];
      }
      for (int c = 0; c < k; c++) {
        p[c] /= sum;
      }
      acc.add(truth, p);
    }
    return acc;
  }

  /**
   * @param runId the run
   * @param labels class names
   * @return validation and test rows, cells, ROC points and a 4-epoch curve
   */
  static SentimentReports.Content content(String runId, List<String> labels) {
    List<MetricRow> metrics = new ArrayList<>();
    List<ConfusionCell> cells = new ArrayList<>();
    List<RocPoint> roc = new ArrayList<>();
    long seed = 1;
    for (String split : List.of("validation", "test")) {
      ClassificationAccumulator acc = predictions(labels, seed++);
      EvaluationResult r = acc.result(labels);
      metrics.addAll(MetricRow.fromResult(runId, "sentiment", split, r));
      cells.addAll(ConfusionCell.fromResult(runId, "sentiment", split, r));
      roc.addAll(RocPoint.of(runId, "sentiment", split, acc.rocCurve(RocCurve.DEFAULT_RESOLUTION)));
    }
    List<EpochRecord> curve = new ArrayList<>();
    for (int e = 1; e <= 4; e++) {
      curve.add(
          new EpochRecord(
              runId,
              e,
              e <= 3 ? "train" : "fine_tune",
              1e-3,
              0.9 / e,
              1000,
              2.0,
              500.0,
              1.0 / e + 0.1,
              0.5 + 0.05 * e,
              0.45 + 0.05 * e,
              labels.size() == 2 ? 0.6 + 0.05 * e : Double.NaN,
              1.0 / e + 0.1,
              e != 3));
    }
    return new SentimentReports.Content(metrics, cells, curve, roc);
  }

  /**
   * @return provenance whose configuration holds text that must be escaped
   */
  static ArtifactMetadata metadata() {
    Map<String, Object> training = new LinkedHashMap<>();
    training.put("epochs", 4);
    training.put("learning-rate", 0.001);
    training.put("note", "<img src=x onerror=alert(1)>");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("training", training);
    config.put("labels", List.of("neg", "pos"));
    return ArtifactMetadata.of(
        "sentiment-model", 1, config, List.of("/data/tokens"), Map.of("best_epoch", 2L), Map.of());
  }

  /**
   * @param runId the run
   * @param labels class names
   * @return the data the run renderer gets
   */
  static RunReportData runData(String runId, List<String> labels) {
    SentimentReports.Content c = content(runId, labels);
    JsonNode meta = metadata().toJson();
    return new RunReportData(runId, meta, c.metrics(), c.confusion(), c.curve(), c.roc());
  }

  /**
   * A sweep of 4 trials x 2 folds over a numeric and a text parameter; trial 3 failed on fold 1.
   *
   * @return the rows
   */
  static List<SweepTrial> sweepRows() {
    List<SweepTrial> rows = new ArrayList<>();
    double[][] objectives = {{0.70, 0.72}, {0.80, 0.84}, {0.60, Double.NaN}, {0.75, 0.75}};
    double[] lr = {1e-4, 1e-3, 1e-2, 1e-3};
    String[] optimizer = {"adam", "adam", "sgd<&>", "sgd<&>"};
    for (int t = 0; t < 4; t++) {
      for (int fold = 0; fold < 2; fold++) {
        boolean failed = Double.isNaN(objectives[t][fold]);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("learning_rate", lr[t]);
        values.put("optimizer", optimizer[t]);
        rows.add(
            new SweepTrial(
                "s1",
                t,
                fold,
                failed
                    ? SweepTrial.FAILED
                    : t == 3 ? SweepTrial.STOPPED_EARLY : SweepTrial.COMPLETED,
                100 + t,
                Map.of("learning_rate", Double.toString(lr[t]), "optimizer", optimizer[t]),
                values,
                "macro_f1",
                objectives[t][fold],
                failed ? Map.of() : Map.of("macro_f1", objectives[t][fold]),
                failed ? 1 : 5,
                10.0 + t,
                failed ? "OutOfMemoryError: <heap>" : ""));
      }
    }
    return rows;
  }

  /**
   * @return the two parameters of {@link #sweepRows()}
   */
  static List<SweepParameter> sweepParameters() {
    return List.of(
        new SweepParameter("learning_rate", true), new SweepParameter("optimizer", false));
  }
}
