package io.verbo.embed;

import io.verbo.config.InvalidConfigException;
import java.util.List;

/**
 * What {@link EmbeddingEvaluator#evaluate} runs. Immutable.
 *
 * @param similarityFiles word-similarity files ({@code word1 word2 score}, tab or space separated)
 *     ({@code verbo.embeddings.eval.similarity})
 * @param analogyFiles analogy files in the {@code questions-words.txt} format ({@code
 *     verbo.embeddings.eval.analogy})
 * @param probes words whose nearest neighbours are reported ({@code verbo.embeddings.eval.probes})
 * @param neighbours neighbours per probe ({@code verbo.embeddings.eval.neighbours})
 * @param restrictVocab most frequent tokens considered; gensim's default is 300000 ({@code
 *     verbo.embeddings.eval.restrict-vocab})
 */
public record EvaluationRequest(
    List<String> similarityFiles, List<String> analogyFiles, List<String> probes, int neighbours, int restrictVocab) {

  /** Key prefix of the evaluation settings. */
  public static final String PREFIX = EmbeddingKeys.PREFIX + "eval.";

  /** Validates counts. */
  public EvaluationRequest {
    similarityFiles = List.copyOf(similarityFiles);
    analogyFiles = List.copyOf(analogyFiles);
    probes = List.copyOf(probes);
    if (neighbours < 1) {
      throw new InvalidConfigException(PREFIX + "neighbours", neighbours, "must be >= 1", "use 10");
    }
    if (restrictVocab < 1) {
      throw new InvalidConfigException(PREFIX + "restrict-vocab", restrictVocab, "must be >= 1",
          "use 300000 (gensim's default) to compare with gensim");
    }
  }
}
