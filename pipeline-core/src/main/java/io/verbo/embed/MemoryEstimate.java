package io.verbo.embed;

import java.io.Serializable;
import java.util.Locale;

/**
 * How much heap distributed training needs, by the formula of {@code docs/embeddings.md}:
 *
 * <pre>
 * copy     = vocabulary × dimension × 4 bytes × matrices      (matrices = 1 + [negative] + [hs])
 * cluster mode, one JVM each:
 *   executor = copy × (2 + 2 × C + 4)   broadcast value and its blocks; per running task (C task
 *                                        slots) a working copy and its serialized result; a
 *                                        double-precision partial sum (2 copies) and one incoming
 *                                        sum (2 copies)
 *   driver   = copy × 6                  current weights and their broadcast blocks; the final
 *                                        double-precision sum, serialized and deserialized
 * local mode, driver and executor in one JVM:
 *   JVM      = copy × (6 + 2 × C)        the driver's 6 plus the tasks' 2 × C
 * </pre>
 *
 * <p>Why local mode is not driver + executor: in one JVM the executor's broadcast value is the
 * driver's own object (and its blocks are the driver's blocks), and the double-precision partial
 * and incoming sums of the last merge are the driver's double sum, not further copies; adding the
 * two cluster-mode terms counted those 6 copies twice. Only the tasks' working copies and
 * serialized results come on top. Measured at C = 2 (500,002 × 300 × 2 matrices, {@code
 * benchmarks/README-embeddings.md}, "Memory"): 8.6 copies live at the peak, against 10 predicted
 * here and 16 by the sum of both terms. Immutable.
 *
 * @param vocabSize rows (vocabulary size, PAD and UNK included)
 * @param dim vector size
 * @param matrices weight matrices trained
 * @param executorCores tasks running at once in one executor (in local mode: in the one JVM)
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

  /** @return copies an executor JVM of a cluster holds at its peak */
  public int executorCopies() {
    return 2 + 2 * executorCores + 4;
  }

  /** @return copies the one JVM of local mode holds at its peak: the driver's plus the tasks' */
  public int localCopies() {
    return DRIVER_COPIES + 2 * executorCores;
  }

  /** @return executor heap needed */
  public long executorBytes() {
    return copyBytes() * executorCopies();
  }

  /** @return driver heap needed */
  public long driverBytes() {
    return copyBytes() * DRIVER_COPIES;
  }

  /** @return copies the JVM that runs the driver holds: {@link #localCopies} in local mode */
  public int driverJvmCopies() {
    return local ? localCopies() : DRIVER_COPIES;
  }

  /** @return heap needed by the JVM that runs the driver (and, in local mode, the tasks) */
  public long driverJvmBytes() {
    return copyBytes() * driverJvmCopies();
  }

  /** @return bytes the driver receives as one task result (the double-precision sum) */
  public long resultBytes() {
    return 2 * copyBytes();
  }

  /** @return the formula with this run's numbers, for messages and logs */
  public String formula() {
    String copy =
        String.format(
            Locale.ROOT,
            "%d words x %d dims x 4 bytes x %d matrices = %s per copy",
            vocabSize, dim, matrices, mib(copyBytes()));
    if (local) {
      return String.format(
          Locale.ROOT,
          "%s; local mode, one JVM: %d copies (6 + 2 x %d task slots) = %s",
          copy, localCopies(), executorCores, mib(driverJvmBytes()));
    }
    return String.format(
        Locale.ROOT,
        "%s; executor %d copies (2 + 2 x %d cores + 4) = %s; driver %d copies = %s",
        copy, executorCopies(), executorCores, mib(executorBytes()), DRIVER_COPIES,
        mib(driverBytes()));
  }

  /**
   * @param bytes a byte count
   * @return it in MiB with one decimal
   */
  public static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
  }
}
