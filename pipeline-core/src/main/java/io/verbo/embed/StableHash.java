package io.verbo.embed;

import java.nio.charset.StandardCharsets;

/**
 * Hashes and seed mixing that give the same numbers on every JVM, machine and Spark partition
 * ({@link String#hashCode()} is stable too, but only 32 bits wide). Stateless and thread-safe.
 */
public final class StableHash {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private StableHash() {}

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
   * @param z any value
   * @return the splitmix64 finaliser of {@code z} (a bijection with good avalanche)
   */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
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
