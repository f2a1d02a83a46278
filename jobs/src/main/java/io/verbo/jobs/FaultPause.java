package io.verbo.jobs;

import io.verbo.pipeline.RetrainListener;
import io.verbo.registry.ModelVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection for crash tests of {@code verbo retrain}: holds the driver at a named point
 * between two registry writes, so that a test can SIGKILL the process exactly there (a window of
 * milliseconds that no file-system poll could hit reliably). Off unless the JVM is started with
 * both {@code -Dverbo.fault.pause-at=POINT} and {@code -Dverbo.fault.marker=FILE} (through {@code
 * VERBO_JAVA_OPTS}); no configuration key or option enables it.
 *
 * <p>At {@code POINT} ({@value #VERSION_COMMITTED}: the challenger's version folder is committed,
 * the pointer not yet moved; {@value #PROMOTED}: the pointer moved, the history row not yet
 * appended) it writes {@code FILE} atomically, containing the point and the version, logs a WARN
 * line and then blocks the driver thread until the process is killed. Thread-safe.
 */
final class FaultPause implements RetrainListener {
  private static final Logger LOG = LoggerFactory.getLogger(FaultPause.class);

  /** System property naming the point to pause at. */
  static final String PAUSE_AT = "verbo.fault.pause-at";

  /** System property naming the marker file written when the pause begins. */
  static final String MARKER = "verbo.fault.marker";

  /** After the version commit, before the pointer moves. */
  static final String VERSION_COMMITTED = "version-committed";

  /** After the pointer moved, before the history row. */
  static final String PROMOTED = "promoted";

  private final String point;
  private final Path marker;

  private FaultPause(String point, Path marker) {
    this.point = point;
    this.marker = marker;
  }

  /**
   * @return the pause the system properties ask for, or {@link RetrainListener#NONE}
   * @throws IllegalArgumentException if only one of the two properties is set, or the point is
   *     unknown
   */
  static RetrainListener fromSystemProperties() {
    String at = System.getProperty(PAUSE_AT, "").trim();
    String file = System.getProperty(MARKER, "").trim();
    if (at.isEmpty() && file.isEmpty()) {
      return RetrainListener.NONE;
    }
    if (at.isEmpty() || file.isEmpty()) {
      throw new IllegalArgumentException(
          "-D" + PAUSE_AT + " and -D" + MARKER + " must be set together (fault injection)");
    }
    if (!at.equals(VERSION_COMMITTED) && !at.equals(PROMOTED)) {
      throw new IllegalArgumentException(
          "-D" + PAUSE_AT + "=" + at + ": use " + VERSION_COMMITTED + " or " + PROMOTED);
    }
    return new FaultPause(at, Path.of(file));
  }

  @Override
  public void afterVersionCommitted(ModelVersion version) {
    pauseIf(VERSION_COMMITTED, version);
  }

  @Override
  public void afterPromotion(ModelVersion version) {
    pauseIf(PROMOTED, version);
  }

  private void pauseIf(String reached, ModelVersion version) {
    if (!point.equals(reached)) {
      return;
    }
    String text = String.format(Locale.ROOT, "%s %s%n", reached, version.name());
    try {
      Path tmp = Files.createTempFile(marker.toAbsolutePath().getParent(), ".marker-", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the fault-injection marker " + marker, e);
    }
    LOG.warn("fault injection: paused at {} ({}) until killed", reached, version.name());
    CountDownLatch never = new CountDownLatch(1);
    while (true) {
      try {
        never.await();
      } catch (InterruptedException e) {
        // Keep holding: only a kill ends the pause.
      }
    }
  }
}
