package io.verbo.embed;

import java.util.List;

/**
 * The outcome of {@link Word2VecTrainer#fit}: the vectors and how training went. Immutable.
 *
 * @param vectors the trained input vectors (vocabulary order, PAD and UNK left out)
 * @param rounds every averaging round, in order
 * @param corpusWords in-vocabulary words of one epoch
 * @param sentences sentence pieces of one epoch
 * @param partitions training partitions
 * @param memory the memory estimate that was checked
 * @param seconds wall time of training
 */
public record Word2VecFit(
    WordVectors vectors,
    List<RoundStats> rounds,
    long corpusWords,
    long sentences,
    int partitions,
    MemoryEstimate memory,
    double seconds) {

  /** Freezes the list. */
  public Word2VecFit {
    rounds = List.copyOf(rounds);
  }

  /** @return mean loss of the last round (NaN if nothing was trained) */
  public double finalLoss() {
    return rounds.isEmpty() ? Double.NaN : rounds.get(rounds.size() - 1).stats().meanLoss();
  }

  /** @return words read per second over the whole training */
  public double wordsPerSecond() {
    long words = rounds.stream().mapToLong(r -> r.stats().wordsRead()).sum();
    return words / Math.max(seconds, 1e-9);
  }
}
