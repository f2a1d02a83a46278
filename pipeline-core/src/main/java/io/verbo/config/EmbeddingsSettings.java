package io.verbo.config;

import io.verbo.embed.EmbeddingLayout;
import io.verbo.embed.EvaluationRequest;
import io.verbo.embed.VectorFormat;
import io.verbo.embed.Word2VecSettings;
import java.util.List;
import java.util.Objects;

/**
 * The {@code verbo.embeddings} section: what to train, where, in which formats, and how to
 * evaluate or import. Driver-side only.
 *
 * @param name folder name under {@code RUN_ROOT/embeddings/}
 * @param word2vec training hyperparameters (serializable, sent to executors)
 * @param splits splits whose documents train the embeddings (empty: all)
 * @param formats vector files written beside the Parquet table
 * @param evaluation similarity/analogy files, probes and vocabulary restriction
 * @param importPath pretrained vectors for {@code import-embeddings} (empty: none configured)
 * @param importFormat their format ({@code auto} detects it)
 */
public record EmbeddingsSettings(
    String name,
    Word2VecSettings word2vec,
    List<String> splits,
    List<VectorFormat> formats,
    EvaluationRequest evaluation,
    String importPath,
    VectorFormat importFormat) {

  /** Validates names, splits and formats. */
  public EmbeddingsSettings {
    EmbeddingLayout.checkName(name);
    Objects.requireNonNull(word2vec, "word2vec");
    splits = List.copyOf(splits);
    for (String split : splits) {
      if (!Split.isKnown(split)) {
        throw new InvalidConfigException(
            ConfigKeys.EMBEDDINGS_SPLITS, split, "is not a split", "use any of " + Split.names() + ", or [] for all");
      }
    }
    formats = List.copyOf(formats);
    if (formats.contains(VectorFormat.AUTO)) {
      throw new InvalidConfigException(
          ConfigKeys.EMBEDDINGS_FORMATS, "auto", "is for reading only", "list word2vec-text, word2vec-binary or glove-text");
    }
    importPath = importPath == null ? "" : importPath.trim();
    Objects.requireNonNull(importFormat, "importFormat");
  }
}
