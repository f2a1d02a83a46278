package io.verbo.sentiment;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The number of OpenMP threads ND4J's native ops use, per calling thread.
 *
 * <p>Contract: OpenMP keeps this count per thread ({@code omp_set_num_threads} sets the calling
 * thread's value). {@link #set} therefore affects the ND4J ops that the <em>calling</em> thread
 * runs from then on, and nothing else: every other thread keeps its own value, and a thread that
 * never set one uses OpenMP's default ({@code OMP_NUM_THREADS}, else the core count). Measured:
 * setting it on the driver thread does not reach Spark's executor task threads, so each thread that
 * trains sets it for itself. A caller that changes it for a while restores the value {@link #set}
 * returned, on the same thread. Stateless; safe to call from any thread.
 *
 * <p>Why it matters: several DL4J networks trained at once in one JVM (Spark local mode, executors
 * with several cores, parallel folds of a benchmark) each spread every op over all cores if left at
 * the default; the threads then oversubscribe the CPU, and OpenMP's spin-waiting slows a small LSTM
 * down by an order of magnitude (measured on a loaded 2-core machine). Spark task threads are
 * configured by {@link WorkerThreads}; other multi-threaded callers use this class directly.
 */
public final class Nd4jThreads {
  private Nd4jThreads() {}

  /**
   * Loads the ND4J backend first if it is not loaded yet.
   *
   * @return the calling thread's current OpenMP thread count
   */
  public static int current() {
    // NativeOpsHolder fails before the backend has loaded its configuration.
    Nd4j.getBackend();
    return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
  }

  /**
   * Sets the calling thread's OpenMP thread count (see the class contract: this thread only).
   *
   * @param threads the count for ND4J ops run by the calling thread from now on; values below 1
   *     count as 1
   * @return the calling thread's previous count, to restore it later
   */
  public static int set(int threads) {
    int previous = current();
    NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(Math.max(1, threads));
    return previous;
  }
}
