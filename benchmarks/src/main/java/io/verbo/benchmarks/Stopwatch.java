package io.verbo.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Wall time and CPU time of this whole process (all threads: Spark tasks, GC, JIT) since {@link
 * #start()}. CPU seconds are less sensitive than wall seconds to other processes on the machine.
 */
final class Stopwatch {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final long wall0 = System.nanoTime();
  private final long cpu0 = OS.getProcessCpuTime();
  private double wall = -1;
  private double cpu = -1;

  private Stopwatch() {}

  /**
   * @return a running stopwatch
   */
  static Stopwatch start() {
    return new Stopwatch();
  }

  /** Stops the watch (only the first call counts). @return this */
  Stopwatch stop() {
    if (wall < 0) {
      wall = (System.nanoTime() - wall0) / 1e9;
      cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
    }
    return this;
  }

  /**
   * @return wall seconds between start and stop
   */
  double wallSeconds() {
    return wall;
  }

  /**
   * @return process CPU seconds between start and stop
   */
  double cpuSeconds() {
    return cpu;
  }

  /**
   * @return the system load average over the last minute (-1 if unknown)
   */
  static double loadAverage() {
    return OS.getSystemLoadAverage();
  }
}
