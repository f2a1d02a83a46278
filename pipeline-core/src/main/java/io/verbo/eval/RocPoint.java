package io.verbo.eval;

import java.util.List;

/**
 * One point of a binary model's ROC curve in a report (the {@code roc/} dataset of a sentiment
 * report), in the long format of {@link MetricRow}.
 *
 * @param runId the run that produced the model
 * @param model model name
 * @param split dataset split
 * @param threshold score threshold ({@code +Infinity} for the (0, 0) point)
 * @param fpr false positive rate
 * @param tpr true positive rate
 */
public record RocPoint(
    String runId, String model, String split, double threshold, double fpr, double tpr) {

  /**
   * @param runId the run id
   * @param model the model name
   * @param split the split name
   * @param curve a curve from {@link RocCurve}
   * @return its points as report rows, in curve order
   */
  public static List<RocPoint> of(
      String runId, String model, String split, List<RocCurve.Point> curve) {
    return curve.stream()
        .map(p -> new RocPoint(runId, model, split, p.threshold(), p.fpr(), p.tpr()))
        .toList();
  }
}
