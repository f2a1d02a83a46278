package io.verbo.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code bin/verbo} running as a child process, as a scheduler starts it: its output (stdout and
 * stderr together) goes to a file so a full pipe never blocks it, and the test can wait for it or
 * SIGKILL its whole process tree (no shutdown hook, no {@code finally}, no {@code close()} runs).
 * Not thread-safe.
 */
final class VerboProcess {
  private final Process process;
  private final Path output;

  private VerboProcess(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  /**
   * @param repo the repository root (working folder)
   * @param output the file that receives the output
   * @param env extra environment ({@code VERBO_*}/{@code SPARK_*} of this JVM are removed first)
   * @param args the arguments of {@code bin/verbo}
   * @return the started process
   * @throws IOException if it cannot start
   */
  static VerboProcess start(Path repo, Path output, Map<String, String> env, List<String> args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(repo.resolve("bin/verbo").toString());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true);
    pb.redirectOutput(output.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("VERBO_") || k.startsWith("SPARK_"));
    pb.environment().putAll(env);
    return new VerboProcess(pb.start(), output);
  }

  /** @return whether the process still runs */
  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Waits for the process to end; kills its tree on the timeout.
   *
   * @param timeout how long to wait
   * @return the exit code, or -1 after a timeout
   * @throws InterruptedException if interrupted
   */
  int await(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      killTree(Duration.ofSeconds(30));
      return -1;
    }
    return process.exitValue();
  }

  /**
   * SIGKILLs the process and every descendant (taken before the kill), and waits until each is
   * gone.
   *
   * @param timeout how long to wait for each process to be gone
   * @return the pids killed, the process's own first
   * @throws InterruptedException if interrupted
   * @throws IllegalStateException if a process outlives the timeout
   */
  List<Long> killTree(Duration timeout) throws InterruptedException {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(process.toHandle());
    tree.addAll(process.descendants().toList());
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle h : tree) {
      try {
        h.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("process " + h.pid() + " survived SIGKILL", e);
      }
    }
    return tree.stream().map(ProcessHandle::pid).toList();
  }

  /**
   * @return the output so far
   * @throws IOException if it cannot be read
   */
  String output() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }
}
