package io.verbo.embed;

import java.io.Serializable;

/**
 * What a kernel did on one shard in one round; summed over partitions for the round's log line.
 * Immutable; serializable.
 *
 * @param wordsRead words read (before subsampling; the learning-rate clock)
 * @param wordsTrained words kept by subsampling and trained as centre words
 * @param examples (centre, context) examples trained (CBOW: one per centre word)
 * @param lossSum sum over examples of the negative log-likelihood of the sampled targets
 */
public record KernelStats(long wordsRead, long wordsTrained, long examples, double lossSum)
    implements Serializable {

  /** Nothing done. */
  public static final KernelStats EMPTY = new KernelStats(0, 0, 0, 0);

  /**
   * @param other more work
   * @return the sum of both
   */
  public KernelStats plus(KernelStats other) {
    return new KernelStats(
        wordsRead + other.wordsRead,
        wordsTrained + other.wordsTrained,
        examples + other.examples,
        lossSum + other.lossSum);
  }

  /** @return mean loss per example, or NaN when nothing was trained */
  public double meanLoss() {
    return examples == 0 ? Double.NaN : lossSum / examples;
  }
}
