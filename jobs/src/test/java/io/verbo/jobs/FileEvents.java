package io.verbo.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Waits for a path to appear under a local folder, driven by file-system events ({@link
 * WatchService}, inotify on Linux) rather than by a clock: every folder under the root is watched
 * as soon as it appears, and the tree is searched again after each event. A path renamed into
 * place (a committed artifact) counts from the moment of the rename. Stateless.
 */
final class FileEvents {
  /** How often the writer's liveness is checked while no event arrives. */
  private static final Duration LIVENESS_CHECK = Duration.ofSeconds(1);

  private FileEvents() {}

  /**
   * @param root the folder to watch (it must exist)
   * @param match what to wait for, tested on every path under {@code root}
   * @param timeout how long to wait
   * @param writerAlive whether the process that should create the path still runs; waiting stops
   *     when it does not
   * @return the first matching path found
   * @throws IllegalStateException on the timeout, or when the writer stopped first
   * @throws IOException if the folder cannot be watched
   * @throws InterruptedException if interrupted
   */
  static Path await(
      Path root, Predicate<Path> match, Duration timeout, BooleanSupplier writerAlive)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (WatchService ws = FileSystems.getDefault().newWatchService()) {
      Set<Path> watched = new HashSet<>();
      while (true) {
        Optional<Path> found = scan(root, match, ws, watched);
        if (found.isPresent()) {
          return found.get();
        }
        if (!writerAlive.getAsBoolean()) {
          throw new IllegalStateException("the writer stopped before a match appeared in " + root);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("no match in " + root + " after " + timeout);
        }
        WatchKey key =
            ws.poll(Math.min(left, LIVENESS_CHECK.toNanos()), TimeUnit.NANOSECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
      }
    }
  }

  /** Registers folders not yet watched and returns the first match, in sorted order. */
  private static Optional<Path> scan(
      Path root, Predicate<Path> match, WatchService ws, Set<Path> watched) throws IOException {
    List<Path> paths;
    try (Stream<Path> s = Files.walk(root)) {
      paths = s.sorted().toList();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        // A folder vanished during the walk (a staging folder renamed): the next event rescans.
        return Optional.empty();
      }
      throw e;
    }
    for (Path p : paths) {
      if (Files.isDirectory(p) && !watched.contains(p)) {
        try {
          p.register(
              ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
          watched.add(p);
        } catch (NoSuchFileException e) {
          // Renamed away meanwhile.
        }
      }
    }
    // Search after registering, so that nothing created in between is missed.
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(match).sorted().findFirst();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
