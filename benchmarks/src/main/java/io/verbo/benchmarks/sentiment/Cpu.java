package io.verbo.benchmarks.sentiment;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.javacpp.Pointer;

/** CPU clocks, the load average, and a poller of JavaCPP's off-heap peaks. */
final class Cpu {
  private Cpu() {}

  /** @return CPU seconds of the whole JVM (all threads, GC and JIT) */
  static double process() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  /** @return CPU seconds of the calling thread */
  static double thread() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  /**
   * Peaks of JavaCPP's {@code Pointer.totalBytes()} (off-heap bytes ND4J allocated through JavaCPP)
   * and {@code Pointer.physicalBytes()} (the resident set size of the whole process: heap, native
   * code, off-heap), polled every 20 ms.
   */
  static final class OffHeapPeaks implements AutoCloseable {
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong physical = new AtomicLong();
    private volatile boolean running = true;
    private final Thread poller;

    OffHeapPeaks() {
      poller = new Thread(() -> {
        while (running) {
          total.accumulateAndGet(Pointer.totalBytes(), Math::max);
          physical.accumulateAndGet(Pointer.physicalBytes(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "offheap-monitor");
      poller.setDaemon(true);
      poller.start();
    }

    long maxTotalBytes() {
      return total.get();
    }

    long maxPhysicalBytes() {
      return physical.get();
    }

    @Override
    public void close() {
      running = false;
      poller.interrupt();
    }
  }
}
