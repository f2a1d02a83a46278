package io.verbo.sentiment;

import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Pins ND4J to one OpenMP thread for a test class and restores the previous count afterwards. The
 * tests share 2 cores with other builds: OpenMP threads that spin-wait on a busy machine make a tiny
 * LSTM many times slower, and one thread is what each Spark worker uses anyway.
 */
final class Nd4jThreads {
  private Nd4jThreads() {}

  /** @return the previous thread count, after setting it to 1 */
  static int limitToOne() {
    int previous = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
    return previous;
  }

  /** @param threads the count to restore */
  static void restore(int threads) {
    NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
  }
}
