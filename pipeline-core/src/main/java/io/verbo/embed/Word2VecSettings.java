package io.verbo.embed;

import io.verbo.config.InvalidConfigException;
import java.io.Serializable;
import java.util.Locale;

/**
 * Hyperparameters of distributed Word2Vec training. Immutable and serializable (it is shipped to
 * executors); every value is checked in the compact constructor and a bad one fails with an {@link
 * InvalidConfigException} naming its {@code verbo.embeddings.*} key. The minimum count is not here:
 * it is the vocabulary's job ({@code verbo.vocab.min-count}); training uses the vocabulary as given
 * minus PAD and UNK.
 *
 * @param architecture skip-gram or CBOW
 * @param vectorSize dimension of the vectors
 * @param window maximum context radius; each centre word draws its radius uniformly from [1, window]
 * @param negative negative samples per positive example, drawn from the unigram^0.75 distribution
 *     (0 = no negative sampling, then hierarchical softmax must be on)
 * @param hierarchicalSoftmax also (or only) train a hierarchical softmax over a Huffman tree
 * @param sample subsampling threshold t: a word of frequency f is kept with probability
 *     (sqrt(f/t)+1)·t/f (word2vec.c's formula); 0 keeps every word
 * @param alpha learning rate at the start of the run
 * @param minAlpha learning rate reached at the end of the run (linear decay over all words of all
 *     epochs, carried across averaging rounds)
 * @param epochs passes over the corpus
 * @param roundsPerEpoch averaging rounds per epoch: in round r a partition trains on its sentences
 *     whose position modulo roundsPerEpoch is r
 * @param numPartitions training partitions; 0 = as many as the tokens dataset has
 * @param aggregationDepth depth of the treeAggregate that sums the partitions' weights (≥ 1)
 * @param seed seed of initialisation, partitioning, window, subsampling and negative draws
 * @param maxSentenceLength longer documents are cut into pieces of this many words (gensim: 10000)
 */
public record Word2VecSettings(
    Word2VecArchitecture architecture,
    int vectorSize,
    int window,
    int negative,
    boolean hierarchicalSoftmax,
    double sample,
    double alpha,
    double minAlpha,
    int epochs,
    int roundsPerEpoch,
    int numPartitions,
    int aggregationDepth,
    long seed,
    int maxSentenceLength)
    implements Serializable {

  /** Largest supported vector size (beyond it the per-word scratch buffers stop being small). */
  public static final int MAX_VECTOR_SIZE = 10_000;

  /** Validates every field. */
  public Word2VecSettings {
    if (architecture == null) {
      throw new InvalidConfigException(EmbeddingKeys.ARCHITECTURE, null, "is missing", "use skip-gram or cbow");
    }
    atLeast(EmbeddingKeys.VECTOR_SIZE, vectorSize, 1);
    atMost(EmbeddingKeys.VECTOR_SIZE, vectorSize, MAX_VECTOR_SIZE);
    atLeast(EmbeddingKeys.WINDOW, window, 1);
    atLeast(EmbeddingKeys.NEGATIVE, negative, 0);
    atMost(EmbeddingKeys.NEGATIVE, negative, 100);
    if (negative == 0 && !hierarchicalSoftmax) {
      throw new InvalidConfigException(
          EmbeddingKeys.NEGATIVE,
          negative,
          "is 0 while " + EmbeddingKeys.HIERARCHICAL_SOFTMAX + " is false, so nothing would be trained",
          "set " + EmbeddingKeys.NEGATIVE + " to 5 (typical) or " + EmbeddingKeys.HIERARCHICAL_SOFTMAX + " = true");
    }
    if (!(sample >= 0 && sample < 1)) {
      throw new InvalidConfigException(
          EmbeddingKeys.SAMPLE, sample, "must be in [0, 1)", "use 1e-3 (gensim's default), 1e-5 for large corpora, or 0 to keep every word");
    }
    if (!(alpha > 0 && alpha <= 1)) {
      throw new InvalidConfigException(EmbeddingKeys.ALPHA, alpha, "must be in (0, 1]", "use 0.025 for skip-gram or 0.05 for CBOW");
    }
    if (!(minAlpha >= 0 && minAlpha <= alpha)) {
      throw new InvalidConfigException(
          EmbeddingKeys.MIN_ALPHA,
          minAlpha,
          String.format(Locale.ROOT, "must be in [0, %s] (the value of %s)", alpha, EmbeddingKeys.ALPHA),
          "use 0.0001");
    }
    atLeast(EmbeddingKeys.EPOCHS, epochs, 1);
    atLeast(EmbeddingKeys.ROUNDS_PER_EPOCH, roundsPerEpoch, 1);
    atLeast(EmbeddingKeys.NUM_PARTITIONS, numPartitions, 0);
    atLeast(EmbeddingKeys.AGGREGATION_DEPTH, aggregationDepth, 1);
    atLeast(EmbeddingKeys.MAX_SENTENCE_LENGTH, maxSentenceLength, 2);
  }

  /**
   * @return skip-gram, 100 dimensions, window 5, 5 negatives, sample 1e-3, alpha 0.025 → 0.0001,
   *     5 epochs, 1 round per epoch, input partitions, depth 2, seed 1, sentences cut at 10000 words
   *     (gensim's defaults where gensim has one)
   */
  public static Word2VecSettings defaults() {
    return new Word2VecSettings(
        Word2VecArchitecture.SKIP_GRAM, 100, 5, 5, false, 1e-3, 0.025, 0.0001, 5, 1, 0, 2, 1L, 10_000);
  }

  /** @return how many weight matrices are trained (input vectors plus one or two output layers) */
  public int matrices() {
    return 1 + (negative > 0 ? 1 : 0) + (hierarchicalSoftmax ? 1 : 0);
  }

  /**
   * @param epochs new epoch count
   * @return a copy with that many epochs
   */
  public Word2VecSettings withEpochs(int epochs) {
    return new Word2VecSettings(architecture, vectorSize, window, negative, hierarchicalSoftmax, sample,
        alpha, minAlpha, epochs, roundsPerEpoch, numPartitions, aggregationDepth, seed, maxSentenceLength);
  }

  /**
   * @param numPartitions new partition count (0 = input partitions)
   * @param roundsPerEpoch new rounds per epoch
   * @return a copy with that distribution
   */
  public Word2VecSettings withDistribution(int numPartitions, int roundsPerEpoch) {
    return new Word2VecSettings(architecture, vectorSize, window, negative, hierarchicalSoftmax, sample,
        alpha, minAlpha, epochs, roundsPerEpoch, numPartitions, aggregationDepth, seed, maxSentenceLength);
  }

  private static void atLeast(String key, long value, long min) {
    if (value < min) {
      throw new InvalidConfigException(key, value, "must be >= " + min, "set " + key + " to " + min + " or more");
    }
  }

  private static void atMost(String key, long value, long max) {
    if (value > max) {
      throw new InvalidConfigException(key, value, "must be <= " + max, "set " + key + " to " + max + " or less");
    }
  }
}
