package io.verbo.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Spark Master or Worker JVM of a {@link StandaloneSparkCluster}: started through {@link
 * ParentWatchdog} from {@code SPARK_HOME/jars/*}, bound to 127.0.0.1, output in one log file. Not
 * thread-safe.
 */
final class SparkDaemon {
  private static final Logger LOG = LoggerFactory.getLogger(SparkDaemon.class);

  /**
   * The cluster's JVMs live for seconds: without C2 they start and finish test-sized jobs faster on
   * a busy 2-core machine (measured there: cluster startup 12.7 s to 4.7-6.1 s, the cluster test
   * class about 85 s to 59 s). Executors get it too ({@link StandaloneSparkCluster#newSession}).
   */
  static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  private final String name;
  private final Process process;
  private final Path log;

  private SparkDaemon(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * @param name "master" or "worker", for logs and messages
   * @param sparkHome the SPARK_HOME whose jars/ is the classpath
   * @param log the file that receives stdout and stderr
   * @param env more environment variables (SPARK_HOME, SPARK_SCALA_VERSION and SPARK_LOCAL_IP are
   *     always set; other SPARK_* variables of this JVM are dropped)
   * @param mainClass the Spark main class
   * @param args its arguments
   * @return the started daemon
   * @throws UncheckedIOException if the process cannot be started
   */
  static SparkDaemon start(
      String name,
      Path sparkHome,
      Path log,
      Map<String, String> env,
      String mainClass,
      List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add(C1_ONLY);
    cmd.addAll(addOpensOfThisJvm());
    cmd.add("-Dfile.encoding=UTF-8");
    // A taken port must fail, not move to the next one: the cluster's URLs would be wrong.
    cmd.add("-Dspark.port.maxRetries=0");
    cmd.add("-Dspark.master.rest.enabled=false");
    // Spark's own INFO logging: the test-classes' log4j2-test.properties hides what startup needs.
    cmd.add("-Dlog4j2.configurationFile=classpath:org/apache/spark/log4j2-defaults.properties");
    cmd.add("-cp");
    cmd.add(sparkHome.resolve("jars") + File.separator + "*" + File.pathSeparator + watchdogJar());
    cmd.add(ParentWatchdog.class.getName());
    cmd.add(mainClass);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.directory(log.toAbsolutePath().getParent().toFile());
    pb.redirectOutput(log.toFile());
    // Standard input stays a pipe from this JVM: ParentWatchdog exits when it closes.
    Map<String, String> environment = pb.environment();
    environment.keySet().removeIf(k -> k.startsWith("SPARK_"));
    environment.put("SPARK_HOME", sparkHome.toString());
    // Without it the Worker fails every executor with "Cannot find any build directories".
    environment.put("SPARK_SCALA_VERSION", "2.12");
    // Web UIs bind SPARK_LOCAL_IP (else 0.0.0.0); executors inherit it from the Worker.
    environment.put("SPARK_LOCAL_IP", StandaloneSparkCluster.LOOPBACK);
    environment.putAll(env);
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      return new SparkDaemon(name, pb.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the Spark " + name + ": " + cmd, e);
    }
  }

  /**
   * @return the {@code --add-opens} flags this JVM runs with, each as one {@code --add-opens=X}
   */
  static List<String> addOpensOfThisJvm() {
    List<String> in = ManagementFactory.getRuntimeMXBean().getInputArguments();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      String arg = in.get(i);
      if (arg.startsWith("--add-opens=")) {
        out.add(arg);
      } else if (arg.equals("--add-opens") && i + 1 < in.size()) {
        out.add("--add-opens=" + in.get(++i));
      }
    }
    return out;
  }

  /**
   * @return "master" or "worker"
   */
  String name() {
    return name;
  }

  /**
   * @return whether the JVM still runs
   */
  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * @return why it stopped, e.g. "exited with status 1"
   */
  String exitDescription() {
    return process.isAlive() ? "still running" : "exited with status " + process.exitValue();
  }

  /**
   * @return the log so far, empty if unreadable
   */
  String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * @return the live processes it started (a Worker's executors)
   */
  List<ProcessHandle> children() {
    return process.descendants().filter(ProcessHandle::isAlive).toList();
  }

  /** Sends SIGTERM: Spark's shutdown hooks run (a Worker's kill its executors). */
  void signal() {
    process.destroy();
  }

  /**
   * Waits for the JVM after {@link #signal()}, SIGKILLs it after {@code timeout}, then kills any of
   * {@code leftovers} still alive.
   *
   * @param timeout how long to wait for each process
   * @param leftovers processes it had started (taken before the signal)
   */
  void awaitExit(Duration timeout, List<ProcessHandle> leftovers) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn(
            "Spark {} (pid {}) ignored SIGTERM for {}; killing it", name, process.pid(), timeout);
        process.destroyForcibly().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      for (ProcessHandle child : leftovers) {
        if (child.isAlive()) {
          LOG.warn("Killing process {} left by the Spark {}", child.pid(), name);
          child.destroyForcibly();
          child.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      leftovers.forEach(ProcessHandle::destroyForcibly);
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("A process of the Spark {} did not exit in time", name, e);
    }
  }

  /**
   * @return the classpath entry (directory or test-jar) holding {@link ParentWatchdog}
   */
  private static String watchdogJar() {
    try {
      return Paths.get(
              ParentWatchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate " + ParentWatchdog.class, e);
    }
  }
}
