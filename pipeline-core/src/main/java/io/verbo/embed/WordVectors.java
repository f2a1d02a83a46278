package io.verbo.embed;

import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Trained or imported word vectors: tokens in rank order (most frequent first when counts are
 * known), their counts (0 = unknown, e.g. imported), and one vector per token. Lookup, cosine
 * similarity, nearest neighbours and 3CosAdd analogies run over unit-normalised copies computed
 * once on first use. Saving and loading: {@link VectorFileWriter} / {@link VectorFileReader}
 * (word2vec text and binary, GloVe text) and {@link EmbeddingArtifact} (Parquet artifacts).
 *
 * <p>Immutable and thread-safe; serializable (it can be broadcast).
 */
public final class WordVectors implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> tokens;
  private final long[] counts;
  private final float[] vectors;
  private final int dim;
  private final Map<String, Integer> index;
  private transient volatile float[] unit;

  /**
   * @param tokens tokens in rank order, unique
   * @param counts one count per token (0 = unknown)
   * @param vectors row-major vectors, {@code tokens.size() × dim} (held, not copied)
   * @param dim vector size (≥ 1)
   * @throws IllegalArgumentException on mismatched sizes or a repeated token
   */
  public WordVectors(List<String> tokens, long[] counts, float[] vectors, int dim) {
    if (dim < 1 || counts.length != tokens.size() || vectors.length != (long) tokens.size() * dim) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Cannot build word vectors: %d tokens, %d counts, %d floats for dimension %d",
          tokens.size(), counts.length, vectors.length, dim));
    }
    this.tokens = List.copyOf(tokens);
    this.counts = counts.clone();
    this.vectors = vectors;
    this.dim = dim;
    Map<String, Integer> idx = new HashMap<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      if (idx.put(tokens.get(i), i) != null) {
        throw new IllegalArgumentException("Cannot build word vectors: token repeated: " + tokens.get(i));
      }
    }
    this.index = idx;
  }

  /**
   * @param vocab the vocabulary the weights were trained with
   * @param weights trained weights
   * @return the input vectors of every vocabulary token except PAD and UNK, in vocabulary order
   */
  public static WordVectors fromWeights(Vocabulary vocab, Word2VecWeights weights) {
    int first = TrainingTables.FIRST_WORD;
    int n = vocab.size() - first;
    long[] counts = new long[n];
    for (int i = 0; i < n; i++) {
      counts[i] = vocab.count(first + i);
    }
    float[] v = Arrays.copyOfRange(weights.syn0(), first * weights.dim(), vocab.size() * weights.dim());
    return new WordVectors(vocab.tokens().subList(first, vocab.size()), counts, v, weights.dim());
  }

  /**
   * Writes these vectors in a word2vec or GloVe format ({@link VectorFileWriter}).
   *
   * @param out destination (flushed, not closed)
   * @param format a concrete format
   * @return tokens the format could not hold and that were left out
   * @throws IOException on write errors
   */
  public int save(OutputStream out, VectorFormat format) throws IOException {
    return VectorFileWriter.write(this, format, out);
  }

  /**
   * Reads vectors from a word2vec or GloVe file ({@link VectorFileReader}; bad lines are skipped,
   * use the reader directly to see them).
   *
   * @param in the file content (not closed)
   * @param format its format, or {@link VectorFormat#AUTO}
   * @return the vectors
   * @throws IOException on read errors
   */
  public static WordVectors load(InputStream in, VectorFormat format) throws IOException {
    return VectorFileReader.read(in, format).vectors();
  }

  /**
   * Loads an embeddings artifact without Spark (from its binary or text file; {@link
   * EmbeddingArtifact#readParquet} reads the Parquet table with Spark).
   *
   * @param artifactDir {@code embeddings/<name>/} on any Hadoop file system
   * @param conf Hadoop configuration
   * @return the vectors
   */
  public static WordVectors load(org.apache.hadoop.fs.Path artifactDir, org.apache.hadoop.conf.Configuration conf) {
    return EmbeddingArtifact.readPlain(artifactDir, conf);
  }

  /** @return number of tokens */
  public int size() {
    return tokens.size();
  }

  /** @return vector size */
  public int dimension() {
    return dim;
  }

  /** @return tokens in rank order (unmodifiable) */
  public List<String> tokens() {
    return tokens;
  }

  /**
   * @param i a row
   * @return its token
   */
  public String token(int i) {
    return tokens.get(i);
  }

  /**
   * @param i a row
   * @return its count (0 = unknown)
   */
  public long count(int i) {
    return counts[i];
  }

  /**
   * @param token a token (exact, case-sensitive)
   * @return its row, or -1
   */
  public int indexOf(String token) {
    Integer i = index.get(token);
    return i == null ? -1 : i;
  }

  /**
   * @param token a token
   * @return whether it has a vector
   */
  public boolean contains(String token) {
    return index.containsKey(token);
  }

  /**
   * @param token a token
   * @return a copy of its vector, if any
   */
  public Optional<float[]> vector(String token) {
    int i = indexOf(token);
    return i < 0 ? Optional.empty() : Optional.of(vector(i));
  }

  /**
   * @param i a row
   * @return a copy of its vector
   */
  public float[] vector(int i) {
    return Arrays.copyOfRange(vectors, i * dim, (i + 1) * dim);
  }

  /**
   * @param i a row
   * @param d a dimension
   * @return one component (no copy; for writers)
   */
  public float component(int i, int d) {
    return vectors[i * dim + d];
  }

  /**
   * @param a a token
   * @param b another token
   * @return their cosine similarity (0 if a vector is zero), empty if either is missing
   */
  public OptionalDouble similarity(String a, String b) {
    int i = indexOf(a);
    int j = indexOf(b);
    return i < 0 || j < 0 ? OptionalDouble.empty() : OptionalDouble.of(cosine(i, j));
  }

  /**
   * @param i a row
   * @param j another row
   * @return cosine similarity of the two rows (0 if one is zero)
   */
  public double cosine(int i, int j) {
    float[] u = unit();
    double s = 0;
    for (int d = 0; d < dim; d++) {
      s += (double) u[i * dim + d] * u[j * dim + d];
    }
    return s;
  }

  /**
   * @param token a token
   * @param k how many
   * @return its k nearest tokens by cosine, most similar first, itself excluded; empty if unknown
   */
  public List<Neighbour> nearest(String token, int k) {
    int i = indexOf(token);
    return i < 0 ? List.of() : nearest(unitRow(i), k, size(), i);
  }

  /**
   * 3CosAdd: the tokens nearest to unit(b) − unit(a) + unit(c), excluding a, b and c ("a is to b as
   * c is to ?").
   *
   * @param a first token
   * @param b second token
   * @param c third token
   * @param k how many answers
   * @return answers, best first; empty if a token is unknown
   */
  public List<Neighbour> analogy(String a, String b, String c, int k) {
    int ia = indexOf(a);
    int ib = indexOf(b);
    int ic = indexOf(c);
    if (ia < 0 || ib < 0 || ic < 0) {
      return List.of();
    }
    return nearest(combine(new int[] {ib, ic}, new int[] {ia}), k, size(), ia, ib, ic);
  }

  /**
   * The normalised mean of unit vectors, as gensim's {@code most_similar} builds its query.
   *
   * @param positive rows added
   * @param negative rows subtracted
   * @return the unit-length query (zero if the mean is zero)
   */
  public float[] combine(int[] positive, int[] negative) {
    float[] u = unit();
    double[] q = new double[dim];
    for (int r : positive) {
      for (int d = 0; d < dim; d++) {
        q[d] += u[r * dim + d];
      }
    }
    for (int r : negative) {
      for (int d = 0; d < dim; d++) {
        q[d] -= u[r * dim + d];
      }
    }
    return normalise(q);
  }

  /**
   * Brute-force cosine search (single precision dot products, as gensim's numpy code).
   *
   * @param query a query vector of this dimension (need not be unit length)
   * @param k how many
   * @param limit only rows below this are candidates (gensim's {@code restrict_vocab})
   * @param exclude rows never returned
   * @return the k rows of highest cosine, best first; ties go to the lower row
   */
  public List<Neighbour> nearest(float[] query, int k, int limit, int... exclude) {
    return CosineSearch.nearest(unit(), dim, tokens, query, k, Math.min(limit, size()), exclude);
  }

  /**
   * @param i a row
   * @return a copy of its unit-length vector (zero stays zero)
   */
  public float[] unitRow(int i) {
    return Arrays.copyOfRange(unit(), i * dim, (i + 1) * dim);
  }

  /**
   * A matrix for a model's embedding layer, aligned to {@code vocab}: the vector of each token
   * found here; PAD zero; any other missing token (UNK included) a random row from {@code seed}
   * and the token, uniform with the same variance as the components of these vectors.
   *
   * @param vocab the model's vocabulary
   * @param seed seed of the missing rows
   * @return the matrix and its coverage
   */
  public EmbeddingMatrix matrixFor(Vocabulary vocab, long seed) {
    return EmbeddingMatrix.align(this, vocab, seed);
  }

  /** @return the root mean square of all components (the scale of random rows for missing words) */
  public double componentRms() {
    double sq = 0;
    for (float x : vectors) {
      sq += (double) x * x;
    }
    return vectors.length == 0 ? 0 : Math.sqrt(sq / vectors.length);
  }

  private float[] unit() {
    float[] u = unit;
    if (u == null) {
      u = new float[vectors.length];
      double[] row = new double[dim];
      for (int i = 0; i < size(); i++) {
        for (int d = 0; d < dim; d++) {
          row[d] = vectors[i * dim + d];
        }
        System.arraycopy(normalise(row), 0, u, i * dim, dim);
      }
      unit = u;
    }
    return u;
  }

  private static float[] normalise(double[] v) {
    double n = 0;
    for (double x : v) {
      n += x * x;
    }
    float[] out = new float[v.length];
    if (n > 0) {
      double inv = 1 / Math.sqrt(n);
      for (int d = 0; d < v.length; d++) {
        out[d] = (float) (v[d] * inv);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WordVectors: numWords=%d, vectorSize=%d", size(), dim);
  }
}
