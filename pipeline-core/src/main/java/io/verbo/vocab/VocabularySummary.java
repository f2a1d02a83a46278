package io.verbo.vocab;

import java.util.Locale;

/**
 * What the vocabulary stage did.
 *
 * @param size vocabulary size, PAD and UNK included
 * @param documents documents counted
 * @param distinctTokens distinct tokens seen
 * @param totalTokens token occurrences counted
 * @param coveredTokens occurrences covered by the vocabulary
 * @param seconds wall time
 * @param output where the vocabulary was committed
 */
public record VocabularySummary(
    int size,
    long documents,
    long distinctTokens,
    long totalTokens,
    long coveredTokens,
    double seconds,
    String output) {

  /** @return share of token occurrences that map to UNK */
  public double oovRate() {
    return totalTokens == 0 ? 0 : 1.0 - (double) coveredTokens / totalTokens;
  }

  /** @return the one-line summary logged at the end of the stage */
  public String line() {
    return String.format(
        Locale.ROOT,
        "vocab: size=%d from %d documents, %d distinct tokens, %d occurrences (OOV %.2f%%) in %.1f s -> %s",
        size,
        documents,
        distinctTokens,
        totalTokens,
        100 * oovRate(),
        seconds,
        output);
  }
}
