package io.verbo.embed;

/**
 * Word-similarity evaluation on one file, with gensim's {@code evaluate_word_pairs} semantics.
 * Immutable.
 *
 * @param dataset file name
 * @param pairs valid pairs read (used + oov)
 * @param used pairs with both words in the restricted vocabulary
 * @param oov pairs skipped because a word is missing
 * @param invalidLines lines that are not {@code word word number} (and not comments)
 * @param spearman Spearman's rho between gold scores and cosine similarities (NaN if none used)
 * @param pearson Pearson's r of the same
 */
public record SimilarityScore(String dataset, int pairs, int used, int oov, int invalidLines, double spearman, double pearson) {

  /** @return OOV pairs as a percentage of valid pairs, as gensim reports it */
  public double oovPercent() {
    return pairs == 0 ? 0 : 100.0 * oov / pairs;
  }
}
