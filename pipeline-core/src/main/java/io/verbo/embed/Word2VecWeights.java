package io.verbo.embed;

import io.verbo.corpus.StableHash;
import io.verbo.vocab.Vocabulary;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The trainable state of Word2Vec as flat row-major float arrays, one row per vocabulary index
 * (rows of PAD and UNK exist but are never trained): input vectors {@code syn0}, negative-sampling
 * output weights {@code syn1neg} and hierarchical-softmax output weights {@code syn1} (inner nodes
 * of the Huffman tree; only the first {@code trainingWords - 1} rows are used).
 *
 * <p>Mutable on purpose: a {@link Word2VecKernel} updates the arrays in place, so the accessors
 * return the live arrays, not copies. Not thread-safe. Serializable (broadcast to executors and
 * returned from them).
 */
public final class Word2VecWeights implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Largest number of floats in one matrix (Java arrays are int-indexed). */
  public static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8L;

  private final int rows;
  private final int dim;
  private final float[] syn0;
  private final float[] syn1neg;
  private final float[] syn1;

  /**
   * @param rows rows of every matrix
   * @param dim vector size
   * @param syn0 input vectors, {@code rows × dim}
   * @param syn1neg negative-sampling output weights, {@code rows × dim}, or null
   * @param syn1 hierarchical-softmax output weights, {@code rows × dim}, or null
   * @throws IllegalArgumentException if a matrix has the wrong length
   */
  public Word2VecWeights(int rows, int dim, float[] syn0, float[] syn1neg, float[] syn1) {
    long n = (long) rows * dim;
    for (float[] m : new float[][] {syn0, syn1neg, syn1}) {
      if (m != null && m.length != n) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "Cannot use weights: matrix of %d floats, expected %d x %d", m.length, rows, dim));
      }
    }
    if (syn0 == null) {
      throw new IllegalArgumentException("Cannot use weights: syn0 is required");
    }
    this.rows = rows;
    this.dim = dim;
    this.syn0 = syn0;
    this.syn1neg = syn1neg;
    this.syn1 = syn1;
  }

  /**
   * The deterministic starting point: the input vector of a token depends only on the seed and the
   * token's text (so every partition, and every run with another vocabulary order, starts the
   * token from the same vector); components are uniform in [-0.5/dim, 0.5/dim) as in word2vec.c.
   * PAD, UNK and every output weight start at zero.
   *
   * @param vocab the vocabulary
   * @param settings the settings (vector size, which output layers, seed)
   * @return fresh weights
   * @throws IllegalArgumentException if {@code vocab.size() × vectorSize} exceeds {@link
   *     #MAX_ELEMENTS}
   */
  public static Word2VecWeights initialize(Vocabulary vocab, Word2VecSettings settings) {
    int dim = settings.vectorSize();
    checkSize(vocab.size(), dim);
    List<String> tokens = vocab.tokens();
    float[] syn0 = new float[vocab.size() * dim];
    for (int i = 2; i < tokens.size(); i++) {
      initialVector(tokens.get(i), settings.seed(), syn0, i * dim, dim);
    }
    int n = vocab.size() * dim;
    return new Word2VecWeights(
        vocab.size(),
        dim,
        syn0,
        settings.negative() > 0 ? new float[n] : null,
        settings.hierarchicalSoftmax() ? new float[n] : null);
  }

  /**
   * Writes the initial vector of one token.
   *
   * @param token the token
   * @param seed the training seed
   * @param out destination array
   * @param offset first index written
   * @param dim vector size
   */
  public static void initialVector(String token, long seed, float[] out, int offset, int dim) {
    StableHash.SplitMix rng = new StableHash.SplitMix(StableHash.hash64(token) ^ StableHash.mix(seed));
    for (int d = 0; d < dim; d++) {
      out[offset + d] = (rng.nextFloat() - 0.5f) / dim;
    }
  }

  /**
   * @param rows vocabulary size
   * @param dim vector size
   * @throws IllegalArgumentException if one matrix would not fit a Java array
   */
  public static void checkSize(long rows, int dim) {
    if (rows * dim > MAX_ELEMENTS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot train %d words x %d dimensions: a matrix of %d floats exceeds the %d a Java array holds."
                  + " Lower %s, or shrink the vocabulary with verbo.vocab.max-size / verbo.vocab.min-count",
              rows, dim, rows * dim, MAX_ELEMENTS, EmbeddingKeys.VECTOR_SIZE));
    }
  }

  /** @return a deep copy (a working copy for a task; the broadcast value must never be mutated) */
  public Word2VecWeights copy() {
    return new Word2VecWeights(
        rows, dim, syn0.clone(), syn1neg == null ? null : syn1neg.clone(), syn1 == null ? null : syn1.clone());
  }

  /** @return rows of every matrix (the vocabulary size) */
  public int rows() {
    return rows;
  }

  /** @return vector size */
  public int dim() {
    return dim;
  }

  /** @return the live input vectors */
  public float[] syn0() {
    return syn0;
  }

  /** @return the live negative-sampling output weights, or null */
  public float[] syn1neg() {
    return syn1neg;
  }

  /** @return the live hierarchical-softmax output weights, or null */
  public float[] syn1() {
    return syn1;
  }

  /** @return the non-null matrices in a fixed order (syn0, syn1neg, syn1) */
  public float[][] matrices() {
    if (syn1neg != null && syn1 != null) {
      return new float[][] {syn0, syn1neg, syn1};
    }
    if (syn1neg != null) {
      return new float[][] {syn0, syn1neg};
    }
    return syn1 != null ? new float[][] {syn0, syn1} : new float[][] {syn0};
  }

  /**
   * @param matrices arrays in the order of {@link #matrices()}
   * @return weights of the same shape holding those arrays
   */
  public Word2VecWeights withMatrices(float[][] matrices) {
    int i = 0;
    float[] s0 = matrices[i++];
    float[] s1n = syn1neg != null ? matrices[i++] : null;
    float[] s1 = syn1 != null ? matrices[i] : null;
    return new Word2VecWeights(rows, dim, s0, s1n, s1);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Word2VecWeights: rows=%d, dim=%d, matrices=%d", rows, dim, matrices().length);
  }
}
