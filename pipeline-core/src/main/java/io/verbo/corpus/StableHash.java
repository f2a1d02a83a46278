package io.verbo.corpus;

import java.nio.charset.StandardCharsets;

/**
 * A stable 64-bit hash of strings, mapped to [0, 1): the same id and seed give the same value on
 * every machine, JVM and Spark version. Used for split assignment and cross-validation folds.
 * Stateless and thread-safe.
 */
public final class StableHash {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private StableHash() {}

  /**
   * @param id any string
   * @param seed the seed
   * @return a uniform value in [0, 1) that depends only on id and seed
   */
  public static double unit(String id, long seed) {
    long h = FNV_OFFSET;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= FNV_PRIME;
    }
    // splitmix64 finaliser: FNV alone leaves the high bits poorly mixed for short ids.
    return (mix(h ^ (seed * 0x9E3779B97F4A7C15L)) >>> 11) * 0x1.0p-53;
  }

  /**
   * The splitmix64 finaliser.
   *
   * @param z any value
   * @return a well-mixed value
   */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
