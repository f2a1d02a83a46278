package io.verbo.sentiment;

import io.verbo.store.RunLayout;
import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * What {@link SentimentTrainer#train} trains. Driver-side only; not meant to be serialized.
 *
 * @param runId training run id: the folder name under {@code models/sentiment/}
 * @param layout the run layout (model, checkpoints and reports go under its root)
 * @param tokens the tokens dataset to read (usually {@link RunLayout#tokens()})
 * @param vocabulary the vocabulary
 * @param vectors pretrained embedding rows by vocabulary index ({@code null} row: no vector)
 * @param labels class names in output order; empty: the sorted distinct labels of the train split
 * @param tokenizer the tokenizer options the tokens dataset was made with (saved with the model)
 * @param settings the sentiment settings
 * @param resume continue from the newest checkpoint of this run id
 * @param provenance the full configuration record for {@code _metadata.json} ({@code null}: the
 *     settings)
 * @param listener called after each epoch
 * @param warmStart a network to continue training instead of a fresh one ({@code null}: fresh),
 *     prepared by {@link WarmStart#network}; ignored when resuming from a checkpoint
 */
public record SentimentTrainRequest(
    String runId,
    RunLayout layout,
    Path tokens,
    Vocabulary vocabulary,
    Optional<float[][]> vectors,
    List<String> labels,
    TokenizerOptions tokenizer,
    SentimentSettings settings,
    boolean resume,
    Object provenance,
    EpochListener listener,
    MultiLayerNetwork warmStart) {

  /** Checks required parts. */
  public SentimentTrainRequest {
    SentimentLayout.checkRunId(runId);
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(vectors, "vectors");
    labels = List.copyOf(labels);
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(settings, "settings");
    listener = listener == null ? EpochListener.NONE : listener;
  }

  /**
   * A request that trains a fresh network.
   *
   * @param runId training run id
   * @param layout the run layout
   * @param tokens the tokens dataset
   * @param vocabulary the vocabulary
   * @param vectors pretrained embedding rows
   * @param labels class names in output order
   * @param tokenizer the tokenizer options
   * @param settings the sentiment settings
   * @param resume continue from the newest checkpoint
   * @param provenance the configuration record for {@code _metadata.json}
   * @param listener called after each epoch
   */
  public SentimentTrainRequest(
      String runId,
      RunLayout layout,
      Path tokens,
      Vocabulary vocabulary,
      Optional<float[][]> vectors,
      List<String> labels,
      TokenizerOptions tokenizer,
      SentimentSettings settings,
      boolean resume,
      Object provenance,
      EpochListener listener) {
    this(runId, layout, tokens, vocabulary, vectors, labels, tokenizer, settings, resume,
        provenance, listener, null);
  }
}
