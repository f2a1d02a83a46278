package io.verbo.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One metric value of an evaluation report: one row per (run, model, split, class, metric), the
 * long format that stacks runs and sweeps without schema changes.
 *
 * @param runId the run that produced the model
 * @param model model name, e.g. {@code sentiment}
 * @param split dataset split, e.g. {@code validation} or {@code test}
 * @param className class name for per-class metrics; {@code null} for overall and macro metrics
 * @param metric metric name (see {@link #fromResult})
 * @param value the value ({@code NaN} never appears: undefined metrics produce no row)
 */
public record MetricRow(
    String runId, String model, String split, String className, String metric, double value) {

  /** Overall accuracy. */
  public static final String ACCURACY = "accuracy";

  /** Unweighted mean precision. */
  public static final String MACRO_PRECISION = "macro_precision";

  /** Unweighted mean recall. */
  public static final String MACRO_RECALL = "macro_recall";

  /** Unweighted mean F1. */
  public static final String MACRO_F1 = "macro_f1";

  /** Binary ROC AUC. */
  public static final String AUC = "auc";

  /** Mean cross-entropy. */
  public static final String LOG_LOSS = "log_loss";

  /** Number of examples. */
  public static final String COUNT = "count";

  /** Per-class precision. */
  public static final String PRECISION = "precision";

  /** Per-class recall. */
  public static final String RECALL = "recall";

  /** Per-class F1. */
  public static final String F1 = "f1";

  /** Per-class number of true examples. */
  public static final String SUPPORT = "support";

  /** Checks the identifying fields. */
  public MetricRow {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(metric, "metric");
  }

  /**
   * Flattens a result: {@code count, accuracy, macro_precision, macro_recall, macro_f1, log_loss,
   * auc} with a null class (the last two only when defined), then {@code precision, recall, f1,
   * support} per class in label order.
   *
   * @param runId the run id
   * @param model the model name
   * @param split the split name
   * @param result the evaluation
   * @return the rows, in that order
   */
  public static List<MetricRow> fromResult(
      String runId, String model, String split, EvaluationResult result) {
    List<MetricRow> rows = new ArrayList<>();
    rows.add(new MetricRow(runId, model, split, null, COUNT, result.count()));
    rows.add(new MetricRow(runId, model, split, null, ACCURACY, result.accuracy()));
    rows.add(new MetricRow(runId, model, split, null, MACRO_PRECISION, result.macroPrecision()));
    rows.add(new MetricRow(runId, model, split, null, MACRO_RECALL, result.macroRecall()));
    rows.add(new MetricRow(runId, model, split, null, MACRO_F1, result.macroF1()));
    if (!Double.isNaN(result.logLoss())) {
      rows.add(new MetricRow(runId, model, split, null, LOG_LOSS, result.logLoss()));
    }
    if (!Double.isNaN(result.auc())) {
      rows.add(new MetricRow(runId, model, split, null, AUC, result.auc()));
    }
    for (int c = 0; c < result.labels().size(); c++) {
      String label = result.labels().get(c);
      rows.add(new MetricRow(runId, model, split, label, PRECISION, result.precision().get(c)));
      rows.add(new MetricRow(runId, model, split, label, RECALL, result.recall().get(c)));
      rows.add(new MetricRow(runId, model, split, label, F1, result.f1().get(c)));
      rows.add(new MetricRow(runId, model, split, label, SUPPORT, result.support().get(c)));
    }
    return rows;
  }
}
