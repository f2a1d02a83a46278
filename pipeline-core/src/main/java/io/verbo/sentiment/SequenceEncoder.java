package io.verbo.sentiment;

import io.verbo.vocab.Vocabulary;
import java.util.List;
import java.util.Objects;

/**
 * Turns a token sequence into vocabulary ids, the way both training and prediction see it: unknown
 * tokens map to {@link Vocabulary#UNK_INDEX}, sequences longer than {@code maxLen} are truncated at
 * the configured end, and an empty sequence becomes a single UNK, so every sequence has at least
 * one real step (a fully masked sequence has no last step to classify).
 *
 * <p>Never produces {@link Vocabulary#PAD_INDEX} for a real token: PAD only appears as padding.
 * Immutable and thread-safe; not serializable on purpose (build one per partition from a broadcast
 * vocabulary).
 */
public final class SequenceEncoder {
  private final Vocabulary vocabulary;
  private final int maxLen;
  private final Truncation truncation;

  /**
   * @param vocabulary the vocabulary (PAD at 0, UNK at 1)
   * @param encoding maximum length and truncation side
   */
  public SequenceEncoder(Vocabulary vocabulary, EncodingSettings encoding) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.maxLen = encoding.maxLen();
    this.truncation = encoding.truncation();
  }

  /**
   * @param tokens the tokens of one document, in order ({@code null} counts as empty)
   * @return ids, {@code 1 <= length <= maxLen}; the PAD token itself, if it occurs in the text, is
   *     encoded as UNK
   */
  public int[] encode(List<String> tokens) {
    int n = tokens == null ? 0 : tokens.size();
    if (n == 0) {
      return new int[] {Vocabulary.UNK_INDEX};
    }
    int len = Math.min(n, maxLen);
    int from = truncation == Truncation.TAIL ? n - len : 0;
    int[] ids = new int[len];
    for (int i = 0; i < len; i++) {
      int id = vocabulary.indexOf(tokens.get(from + i));
      ids[i] = id == Vocabulary.PAD_INDEX ? Vocabulary.UNK_INDEX : id;
    }
    return ids;
  }

  /**
   * @return the maximum sequence length
   */
  public int maxLen() {
    return maxLen;
  }

  /**
   * @return the vocabulary
   */
  public Vocabulary vocabulary() {
    return vocabulary;
  }
}
