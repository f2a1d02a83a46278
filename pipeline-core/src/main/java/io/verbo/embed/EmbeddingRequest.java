package io.verbo.embed;

import io.verbo.config.InvalidConfigException;
import io.verbo.store.RunLayout;
import java.util.List;
import java.util.Objects;

/**
 * What {@link EmbeddingService#train} does: train on a run's tokens and vocabulary and commit
 * {@code embeddings/<name>/}. Driver-side; not meant to be serialized.
 *
 * @param layout the run (tokens and vocabulary are read from it, the artifact written into it)
 * @param name artifact name ({@code verbo.embeddings.name})
 * @param settings hyperparameters
 * @param splits splits of the tokens dataset to train on ({@code verbo.embeddings.splits}); empty =
 *     all
 * @param formats vector files written besides Parquet ({@code verbo.embeddings.formats})
 * @param config the whole configuration record, stored as provenance in {@code _metadata.json}
 */
public record EmbeddingRequest(
    RunLayout layout, String name, Word2VecSettings settings, List<String> splits, List<VectorFormat> formats, Object config) {

  /** Validates names and formats. */
  public EmbeddingRequest {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(settings, "settings");
    EmbeddingLayout.checkName(name);
    splits = List.copyOf(splits);
    formats = List.copyOf(formats);
    checkFormats(formats);
  }

  /**
   * @param formats requested output formats
   * @throws InvalidConfigException if one is {@link VectorFormat#AUTO} or repeated
   */
  static void checkFormats(List<VectorFormat> formats) {
    if (formats.contains(VectorFormat.AUTO) || formats.stream().distinct().count() != formats.size()) {
      throw new InvalidConfigException(EmbeddingKeys.FORMATS, formats.toString(),
          "must list distinct output formats", "use any of word2vec-text, word2vec-binary, glove-text (auto is for reading)");
    }
  }
}
