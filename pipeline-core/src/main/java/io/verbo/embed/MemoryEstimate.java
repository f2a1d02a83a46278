package io.verbo.embed;

import java.io.Serializable;
import java.util.Locale;

/**
 * How much heap distributed training needs, by the formula of {@code docs/embeddings.md}:
 *
 * <pre>
 * copy     = vocabulary × dimension × 4 bytes × matrices      (matrices = 1 + [negative] + [hs])
 * executor = copy × (2 + 2 × cores + 4)   broadcast value and its blocks; per running task a
 *                                          working copy and its serialized result; a double-precision
 *                                          partial sum (2 copies) and one incoming sum (2 copies)
 * driver   = copy × 6                      current weights and their broadcast blocks; the final
 *                                          double-precision sum, serialized and deserialized
 * </pre>
 *
 * In local mode driver and executor are one JVM, so both are needed there. Immutable.
 *
 * @param vocabSize rows (vocabulary size, PAD and UNK included)
 * @param dim vector size
 * @param matrices weight matrices trained
 * @param executorCores tasks running at once in one executor
 * @param local whether driver and executor share one JVM
 */
public record MemoryEstimate(long vocabSize, int dim, int matrices, int executorCores, boolean local)
    implements Serializable {

  /** Heap Spark reserves for itself in every JVM (its {@code RESERVED_SYSTEM_MEMORY_BYTES}). */
  public static final long SPARK_RESERVED_BYTES = 300L << 20;
  /** Copies the driver holds at its peak. */
  public static final int DRIVER_COPIES = 6;

  /** @return bytes of one copy of all weight matrices */
  public long copyBytes() {
    return vocabSize * dim * 4L * matrices;
  }

  /** @return copies an executor holds at its peak */
  public int executorCopies() {
    return 2 + 2 * executorCores + 4;
  }

  /** @return executor heap needed */
  public long executorBytes() {
    return copyBytes() * executorCopies();
  }

  /** @return driver heap needed */
  public long driverBytes() {
    return copyBytes() * DRIVER_COPIES;
  }

  /** @return heap needed by the JVM that runs the driver (plus the executor in local mode) */
  public long driverJvmBytes() {
    return local ? driverBytes() + executorBytes() : driverBytes();
  }

  /** @return bytes the driver receives as one task result (the double-precision sum) */
  public long resultBytes() {
    return 2 * copyBytes();
  }

  /** @return the formula with this run's numbers, for messages and logs */
  public String formula() {
    return String.format(
        Locale.ROOT,
        "%d words x %d dims x 4 bytes x %d matrices = %s per copy; executor %d copies (2 + 2 x %d cores + 4) = %s;"
            + " driver %d copies = %s%s",
        vocabSize, dim, matrices, mib(copyBytes()), executorCopies(), executorCores, mib(executorBytes()),
        DRIVER_COPIES, mib(driverBytes()), local ? " (local mode: one JVM holds both)" : "");
  }

  /**
   * @param bytes a byte count
   * @return it in MiB with one decimal
   */
  public static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
  }
}
