package io.verbo.sentiment;

import io.verbo.config.InvalidConfigException;
import java.io.Serializable;
import java.util.List;

/**
 * How token sequences become padded, masked minibatches ({@code verbo.sentiment.encoding.*}).
 * Immutable and serializable (executors receive it with the batch-building closure).
 *
 * @param maxLen longest sequence fed to the network; longer documents are truncated
 * @param truncation which end of a long document is kept
 * @param bucketBoundaries explicit length bucket upper bounds, ascending, each in [1, maxLen);
 *     empty: derived from {@code bucketCount}
 * @param bucketCount when no boundaries are given: the number of equal-frequency length buckets
 *     computed from the training split (1: no bucketing, every minibatch still padded only to its
 *     own longest sequence)
 */
public record EncodingSettings(
    int maxLen, Truncation truncation, List<Integer> bucketBoundaries, int bucketCount)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Configuration key prefix. */
  public static final String PREFIX = "verbo.sentiment.encoding.";

  /** Key of {@link #maxLen}. */
  public static final String MAX_LEN = PREFIX + "max-len";

  /** Key of {@link #truncation}. */
  public static final String TRUNCATION = PREFIX + "truncation";

  /** Key of {@link #bucketBoundaries}. */
  public static final String BUCKET_BOUNDARIES = PREFIX + "bucket-boundaries";

  /** Key of {@link #bucketCount}. */
  public static final String BUCKET_COUNT = PREFIX + "bucket-count";

  /** Every key of this record. */
  public static final List<String> KEYS =
      List.of(MAX_LEN, TRUNCATION, BUCKET_BOUNDARIES, BUCKET_COUNT);

  /** Validates the record. */
  public EncodingSettings {
    SettingsChecks.atLeast(MAX_LEN, maxLen, 1);
    if (truncation == null) {
      throw new InvalidConfigException(TRUNCATION, null, "must be set", "use head or tail");
    }
    bucketBoundaries = List.copyOf(bucketBoundaries);
    int previous = 0;
    for (int b : bucketBoundaries) {
      if (b <= previous || b >= maxLen) {
        throw new InvalidConfigException(
            BUCKET_BOUNDARIES,
            bucketBoundaries,
            "must be strictly ascending lengths in [1, " + MAX_LEN + " = " + maxLen + ")",
            "list ascending upper bounds such as [8, 16, 32], or [] to derive them from "
                + BUCKET_COUNT);
      }
      previous = b;
    }
    SettingsChecks.atLeast(BUCKET_COUNT, bucketCount, 1);
  }

  /**
   * @return max-len 100, head truncation, 4 equal-frequency buckets
   */
  public static EncodingSettings defaults() {
    return new EncodingSettings(100, Truncation.HEAD, List.of(), 4);
  }
}
