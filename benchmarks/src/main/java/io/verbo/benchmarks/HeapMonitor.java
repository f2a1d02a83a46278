package io.verbo.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures this JVM's heap while a block runs: the largest heap in use seen by polling {@code
 * MemoryMXBean} every few milliseconds (live data plus garbage not yet collected), the largest
 * heap in use right after a collection (from GC notifications; after a young or G1 mixed
 * collection this still includes dead old objects), the largest heap in use right after a major
 * (full) collection — the live set at that moment, exact with the serial collector — and the
 * largest committed heap. Optionally a guard: if the machine's {@code MemAvailable} falls under a floor, the JVM
 * halts rather than pushing a shared machine into the OOM killer.
 */
public final class HeapMonitor implements AutoCloseable {
  private final AtomicLong maxUsed = new AtomicLong();
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong maxAfterMajorGc = new AtomicLong();
  private final AtomicLong majorGcs = new AtomicLong();
  private final AtomicLong maxCommitted = new AtomicLong();
  private final AtomicLong gcs = new AtomicLong();
  private final long guardBytes;
  private final Thread poller;
  private final List<Runnable> unregister = new ArrayList<>();
  private volatile boolean running = true;

  /** @param guardBytes halt if MemAvailable drops under this (0 = no guard) */
  public HeapMonitor(long guardBytes) {
    this.guardBytes = guardBytes;
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        heapPools.add(p.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        NotificationListener l = (Notification n, Object handback) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
          }
          GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
          long after = 0;
          for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
              after += e.getValue().getUsed();
            }
          }
          maxAfterGc.accumulateAndGet(after, Math::max);
          gcs.incrementAndGet();
          if (info.getGcAction().contains("major")) {
            maxAfterMajorGc.accumulateAndGet(after, Math::max);
            majorGcs.incrementAndGet();
          }
        };
        emitter.addNotificationListener(l, null, null);
        unregister.add(() -> {
          try {
            emitter.removeNotificationListener(l);
          } catch (javax.management.ListenerNotFoundException ignored) {
            // already gone
          }
        });
      }
    }
    poller = new Thread(this::poll, "heap-monitor");
    poller.setDaemon(true);
    poller.start();
  }

  private void poll() {
    var mem = ManagementFactory.getMemoryMXBean();
    long lastGuard = 0;
    while (running) {
      MemoryUsage u = mem.getHeapMemoryUsage();
      maxUsed.accumulateAndGet(u.getUsed(), Math::max);
      maxCommitted.accumulateAndGet(u.getCommitted(), Math::max);
      long now = System.nanoTime();
      if (guardBytes > 0 && now - lastGuard > 250_000_000L) {
        lastGuard = now;
        long avail = memAvailable();
        if (avail > 0 && avail < guardBytes) {
          System.out.printf(Locale.ROOT, "%nABORT: the machine's MemAvailable is %s (< %s guard); halting this JVM so"
              + " other processes are not OOM-killed. Peak heap so far: used %s, committed %s%n", gib(avail),
              gib(guardBytes), gib(maxUsed.get()), gib(maxCommitted.get()));
          System.out.flush();
          Runtime.getRuntime().halt(3);
        }
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** @return MemAvailable of /proc/meminfo in bytes, or -1 */
  public static long memAvailable() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (l.startsWith("MemAvailable:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  public long maxUsed() {
    return maxUsed.get();
  }

  public long maxAfterGc() {
    return maxAfterGc.get();
  }

  public long maxAfterMajorGc() {
    return maxAfterMajorGc.get();
  }

  public long majorCollections() {
    return majorGcs.get();
  }

  public long maxCommitted() {
    return maxCommitted.get();
  }

  public long collections() {
    return gcs.get();
  }

  public static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
  }

  @Override
  public void close() {
    running = false;
    poller.interrupt();
    unregister.forEach(Runnable::run);
  }
}
