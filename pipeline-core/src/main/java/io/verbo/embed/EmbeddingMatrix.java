package io.verbo.embed;

/**
 * An embedding matrix aligned to a {@link io.verbo.vocab.Vocabulary}, for initialising a model's
 * embedding layer: row i is the vector of vocabulary index i. Holds the arrays it was given (no
 * copy); not thread-safe if a caller mutates them.
 *
 * @param rows one row per vocabulary index; PAD's row is zero
 * @param found vocabulary tokens (PAD and UNK excluded) that had a vector
 * @param missing vocabulary tokens (PAD and UNK excluded) that got a seeded random row
 */
public record EmbeddingMatrix(float[][] rows, int found, int missing) {

  /** @return share of vocabulary tokens that had a vector (1 when there are none) */
  public double coverage() {
    int total = found + missing;
    return total == 0 ? 1 : found / (double) total;
  }
}
