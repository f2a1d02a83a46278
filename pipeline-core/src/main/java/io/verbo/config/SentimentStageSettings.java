package io.verbo.config;

import io.verbo.embed.EmbeddingLayout;
import io.verbo.sentiment.SentimentLayout;
import io.verbo.sentiment.SentimentSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code verbo.sentiment} section: which model to train (its run id), from which embeddings,
 * whether to resume, and the network and training settings. Driver-side only.
 *
 * @param runId model folder name under {@code RUN_ROOT/models/sentiment/}
 * @param embeddings name of a run embedding table to initialise from; empty for random init
 * @param resume continue from the last checkpoint
 * @param settings encoding, network, training and distribution settings
 */
public record SentimentStageSettings(
    String runId, String embeddings, boolean resume, SentimentSettings settings) {
  /** Config key of the run id. */
  public static final String RUN_ID = "verbo.sentiment.run-id";
  /** Config key of the embedding table. */
  public static final String EMBEDDINGS = "verbo.sentiment.embeddings";
  /** Config key of resume. */
  public static final String RESUME = "verbo.sentiment.resume";

  /** Validates names. */
  public SentimentStageSettings {
    try {
      SentimentLayout.checkRunId(runId);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(RUN_ID, runId, "is not a plain folder name", "use e.g. lstm-2026-11-26");
    }
    embeddings = embeddings == null ? "" : embeddings.trim();
    if (!embeddings.isEmpty()) {
      EmbeddingLayout.checkName(embeddings);
    }
    Objects.requireNonNull(settings, "settings");
  }

  /** @return the embedding table to initialise from, if any */
  public Optional<String> embeddingsOpt() {
    return embeddings.isEmpty() ? Optional.empty() : Optional.of(embeddings);
  }
}
