package io.verbo.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another class's {@code main} in this JVM and exits the JVM as soon as its standard input
 * reaches end of file, which happens when the parent process closes the pipe or dies, even by
 * {@code kill -9}. {@link StandaloneSparkCluster} starts the Master and the Worker through it, so a
 * test JVM that is killed does not leave Spark daemons behind. The exit runs the shutdown hooks,
 * and the Worker's hooks kill its executors.
 *
 * <p>Usage: {@code java -cp ... io.verbo.testing.ParentWatchdog <main class> [args...]}.
 */
public final class ParentWatchdog {
  /** Exit status when the parent went away. */
  static final int PARENT_GONE = 143;

  private ParentWatchdog() {}

  /**
   * @param args the main class, then its arguments
   * @throws IllegalArgumentException if no main class is given or it has no {@code main}
   * @throws IllegalStateException if the wrapped {@code main} fails with a checked exception
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("Usage: ParentWatchdog <main class> [args...]");
    }
    Thread watchdog = new Thread(() -> watch(System.in), "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    Method main;
    try {
      main = Class.forName(args[0]).getMethod("main", String[].class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("Cannot find " + args[0] + ".main(String[])", e);
    }
    try {
      main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(args[0] + ".main failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(args[0] + ".main is not public", e);
    }
  }

  private static void watch(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Nothing is ever written; the read returns only at end of file.
      }
    } catch (IOException e) {
      // A broken pipe means the same as end of file: the parent is gone.
    }
    System.exit(PARENT_GONE);
  }
}
