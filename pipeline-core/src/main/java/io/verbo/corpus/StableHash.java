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
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

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

  /**
   * @param s a string (hashed as UTF-8 bytes, so the value does not depend on the JVM's charset)
   * @return a well-mixed 64-bit hash (FNV-1a followed by the splitmix64 finaliser)
   */
  public static long hash64(String s) {
    long h = FNV_OFFSET;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /**
   * @param seed a base seed
   * @param parts more values (round, partition, ...)
   * @return a seed derived from all of them, order-sensitive
   */
  public static long combine(long seed, long... parts) {
    long h = mix(seed + GOLDEN);
    for (long p : parts) {
      h = mix(h ^ (p + GOLDEN + (h << 6) + (h >>> 2)));
    }
    return h;
  }

  /**
   * A splitmix64 stream: {@code next()} returns {@code mix(state += GOLDEN)}. Not thread-safe; one
   * instance per use.
   */
  public static final class SplitMix {
    private long state;

    /** @param seed the stream's seed */
    public SplitMix(long seed) {
      this.state = seed;
    }

    /** @return the next 64 random bits */
    public long next() {
      state += GOLDEN;
      return mix(state);
    }

    /** @return a uniform float in [0, 1) with 24 random bits */
    public float nextFloat() {
      return (next() >>> 40) * 0x1.0p-24f;
    }
  }
}
