package io.verbo.config;

import io.verbo.gpu.GpuSettings;
import io.verbo.text.TokenizerOptions;
import java.util.Objects;

/**
 * The whole, validated configuration of a Verbo run. Built once on the driver by {@link
 * ConfigLoader}; immutable. Its parts that executors need ({@link InputSettings}, {@link
 * LabelSettings}, {@link TokenizerOptions}, {@link SplitSettings}) are serializable; this record as
 * a whole is driver-side and is serialized only as JSON into {@code _metadata.json}.
 *
 * @param run where artifacts go
 * @param spark how the SparkSession is built
 * @param input the corpus
 * @param labels label mapping
 * @param tokenizer tokenizer options
 * @param output what the tokenize stage keeps
 * @param split train/validation/test fractions
 * @param vocab vocabulary settings
 * @param embeddings embedding training, import and evaluation
 * @param sentiment sentiment model training
 * @param pipeline stages of {@code verbo pipeline}
 * @param retrain champion/challenger retraining of {@code verbo retrain}
 * @param gpu what training does on GPUs the ND4J CUDA build does not support
 */
public record VerboConfig(
    RunSettings run,
    SparkSettings spark,
    InputSettings input,
    LabelSettings labels,
    TokenizerOptions tokenizer,
    OutputSettings output,
    SplitSettings split,
    VocabSettings vocab,
    EmbeddingsSettings embeddings,
    SentimentStageSettings sentiment,
    PipelineSettings pipeline,
    RetrainSettings retrain,
    GpuSettings gpu) {

  /** Checks that no part is missing. */
  public VerboConfig {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(vocab, "vocab");
    Objects.requireNonNull(embeddings, "embeddings");
    Objects.requireNonNull(sentiment, "sentiment");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(retrain, "retrain");
    Objects.requireNonNull(gpu, "gpu");
  }
}
