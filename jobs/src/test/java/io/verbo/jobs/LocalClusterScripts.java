package io.verbo.jobs;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the integration tests need to drive the repository's scripts as a user would: a
 * {@code deploy/local-cluster} environment on free ports, running a script with a timeout, and
 * cleaning up. Stateless.
 */
final class LocalClusterScripts {
  private LocalClusterScripts() {}

  /** What a script printed (stdout and stderr together) and returned; exit -1 on a timeout. */
  record Run(int exit, String output) {}

  /**
   * The environment of {@code deploy/local-cluster/start.sh} and {@code stop.sh} for a cluster in
   * its own folder on free ports, so a test can run beside another cluster.
   *
   * @param dir the cluster folder (work dirs, logs, pid files)
   * @param env the scripts' environment
   * @param master the master URL, {@code spark://127.0.0.1:PORT}
   */
  record Cluster(Path dir, Map<String, String> env, String master) {
    /**
     * @param dir the cluster folder
     * @return a cluster description with fresh free ports and 2 GB of worker memory
     * @throws IOException if no port can be found
     */
    static Cluster onFreePorts(Path dir) throws IOException {
      int masterPort = freePort();
      Map<String, String> env =
          Map.of(
              "VERBO_CLUSTER_DIR", dir.toString(),
              "VERBO_CLUSTER_MASTER_PORT", String.valueOf(masterPort),
              "VERBO_CLUSTER_MASTER_UI_PORT", String.valueOf(freePort()),
              "VERBO_CLUSTER_WORKER_UI_PORT", String.valueOf(freePort()),
              "VERBO_CLUSTER_WORKER_MEMORY", "2g");
      return new Cluster(dir, env, "spark://127.0.0.1:" + masterPort);
    }
  }

  /**
   * Runs a repository script with only the given {@code VERBO_*}/{@code SPARK_*} variables; the
   * output goes through a file so a full pipe never blocks it, and a timeout kills the process tree.
   *
   * @param tmp a folder for the output file
   * @param repo the repository root (working folder; {@code command[0]} is relative to it)
   * @param env extra environment
   * @param timeout how long to wait
   * @param command the script and its arguments
   * @return the exit code and output
   * @throws IOException if the script cannot start
   */
  static Run run(Path tmp, Path repo, Map<String, String> env, Duration timeout, String... command)
      throws IOException {
    Path out = Files.createTempFile(tmp, "out-", ".txt");
    List<String> cmd = new ArrayList<>(List.of(command));
    cmd.set(0, repo.resolve(command[0]).toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true);
    pb.redirectOutput(out.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("VERBO_") || k.startsWith("SPARK_"));
    pb.environment().putAll(env);
    Process p = pb.start();
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        return new Run(
            -1,
            "timed out after " + timeout + ":\n" + Files.readString(out, StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + cmd, e);
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  /**
   * Deletes a folder; the links of its spark-home/jars are removed, never followed.
   *
   * @param root the folder (absent is fine)
   * @throws IOException if a file cannot be deleted
   */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * @return a TCP port free on 127.0.0.1 at the time of the call
   * @throws IOException if none can be bound
   */
  static int freePort() throws IOException {
    try (ServerSocket s =
        new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
      return s.getLocalPort();
    }
  }
}
