package io.verbo.embed;

import io.verbo.vocab.Vocabulary;
import java.io.Serializable;

/**
 * The read-only lookup tables a kernel needs, built once on the driver from the vocabulary counts
 * and broadcast once per training run: subsampling keep thresholds, the unigram^0.75 negative
 * sampling table and (for hierarchical softmax) the Huffman codes. Immutable; serializable.
 *
 * <p>The negative-sampling table is an alias table (Walker/Vose) rather than word2vec.c's 10^8-entry
 * array: it draws from exactly the same count^0.75 distribution in O(1) with two random numbers, and
 * takes 8 bytes per word instead of 400 MB, so it fits in cache and costs nothing to broadcast.
 */
public final class TrainingTables implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Index of the first trained word (after PAD and UNK). */
  public static final int FIRST_WORD = 2;
  /** Fixed-point scale of the probability thresholds (24 random bits). */
  public static final int ONE = 1 << 24;

  private final int vocabSize;
  private final long trainWords;
  private final int[] keepThreshold;
  private final int[] aliasThreshold;
  private final int[] alias;
  private final HuffmanCodes huffman;

  private TrainingTables(
      int vocabSize, long trainWords, int[] keep, int[] aliasThreshold, int[] alias, HuffmanCodes huffman) {
    this.vocabSize = vocabSize;
    this.trainWords = trainWords;
    this.keepThreshold = keep;
    this.aliasThreshold = aliasThreshold;
    this.alias = alias;
    this.huffman = huffman;
  }

  /**
   * @param vocab the vocabulary (counts are the training frequencies; PAD and UNK are skipped)
   * @param settings sample, negative and hierarchical-softmax settings
   * @return the tables
   * @throws IllegalArgumentException if the vocabulary has no word besides PAD and UNK
   */
  public static TrainingTables build(Vocabulary vocab, Word2VecSettings settings) {
    int v = vocab.size();
    int n = v - FIRST_WORD;
    if (n < 1) {
      throw new IllegalArgumentException(
          "Cannot train embeddings: the vocabulary has no token besides PAD and UNK. Lower verbo.vocab.min-count"
              + " or check that the tokens dataset is not empty");
    }
    long[] counts = new long[v];
    long total = 0;
    for (int i = FIRST_WORD; i < v; i++) {
      counts[i] = Math.max(1, vocab.count(i));
      total += counts[i];
    }
    int[] keep = new int[v];
    double threshold = settings.sample() * total;
    for (int i = 0; i < v; i++) {
      if (threshold <= 0 || i < FIRST_WORD) {
        keep[i] = ONE;
      } else {
        double f = counts[i];
        double p = (Math.sqrt(f / threshold) + 1) * threshold / f;
        keep[i] = p >= 1 ? ONE : (int) Math.round(p * ONE);
      }
    }
    int[] aliasThreshold = null;
    int[] alias = null;
    if (settings.negative() > 0) {
      aliasThreshold = new int[n];
      alias = new int[n];
      buildAlias(counts, aliasThreshold, alias);
    }
    HuffmanCodes huffman = settings.hierarchicalSoftmax() ? HuffmanCodes.build(counts, FIRST_WORD) : null;
    return new TrainingTables(v, total, keep, aliasThreshold, alias, huffman);
  }

  /** Vose's alias method over count^0.75 of the trained words; deterministic for given counts. */
  private static void buildAlias(long[] counts, int[] threshold, int[] alias) {
    int n = threshold.length;
    double[] p = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      p[i] = Math.pow(counts[FIRST_WORD + i], 0.75);
      sum += p[i];
    }
    int[] small = new int[n];
    int[] large = new int[n];
    int ns = 0;
    int nl = 0;
    for (int i = n - 1; i >= 0; i--) {
      p[i] = p[i] * n / sum;
      if (p[i] < 1) {
        small[ns++] = i;
      } else {
        large[nl++] = i;
      }
    }
    while (ns > 0 && nl > 0) {
      int s = small[--ns];
      int l = large[--nl];
      threshold[s] = (int) Math.round(p[s] * ONE);
      alias[s] = FIRST_WORD + l;
      p[l] = (p[l] + p[s]) - 1;
      if (p[l] < 1) {
        small[ns++] = l;
      } else {
        large[nl++] = l;
      }
    }
    // Leftovers have probability 1 up to rounding.
    while (nl > 0) {
      int l = large[--nl];
      threshold[l] = ONE;
      alias[l] = FIRST_WORD + l;
    }
    while (ns > 0) {
      int s = small[--ns];
      threshold[s] = ONE;
      alias[s] = FIRST_WORD + s;
    }
  }

  /** @return vocabulary size (rows of the weight matrices) */
  public int vocabSize() {
    return vocabSize;
  }

  /** @return number of trained words (vocabulary size minus PAD and UNK) */
  public int trainedWords() {
    return vocabSize - FIRST_WORD;
  }

  /** @return sum of the trained words' counts (the subsampling denominator) */
  public long trainWords() {
    return trainWords;
  }

  /**
   * @return per vocabulary index, the probability of keeping an occurrence, in units of 1/{@link
   *     #ONE}: keep when 24 random bits are below it
   */
  public int[] keepThreshold() {
    return keepThreshold;
  }

  /**
   * @return alias-table acceptance thresholds per bucket (bucket k is word {@code FIRST_WORD + k}),
   *     in units of 1/{@link #ONE}; null without negative sampling
   */
  public int[] aliasThreshold() {
    return aliasThreshold;
  }

  /** @return alias-table alternatives per bucket (vocabulary indices); null without negative sampling */
  public int[] alias() {
    return alias;
  }

  /** @return the Huffman codes, or null without hierarchical softmax */
  public HuffmanCodes huffman() {
    return huffman;
  }

  /**
   * Draws one negative sample (the kernels inline the same arithmetic).
   *
   * @param r1 64 random bits choosing the bucket (top 32 bits used)
   * @param r2 64 random bits choosing bucket or alias (top 24 bits used)
   * @return a vocabulary index, never PAD or UNK
   */
  public int sampleNegative(long r1, long r2) {
    int k = (int) (((r1 >>> 32) * aliasThreshold.length) >>> 32);
    return (int) (r2 >>> 40) < aliasThreshold[k] ? FIRST_WORD + k : alias[k];
  }
}
