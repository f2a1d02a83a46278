package io.verbo.vocab;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable token vocabulary. Index 0 is the padding token and index 1 the unknown token; the
 * other tokens follow in descending count, ties broken by ascending token (code-point order), so
 * the same corpus always gives the same indices. Thread-safe; serializable so it can be broadcast.
 */
public final class Vocabulary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Index of the padding token. */
  public static final int PAD_INDEX = 0;
  /** Index of the unknown token. */
  public static final int UNK_INDEX = 1;

  private final List<String> tokens;
  private final long[] counts;
  private final long[] docFreqs;
  private final Map<String, Integer> index;

  /**
   * @param tokens tokens in index order; {@code tokens[0]} is PAD and {@code tokens[1]} UNK
   * @param counts occurrences per token (0 for PAD and UNK)
   * @param docFreqs documents containing each token (0 for PAD and UNK)
   * @throws IllegalArgumentException if sizes differ, fewer than 2 tokens, or a token repeats
   */
  public Vocabulary(List<String> tokens, long[] counts, long[] docFreqs) {
    if (tokens.size() < 2 || counts.length != tokens.size() || docFreqs.length != tokens.size()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot build vocabulary: need PAD and UNK and equal sizes, got %d tokens, %d counts, %d doc freqs",
              tokens.size(),
              counts.length,
              docFreqs.length));
    }
    this.tokens = List.copyOf(tokens);
    this.counts = counts.clone();
    this.docFreqs = docFreqs.clone();
    Map<String, Integer> idx = new HashMap<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      if (idx.put(tokens.get(i), i) != null) {
        throw new IllegalArgumentException("Cannot build vocabulary: token repeated: " + tokens.get(i));
      }
    }
    this.index = idx;
  }

  /** @return number of entries, PAD and UNK included */
  public int size() {
    return tokens.size();
  }

  /** @return the padding token */
  public String padToken() {
    return tokens.get(PAD_INDEX);
  }

  /** @return the unknown token */
  public String unkToken() {
    return tokens.get(UNK_INDEX);
  }

  /**
   * @param i an index in [0, size)
   * @return the token at that index
   */
  public String token(int i) {
    return tokens.get(i);
  }

  /**
   * @param i an index
   * @return its corpus count
   */
  public long count(int i) {
    return counts[i];
  }

  /**
   * @param i an index
   * @return the number of documents containing it
   */
  public long docFreq(int i) {
    return docFreqs[i];
  }

  /**
   * @param token a token
   * @return whether it has its own index (PAD and UNK included)
   */
  public boolean contains(String token) {
    return index.containsKey(token);
  }

  /**
   * @param token a token
   * @return its index, or {@link #UNK_INDEX} when it is not in the vocabulary
   */
  public int indexOf(String token) {
    Integer i = index.get(token);
    return i == null ? UNK_INDEX : i;
  }

  /**
   * @param tokens a token sequence
   * @return the indices, same length and order; unknown tokens map to {@link #UNK_INDEX}
   */
  public int[] encode(List<String> tokens) {
    int[] ids = new int[tokens.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = indexOf(tokens.get(i));
    }
    return ids;
  }

  /** @return the tokens in index order (unmodifiable) */
  public List<String> tokens() {
    return tokens;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "Vocabulary: size=%d, pad=%s, unk=%s", size(), padToken(), unkToken());
  }
}
