package io.verbo.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a confusion matrix in a report: how many examples of {@code trueClass} were predicted
 * as {@code predictedClass}. Every cell is listed, zeros included, so a report always has k x k
 * rows.
 *
 * @param runId the run that produced the model
 * @param model model name
 * @param split dataset split
 * @param trueClass the true class name
 * @param predictedClass the predicted class name
 * @param count the number of examples
 */
public record ConfusionCell(
    String runId, String model, String split, String trueClass, String predictedClass, long count) {

  /**
   * @param runId the run id
   * @param model the model name
   * @param split the split name
   * @param result the evaluation
   * @return its confusion matrix, row by row (true class), then column (predicted class)
   */
  public static List<ConfusionCell> fromResult(
      String runId, String model, String split, EvaluationResult result) {
    List<String> labels = result.labels();
    List<ConfusionCell> cells = new ArrayList<>(labels.size() * labels.size());
    for (int t = 0; t < labels.size(); t++) {
      for (int p = 0; p < labels.size(); p++) {
        cells.add(
            new ConfusionCell(
                runId, model, split, labels.get(t), labels.get(p), result.confusion().count(t, p)));
      }
    }
    return cells;
  }
}
