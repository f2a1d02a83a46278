package io.verbo.sentiment;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The number of OpenMP threads ND4J's native ops use in this JVM. Several DL4J workers in one JVM
 * (Spark local mode, or executors with several cores) each get their own network; if every op also
 * spreads over all cores the threads oversubscribe the CPU, and OpenMP's spin-waiting then slows a
 * small LSTM down by an order of magnitude (measured on a loaded 2-core machine). Stateless.
 */
final class Nd4jThreads {
  private Nd4jThreads() {}

  /**
   * @return the current OpenMP thread count (initialising ND4J if needed)
   */
  static int current() {
    // NativeOpsHolder fails before the backend has loaded its configuration.
    Nd4j.getBackend();
    return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
  }

  /**
   * @param threads the OpenMP thread count to use from now on in this JVM
   * @return the previous count
   */
  static int set(int threads) {
    int previous = current();
    NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(Math.max(1, threads));
    return previous;
  }
}
