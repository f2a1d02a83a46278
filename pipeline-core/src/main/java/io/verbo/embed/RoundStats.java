package io.verbo.embed;

import java.util.Locale;

/**
 * One averaging round of distributed training, as logged and stored in the training curve.
 * Immutable.
 *
 * @param epoch 1-based epoch
 * @param epochs epochs of the run
 * @param round 1-based round within the epoch
 * @param rounds rounds per epoch
 * @param partitionsAveraged partitions whose weights were averaged (those that had sentences)
 * @param stats summed kernel stats of all partitions
 * @param seconds wall time of the round on the driver (broadcast, training, aggregation)
 * @param alphaStart learning rate at the start of the round
 * @param alphaEnd learning rate at the end of the round
 */
public record RoundStats(
    int epoch,
    int epochs,
    int round,
    int rounds,
    int partitionsAveraged,
    KernelStats stats,
    double seconds,
    double alphaStart,
    double alphaEnd) {

  /** @return words read per second of wall time */
  public double wordsPerSecond() {
    return stats.wordsRead() / Math.max(seconds, 1e-9);
  }

  /** @return the Spark job description of this round, e.g. {@code epoch 2/5 round 3/4} */
  public String description() {
    return description(epoch, epochs, round, rounds);
  }

  /**
   * @param epoch 1-based epoch
   * @param epochs epochs
   * @param round 1-based round
   * @param rounds rounds per epoch
   * @return {@code epoch E/EE round R/RR}
   */
  public static String description(int epoch, int epochs, int round, int rounds) {
    return String.format(Locale.ROOT, "epoch %d/%d round %d/%d", epoch, epochs, round, rounds);
  }

  /** @return the one log line of this round */
  public String line() {
    return String.format(
        Locale.ROOT,
        "train-embeddings %s: %d words (%d after subsampling), %.0f words/s, alpha %.6f -> %.6f, loss %.4f,"
            + " %d partition(s) averaged, %.1f s",
        description(), stats.wordsRead(), stats.wordsTrained(), wordsPerSecond(), alphaStart, alphaEnd,
        stats.meanLoss(), partitionsAveraged, seconds);
  }
}
