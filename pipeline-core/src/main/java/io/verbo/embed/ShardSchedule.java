package io.verbo.embed;

import java.io.Serializable;

/**
 * Where one shard-round sits in the whole run, so that a kernel knows its learning rate at every
 * word and its random stream. The learning rate decays linearly from {@code alpha} to {@code
 * minAlpha} over {@code totalWords} (all epochs). While partitions train in parallel, the run's
 * global progress after a partition has read {@code x} of its {@code shardWords} words is taken as
 * {@code wordsBefore + x · roundWords / shardWords}; with one partition this is exactly
 * single-machine word2vec's schedule. Immutable; serializable.
 *
 * @param wordsBefore words of the whole corpus processed before this round (all partitions)
 * @param roundWords words of the whole corpus processed in this round (all partitions)
 * @param shardWords words this partition processes in this round
 * @param totalWords words of the whole run ({@code epochs × corpus words})
 * @param alpha starting learning rate of the run
 * @param minAlpha final learning rate of the run
 * @param rngSeed seed of this shard-round's random stream
 */
public record ShardSchedule(
    long wordsBefore,
    long roundWords,
    long shardWords,
    long totalWords,
    double alpha,
    double minAlpha,
    long rngSeed)
    implements Serializable {

  /**
   * @param localWords words this partition has read so far in this round
   * @return the learning rate at that point (never below {@code minAlpha})
   */
  public float alphaAt(long localWords) {
    double progress = wordsBefore + (shardWords == 0 ? 0 : (double) localWords * roundWords / shardWords);
    double a = alpha - (alpha - minAlpha) * progress / Math.max(1, totalWords);
    return (float) Math.max(minAlpha, a);
  }

  /** @return the learning rate at the start of this round */
  public float startAlpha() {
    return alphaAt(0);
  }
}
