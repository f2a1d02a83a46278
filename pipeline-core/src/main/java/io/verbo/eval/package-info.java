/**
 * Classification metrics as plain immutable values: {@link io.verbo.eval.ConfusionMatrix}, the pure
 * formulas of {@link io.verbo.eval.ClassificationMetrics} and {@link io.verbo.eval.RocAuc}, the
 * mergeable {@link io.verbo.eval.ClassificationAccumulator} that executors fill, the {@link
 * io.verbo.eval.EvaluationResult} it produces, and the report rows ({@link
 * io.verbo.eval.MetricRow}, {@link io.verbo.eval.ConfusionCell}) that jobs write.
 *
 * <p>No Spark and no DL4J in this package: evaluators return values and never print them.
 */
package io.verbo.eval;
