package io.verbo.embed;

import io.verbo.vocab.Vocabulary;

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

  /**
   * @param vectors the word vectors
   * @param vocab the model's vocabulary
   * @param seed seed of the rows of missing words
   * @return the matrix described at {@link WordVectors#matrixFor}
   */
  static EmbeddingMatrix align(WordVectors vectors, Vocabulary vocab, long seed) {
    int dim = vectors.dimension();
    // initialVector draws from [-0.5/dim, 0.5/dim): rescale to a uniform of the vectors' RMS.
    float scale = (float) (vectors.componentRms() * Math.sqrt(3) * 2 * dim);
    float[][] rows = new float[vocab.size()][];
    int found = 0;
    int missing = 0;
    for (int v = 0; v < vocab.size(); v++) {
      int i = v == Vocabulary.PAD_INDEX ? -1 : vectors.indexOf(vocab.token(v));
      if (i >= 0) {
        rows[v] = vectors.vector(i);
      } else {
        rows[v] = new float[dim];
        if (v != Vocabulary.PAD_INDEX) {
          Word2VecWeights.initialVector(vocab.token(v), seed, rows[v], 0, dim);
          for (int d = 0; d < dim; d++) {
            rows[v][d] *= scale;
          }
        }
      }
      if (v >= TrainingTables.FIRST_WORD) {
        if (i >= 0) {
          found++;
        } else {
          missing++;
        }
      }
    }
    return new EmbeddingMatrix(rows, found, missing);
  }
}
