package io.verbo.sentiment;

import io.verbo.config.InvalidConfigException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parameter averaging on Spark ({@code verbo.sentiment.distributed.*}). Immutable. The minibatch
 * size is also the one used by single-JVM training, so both train the same way.
 *
 * @param batchSizePerWorker examples per minibatch on each worker
 * @param averagingFrequency minibatches each worker fits between two parameter averagings (DL4J
 *     warns that values much above 20 hurt accuracy)
 * @param workerPrefetch minibatches each worker prefetches asynchronously (0: none)
 * @param trainingApproach how minibatches reach the workers
 * @param offHeapMaxBytes JavaCPP {@code org.bytedeco.javacpp.maxbytes} for executors (ND4J's
 *     off-heap arrays), e.g. {@code 2g}
 * @param offHeapMaxPhysicalBytes JavaCPP {@code maxphysicalbytes}: heap + off-heap ceiling of an
 *     executor process, e.g. {@code 6g}; must be at least {@code offHeapMaxBytes}
 * @param collectTrainingStats collect DL4J's per-phase timing statistics (logged after each epoch)
 */
public record DistributedSettings(
    int batchSizePerWorker,
    int averagingFrequency,
    int workerPrefetch,
    TrainingApproachSetting trainingApproach,
    String offHeapMaxBytes,
    String offHeapMaxPhysicalBytes,
    boolean collectTrainingStats)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern BYTES =
      Pattern.compile("(\\d+)\\s*([kmgt]?)b?", Pattern.CASE_INSENSITIVE);

  /** Configuration key prefix. */
  public static final String PREFIX = "verbo.sentiment.distributed.";

  /** Key of {@link #batchSizePerWorker}. */
  public static final String BATCH_SIZE_PER_WORKER = PREFIX + "batch-size-per-worker";

  /** Key of {@link #averagingFrequency}. */
  public static final String AVERAGING_FREQUENCY = PREFIX + "averaging-frequency";

  /** Key of {@link #workerPrefetch}. */
  public static final String WORKER_PREFETCH = PREFIX + "worker-prefetch";

  /** Key of {@link #trainingApproach}. */
  public static final String TRAINING_APPROACH = PREFIX + "training-approach";

  /** Key of {@link #offHeapMaxBytes}. */
  public static final String OFF_HEAP_MAX_BYTES = PREFIX + "off-heap-max-bytes";

  /** Key of {@link #offHeapMaxPhysicalBytes}. */
  public static final String OFF_HEAP_MAX_PHYSICAL_BYTES = PREFIX + "off-heap-max-physical-bytes";

  /** Key of {@link #collectTrainingStats}. */
  public static final String COLLECT_TRAINING_STATS = PREFIX + "collect-training-stats";

  /** Every key of this record. */
  public static final List<String> KEYS =
      List.of(
          BATCH_SIZE_PER_WORKER,
          AVERAGING_FREQUENCY,
          WORKER_PREFETCH,
          TRAINING_APPROACH,
          OFF_HEAP_MAX_BYTES,
          OFF_HEAP_MAX_PHYSICAL_BYTES,
          COLLECT_TRAINING_STATS);

  /** Validates the record. */
  public DistributedSettings {
    SettingsChecks.atLeast(BATCH_SIZE_PER_WORKER, batchSizePerWorker, 1);
    SettingsChecks.atLeast(AVERAGING_FREQUENCY, averagingFrequency, 1);
    SettingsChecks.atLeast(WORKER_PREFETCH, workerPrefetch, 0);
    if (trainingApproach == null) {
      throw new InvalidConfigException(
          TRAINING_APPROACH, null, "must be set", "use auto, export or direct");
    }
    long max = parseBytes(OFF_HEAP_MAX_BYTES, offHeapMaxBytes);
    long physical = parseBytes(OFF_HEAP_MAX_PHYSICAL_BYTES, offHeapMaxPhysicalBytes);
    if (physical < max) {
      throw new InvalidConfigException(
          OFF_HEAP_MAX_PHYSICAL_BYTES,
          offHeapMaxPhysicalBytes,
          "must be at least "
              + OFF_HEAP_MAX_BYTES
              + " = "
              + offHeapMaxBytes
              + " (it bounds heap plus off-heap)",
          "set it to the executor heap plus " + OFF_HEAP_MAX_BYTES);
    }
  }

  /**
   * @return batch 64, averaging every 5 minibatches, prefetch 2, auto approach, 2g / 6g off-heap
   */
  public static DistributedSettings defaults() {
    return new DistributedSettings(64, 5, 2, TrainingApproachSetting.AUTO, "2g", "6g", false);
  }

  /**
   * @return {@link #offHeapMaxBytes} in bytes
   */
  public long offHeapMaxBytesValue() {
    return parseBytes(OFF_HEAP_MAX_BYTES, offHeapMaxBytes);
  }

  /**
   * Parses a JavaCPP-style size: digits with an optional k, m, g or t suffix (powers of 1024).
   *
   * @param key the key, for the error message
   * @param value the size, e.g. {@code 512m}
   * @return bytes
   * @throws InvalidConfigException if malformed or zero
   */
  static long parseBytes(String key, String value) {
    Matcher m = value == null ? null : BYTES.matcher(value.trim());
    if (m == null || !m.matches()) {
      throw new InvalidConfigException(
          key, value, "is not a size", "write a size such as 2g or 512m");
    }
    long n = Long.parseLong(m.group(1));
    int shift =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
      throw new InvalidConfigException(
          key, value, "must be a positive size", "write a size such as 2g or 512m");
    }
    return n << shift;
  }
}
