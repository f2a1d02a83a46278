package io.verbo.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real standalone Spark cluster for tests: one Master and one Worker, each a JVM of its own
 * started from this JVM's classpath and bound to 127.0.0.1 only. The Worker starts the executors as
 * further JVMs, so tasks, closures and shuffles really cross process boundaries.
 *
 * <p>How it works (see {@code stack-notes.md}): a {@code SPARK_HOME} under a fresh folder whose
 * {@code jars/} links to every jar of the classpath (the Worker builds each executor's classpath
 * from it, with {@code SPARK_SCALA_VERSION=2.12}); the classpath's directories ({@code
 * target/classes}, {@code target/test-classes}) are packed into jars that {@link #newSession}
 * passes as {@code spark.jars}. The Master's ports are free ports picked at start (a lost race is
 * retried); the Worker's are ephemeral. Startup waits until the Master's {@code /json} shows the
 * Worker alive, and fails with the tail of every log if it does not.
 *
 * <p>{@link #close()} stops the sessions made here, the Worker (whose shutdown hook kills its
 * executors; leftovers are killed) and the Master, waiting for each. A JVM shutdown hook does the
 * same if close is never called, and {@link ParentWatchdog} ends the daemons if this JVM is killed.
 * Logs stay in {@link #logDir()}; executor logs in {@code worker/work/<app>/<id>/stderr}.
 *
 * <p>Only one SparkContext may run per JVM: {@link #newSession} refuses while another session runs.
 * Not thread-safe: one instance per test class, started in {@code @BeforeAll}.
 */
public final class StandaloneSparkCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StandaloneSparkCluster.class);

  /** The only address any process of the cluster binds or advertises. */
  public static final String LOOPBACK = "127.0.0.1";

  /** Cores the Worker offers; one executor takes them all. */
  public static final int CORES = 2;

  private static final String WORKER_MEMORY = "2g";
  private static final String EXECUTOR_MEMORY = "1g";
  private static final String EXECUTOR_JAVA_OPTIONS = "spark.executor.extraJavaOptions";
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final int PORT_ATTEMPTS = 3;
  private static final int TAIL_LINES = 40;

  private final Path dir;
  private final Path sparkHome;
  private final List<Path> appJars;
  private final List<String> opens;
  private final List<SparkSession> sessions = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final Thread shutdownHook = new Thread(() -> stop(true), "standalone-spark-cluster-stop");
  private SparkDaemon master;
  private SparkDaemon worker;
  private int masterPort;
  private int masterUiPort;
  private boolean closed;

  private StandaloneSparkCluster(Path dir) {
    this.dir = dir;
    this.sparkHome = dir.resolve("spark-home");
    List<Path> classpath = ClasspathJars.classpath();
    int linked = ClasspathJars.linkJars(classpath, sparkHome.resolve("jars"));
    this.appJars = ClasspathJars.packDirectories(classpath, dir.resolve("app-jars"));
    this.opens = SparkDaemon.addOpensOfThisJvm();
    LOG.info("SPARK_HOME {}: {} jars linked; spark.jars {}", sparkHome, linked, appJars);
  }

  /**
   * Starts the Master and the Worker and waits until the Worker is registered.
   *
   * @return the running cluster; close it when done
   * @throws IllegalStateException if the cluster does not come up (the message holds the logs)
   */
  public static StandaloneSparkCluster start() {
    long begin = System.nanoTime();
    StandaloneSparkCluster cluster = new StandaloneSparkCluster(newDir());
    Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
    try {
      cluster.startDaemons();
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    LOG.info(
        "Standalone Spark cluster up in {} ms: {} (UI http://{}:{}), logs {}",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin),
        cluster.masterUrl(),
        LOOPBACK,
        cluster.masterUiPort,
        cluster.logDir());
    return cluster;
  }

  /**
   * @return the master URL, {@code spark://127.0.0.1:<port>}
   */
  public String masterUrl() {
    return "spark://" + LOOPBACK + ":" + masterPort;
  }

  /**
   * @return the folder of the Master and Worker logs
   */
  public Path logDir() {
    return dir.resolve("logs");
  }

  /**
   * @return the pids of the live processes the Worker started (the executor JVMs)
   */
  public Set<Long> executorPids() {
    if (worker == null) {
      return Set.of();
    }
    return worker.children().stream().map(ProcessHandle::pid).collect(Collectors.toSet());
  }

  /**
   * Builds a session on this cluster: one executor with {@link #CORES} cores and 1g, the packed
   * classpath directories as {@code spark.jars}, this JVM's {@code --add-opens} flags, UTF-8 and
   * the C1 compiler only on the executors, driver on 127.0.0.1, UI off. It returns once the
   * executor is registered.
   *
   * @param appName application name shown by the Master
   * @return the new session; {@link #close()} stops it if the test did not
   * @throws IllegalStateException if this cluster is closed or another session runs in this JVM
   */
  public SparkSession newSession(String appName) {
    return newSession(appName, Map.of());
  }

  /**
   * Like {@link #newSession(String)}, with more settings the session needs from its start (e.g.
   * DL4J's serializer and executor JVM options): {@value #EXECUTOR_JAVA_OPTIONS} is appended to the
   * fixture's executor flags, any other key replaces the fixture's value.
   *
   * @param appName application name shown by the Master
   * @param extraConf more Spark settings; {@code spark.executor.memory} at most the Worker's
   *     {@value #WORKER_MEMORY}
   * @return the new session; {@link #close()} stops it if the test did not
   * @throws IllegalStateException if this cluster is closed or another session runs in this JVM
   * @throws IllegalArgumentException if the executor would not fit in the Worker (the session would
   *     wait for it forever)
   */
  public SparkSession newSession(String appName, Map<String, String> extraConf) {
    if (closed) {
      throw new IllegalStateException("Cannot create a session: the cluster is closed");
    }
    for (scala.Option<SparkSession> other :
        List.of(SparkSession.getActiveSession(), SparkSession.getDefaultSession())) {
      if (other.isDefined() && !other.get().sparkContext().isStopped()) {
        throw new IllegalStateException(
            "Cannot create a session on "
                + masterUrl()
                + ": a session on "
                + other.get().sparkContext().master()
                + " is running in this JVM and Spark allows one SparkContext per JVM. Stop it"
                + " first.");
      }
    }
    String executorMemory = extraConf.getOrDefault("spark.executor.memory", EXECUTOR_MEMORY);
    if (JavaUtils.byteStringAsMb(executorMemory) > JavaUtils.byteStringAsMb(WORKER_MEMORY)) {
      throw new IllegalArgumentException(
          "Cannot create a session with spark.executor.memory="
              + executorMemory
              + ": the Worker offers "
              + WORKER_MEMORY);
    }
    String executorOptions =
        String.join(" ", opens) + " -Dfile.encoding=UTF-8 " + SparkDaemon.C1_ONLY;
    SparkSession.Builder builder =
        SparkSession.builder()
            .master(masterUrl())
            .appName(appName)
            .config(
                "spark.jars", appJars.stream().map(Path::toString).collect(Collectors.joining(",")))
            .config("spark.executor.memory", EXECUTOR_MEMORY)
            .config("spark.executor.cores", String.valueOf(CORES))
            .config("spark.cores.max", String.valueOf(CORES))
            // Wait for the executor before the first job instead of queueing tasks.
            .config("spark.scheduler.minRegisteredResourcesRatio", "1.0")
            .config("spark.driver.host", LOOPBACK)
            .config("spark.driver.bindAddress", LOOPBACK)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.session.timeZone", "UTC");
    for (Map.Entry<String, String> e : extraConf.entrySet()) {
      if (e.getKey().equals(EXECUTOR_JAVA_OPTIONS)) {
        executorOptions += " " + e.getValue();
      } else {
        builder.config(e.getKey(), e.getValue());
      }
    }
    SparkSession spark = builder.config(EXECUTOR_JAVA_OPTIONS, executorOptions).getOrCreate();
    sessions.add(spark);
    return spark;
  }

  /**
   * @param lines lines to keep per file
   * @return the last lines of the Master, Worker and executor logs, each under a header
   */
  public String logTails(int lines) {
    StringBuilder out = new StringBuilder();
    List<Path> logs = new ArrayList<>(listFiles(logDir(), 1));
    listFiles(dir.resolve("worker/work"), 3).stream()
        .filter(p -> p.getFileName().toString().equals("stderr"))
        .forEach(logs::add);
    for (Path log : logs) {
      out.append("---- ").append(log).append('\n');
      try {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        all.subList(Math.max(0, all.size() - lines), all.size())
            .forEach(l -> out.append(l).append('\n'));
      } catch (IOException | UncheckedIOException e) {
        out.append("(cannot read: ").append(e.getMessage()).append(")\n");
      }
    }
    return out.toString();
  }

  /** Stops the sessions made here, then the Worker and its executors, then the Master. */
  @Override
  public void close() {
    stop(false);
  }

  private synchronized void stop(boolean fromShutdownHook) {
    if (closed) {
      return;
    }
    closed = true;
    if (!fromShutdownHook) {
      for (SparkSession s : sessions) {
        if (!s.sparkContext().isStopped()) {
          s.stop();
        }
      }
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // The JVM is already shutting down; the hook's own call returns at once (closed is set).
      }
    }
    // SIGTERM to both at once: the Master needs nothing from the Worker to stop.
    List<ProcessHandle> executors = worker == null ? List.of() : worker.children();
    for (SparkDaemon d : daemons()) {
      d.signal();
    }
    for (SparkDaemon d : daemons()) {
      d.awaitExit(STOP_TIMEOUT, d == worker ? executors : List.of());
    }
    deleteTree(sparkHome);
    deleteTree(dir.resolve("app-jars"));
    LOG.info("Standalone Spark cluster {} stopped; logs kept in {}", masterUrl(), logDir());
  }

  private void startDaemons() {
    for (int attempt = 1; ; attempt++) {
      masterPort = freePort();
      masterUiPort = freePort();
      master =
          SparkDaemon.start(
              "master",
              sparkHome,
              logDir().resolve("master.log"),
              Map.of(),
              "org.apache.spark.deploy.master.Master",
              List.of(
                  "--host",
                  LOOPBACK,
                  "--port",
                  String.valueOf(masterPort),
                  "--webui-port",
                  String.valueOf(masterUiPort)));
      try {
        awaitAliveWorkers(0);
        break;
      } catch (IllegalStateException e) {
        if (attempt < PORT_ATTEMPTS
            && !master.isAlive()
            && master.logText().contains("BindException")) {
          LOG.warn("Master port {} or {} was taken meanwhile; retrying", masterPort, masterUiPort);
          continue;
        }
        throw e;
      }
    }
    Path workerDir = dir.resolve("worker");
    worker =
        SparkDaemon.start(
            "worker",
            sparkHome,
            logDir().resolve("worker.log"),
            Map.of("SPARK_LOCAL_DIRS", workerDir.resolve("local").toString()),
            "org.apache.spark.deploy.worker.Worker",
            List.of(
                "--host",
                LOOPBACK,
                "--cores",
                String.valueOf(CORES),
                "--memory",
                WORKER_MEMORY,
                "--webui-port",
                "0",
                "--work-dir",
                workerDir.resolve("work").toString(),
                masterUrl()));
    awaitAliveWorkers(1);
  }

  private void awaitAliveWorkers(int count) {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (SparkDaemon d : daemons()) {
        if (!d.isAlive()) {
          throw startupFailure("the " + d.name() + " " + d.exitDescription());
        }
      }
      JsonNode state = masterState();
      if (state != null
          && "ALIVE".equals(state.path("status").asText())
          && state.path("aliveworkers").asInt() >= count) {
        return;
      }
      sleep(Duration.ofMillis(250));
    }
    throw startupFailure(
        count + " worker(s) not alive at the Master after " + STARTUP_TIMEOUT.toSeconds() + " s");
  }

  private List<SparkDaemon> daemons() {
    List<SparkDaemon> out = new ArrayList<>();
    if (worker != null) {
      out.add(worker);
    }
    if (master != null) {
      out.add(master);
    }
    return out;
  }

  /**
   * @return the Master's {@code /json} state, or null while it does not answer
   */
  private JsonNode masterState() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + masterUiPort + "/json/"))
            .timeout(Duration.ofSeconds(2))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? new ObjectMapper().readTree(response.body()) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the Spark master", e);
    }
  }

  private IllegalStateException startupFailure(String reason) {
    return new IllegalStateException(
        "Cannot start the standalone Spark cluster: "
            + reason
            + ". Logs in "
            + logDir()
            + ":\n"
            + logTails(TAIL_LINES));
  }

  /**
   * @return a fresh folder under the module's target/ (kept for CI), else under java.io.tmpdir
   */
  private static Path newDir() {
    try {
      Path target = Paths.get("target").toAbsolutePath();
      if (Files.isDirectory(target)) {
        Path parent = Files.createDirectories(target.resolve("spark-clusters"));
        return Files.createTempDirectory(parent, "cluster-");
      }
      return Files.createTempDirectory("verbo-spark-cluster-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a folder for the Spark cluster", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port on " + LOOPBACK, e);
    }
  }

  private static List<Path> listFiles(Path root, int depth) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root, depth)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  /** Deletes a folder; symbolic links are removed, never followed. */
  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("Cannot delete {}", root, e);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the Spark cluster", e);
    }
  }
}
