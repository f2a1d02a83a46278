package io.verbo.sentiment;

import io.verbo.eval.EvaluationResult;
import io.verbo.eval.MetricRow;
import java.util.List;
import org.apache.hadoop.fs.Path;

/**
 * What a training run produced.
 *
 * @param model the best model (also saved at {@code modelDir})
 * @param modelDir the committed model folder
 * @param reportsDir the committed reports folder
 * @param state the final training state (curve, epochs, best epoch)
 * @param validation the best model's validation metrics
 * @param test the best model's test metrics
 * @param metrics validation and test metrics as report rows
 * @param trainingApproach DL4J's approach used and why
 * @param trainExamples labelled training documents
 */
public record SentimentTrainResult(
    SentimentModel model,
    Path modelDir,
    Path reportsDir,
    TrainingState state,
    EvaluationResult validation,
    EvaluationResult test,
    List<MetricRow> metrics,
    String trainingApproach,
    long trainExamples) {}
