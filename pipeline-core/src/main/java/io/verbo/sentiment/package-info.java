/**
 * Sentiment classification: Embedding → LSTM → softmax trained with DL4J, on Spark with parameter
 * averaging or in one JVM, and the model people use afterwards.
 *
 * <p>Plain Java (no Spark): the settings records ({@link io.verbo.sentiment.SentimentSettings} and
 * its parts, keys {@code verbo.sentiment.*}), {@link io.verbo.sentiment.SequenceEncoder}, {@link
 * io.verbo.sentiment.Buckets}, {@link io.verbo.sentiment.BatchBuilder}, {@link
 * io.verbo.sentiment.SentimentNetwork}, the epoch loop with early stopping and checkpoints, {@link
 * io.verbo.sentiment.LocalSentimentTrainer} and {@link io.verbo.sentiment.SentimentModel} (load and
 * predict without Spark or Hadoop).
 *
 * <p>Spark: {@link io.verbo.sentiment.SentimentTrainer} (minibatches built on the executors, {@code
 * SparkDl4jMultiLayer} + {@code ParameterAveragingTrainingMaster}), {@link
 * io.verbo.sentiment.BatchScorer} (one model per executor), {@link
 * io.verbo.sentiment.SentimentReports}, and {@link io.verbo.sentiment.SparkTrainingEnvironment}
 * (the Spark and JVM settings DL4J needs at session start). See {@code docs/sentiment.md}.
 */
package io.verbo.sentiment;
