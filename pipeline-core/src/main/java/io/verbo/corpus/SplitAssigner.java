package io.verbo.corpus;

import io.verbo.config.Split;
import io.verbo.config.SplitSettings;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * Assigns a document to train, validation or test from a stable 64-bit hash of its id and the
 * seed, so the same id always lands in the same split, whatever the partitioning, machine or Spark
 * version. Immutable and thread-safe.
 */
public final class SplitAssigner implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final SplitSettings settings;

  /** @param settings fractions and seed */
  public SplitAssigner(SplitSettings settings) {
    this.settings = settings;
  }

  /**
   * @param docId the document id
   * @return the split of that document
   */
  public Split assign(String docId) {
    double u = unitHash(docId, settings.seed());
    if (u < settings.train()) {
      return Split.TRAIN;
    }
    if (u < settings.train() + settings.validation()) {
      return Split.VALIDATION;
    }
    return Split.TEST;
  }

  /**
   * @param id any string
   * @param seed the seed
   * @return a uniform value in [0, 1) that depends only on id and seed
   */
  static double unitHash(String id, long seed) {
    long h = FNV_OFFSET;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= FNV_PRIME;
    }
    // splitmix64 finaliser: FNV alone leaves the high bits poorly mixed for short ids.
    long z = h ^ (seed * 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }
}
