package io.verbo.embed;

import io.verbo.corpus.StableHash;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The word counts of every (partition, round) shard and what follows from them: each shard-round's
 * {@link ShardSchedule}, so the learning rate decays over the whole run and is carried across
 * averaging rounds, and each shard-round's random seed, derived from (seed, global round,
 * partition). One plan serves the distributed trainer and single-machine training alike, which is
 * what makes a one-partition run equal to plain training. Immutable; serializable.
 */
public final class TrainingPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[][] words;
  private final long[] roundWords;
  private final long corpusWords;
  private final Word2VecSettings settings;

  /**
   * @param words words per partition and round: {@code words[p][r]} counts the words of the
   *     sentences of partition p whose position modulo {@code roundsPerEpoch} is r
   * @param settings epochs, rounds, learning rates and seed
   * @throws IllegalArgumentException if a row does not have {@code roundsPerEpoch} entries
   */
  public TrainingPlan(long[][] words, Word2VecSettings settings) {
    int rounds = settings.roundsPerEpoch();
    this.words = new long[words.length][];
    this.roundWords = new long[rounds];
    long total = 0;
    for (int p = 0; p < words.length; p++) {
      if (words[p].length != rounds) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "Cannot plan: partition %d has %d rounds, expected %d", p, words[p].length, rounds));
      }
      this.words[p] = words[p].clone();
      for (int r = 0; r < rounds; r++) {
        roundWords[r] += words[p][r];
        total += words[p][r];
      }
    }
    this.corpusWords = total;
    this.settings = settings;
  }

  /** @return number of partitions */
  public int partitions() {
    return words.length;
  }

  /** @return words of the corpus (one epoch) */
  public long corpusWords() {
    return corpusWords;
  }

  /** @return words of the whole run */
  public long totalWords() {
    return corpusWords * settings.epochs();
  }

  /**
   * @param round round within the epoch
   * @return words of all partitions in that round
   */
  public long roundWords(int round) {
    return roundWords[round];
  }

  /**
   * @param partition a partition
   * @param round a round within the epoch
   * @return that shard's words
   */
  public long shardWords(int partition, int round) {
    return words[partition][round];
  }

  /**
   * @param epoch 0-based epoch
   * @param round 0-based round within the epoch
   * @return words processed by the whole run before that round
   */
  public long wordsBefore(int epoch, int round) {
    long w = epoch * corpusWords;
    for (int r = 0; r < round; r++) {
      w += roundWords[r];
    }
    return w;
  }

  /**
   * @param epoch 0-based epoch
   * @param round 0-based round within the epoch
   * @param partition partition index
   * @return the schedule of that shard-round
   */
  public ShardSchedule schedule(int epoch, int round, int partition) {
    long globalRound = (long) epoch * settings.roundsPerEpoch() + round;
    return new ShardSchedule(
        wordsBefore(epoch, round),
        roundWords[round],
        words[partition][round],
        totalWords(),
        settings.alpha(),
        settings.minAlpha(),
        StableHash.combine(settings.seed(), globalRound, partition));
  }

  /**
   * @param sentences a shard's sentences, in order
   * @param rounds rounds per epoch
   * @return words per round: entry r sums the sentences whose position modulo {@code rounds} is r
   */
  public static long[] wordsPerRound(List<int[]> sentences, int rounds) {
    long[] w = new long[rounds];
    for (int i = 0; i < sentences.size(); i++) {
      w[i % rounds] += sentences.get(i).length;
    }
    return w;
  }

  /**
   * @param sentences all sentences of a partition, in order
   * @param round the round
   * @param rounds rounds per epoch
   * @return a lazy view of the sentences whose position modulo {@code rounds} is {@code round}
   */
  public static Iterator<int[]> roundOf(Iterator<int[]> sentences, int round, int rounds) {
    return new Iterator<>() {
      private int position;
      private int[] next = advance();

      private int[] advance() {
        while (sentences.hasNext()) {
          int[] s = sentences.next();
          if (position++ % rounds == round) {
            return s;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public int[] next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        int[] s = next;
        next = advance();
        return s;
      }
    };
  }

  /**
   * @param globalWords words processed by the whole run
   * @return the learning rate at that point of the run
   */
  public double alphaAt(long globalWords) {
    double a = settings.alpha() - (settings.alpha() - settings.minAlpha()) * globalWords / Math.max(1, totalWords());
    return Math.max(settings.minAlpha(), a);
  }
}
