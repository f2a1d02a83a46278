package io.verbo.sentiment;

import io.verbo.eval.EvaluationResult;

/**
 * One row of the training curve: what one epoch did and how the model stood afterwards. Undefined
 * values (no validation data, AUC of a multi-class problem) are {@code NaN}.
 *
 * @param runId the run
 * @param epoch epoch number over all stages, from 1
 * @param stage {@code train} or {@code fine_tune}
 * @param learningRate Adam learning rate of the stage
 * @param trainLoss mean training loss of the epoch's minibatches (as reported by the workers)
 * @param trainExamples training examples seen in the epoch
 * @param seconds wall time of the epoch's fitting (validation excluded)
 * @param examplesPerSecond {@code trainExamples / seconds}
 * @param valLoss validation cross-entropy
 * @param valAccuracy validation accuracy
 * @param valMacroF1 validation macro F1
 * @param valAuc validation ROC AUC (binary only)
 * @param monitored the early-stopping metric's value
 * @param improved whether this epoch became the best so far
 */
public record EpochRecord(
    String runId,
    int epoch,
    String stage,
    double learningRate,
    double trainLoss,
    long trainExamples,
    double seconds,
    double examplesPerSecond,
    double valLoss,
    double valAccuracy,
    double valMacroF1,
    double valAuc,
    double monitored,
    boolean improved) {

  /**
   * @param runId run id
   * @param epoch epoch number
   * @param stage stage name
   * @param learningRate learning rate
   * @param fit the epoch's fitting result
   * @param seconds fitting time
   * @param validation the validation result
   * @param monitored the monitored value
   * @param improved whether it improved
   * @return the row
   */
  static EpochRecord of(
      String runId,
      int epoch,
      String stage,
      double learningRate,
      TrainingLoop.EpochFit fit,
      double seconds,
      EvaluationResult validation,
      double monitored,
      boolean improved) {
    return new EpochRecord(
        runId,
        epoch,
        stage,
        learningRate,
        fit.meanLoss(),
        fit.examples(),
        seconds,
        seconds > 0 ? fit.examples() / seconds : Double.NaN,
        validation.logLoss(),
        validation.count() == 0 ? Double.NaN : validation.accuracy(),
        validation.count() == 0 ? Double.NaN : validation.macroF1(),
        validation.auc(),
        monitored,
        improved);
  }
}
