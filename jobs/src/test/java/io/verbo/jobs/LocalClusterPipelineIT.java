package io.verbo.jobs;

import static io.verbo.jobs.LocalClusterScripts.deleteTree;
import static io.verbo.jobs.LocalClusterScripts.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.verbo.jobs.LocalClusterScripts.Cluster;
import io.verbo.jobs.LocalClusterScripts.Run;
import io.verbo.store.RunLayout;
import io.verbo.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user does to try cluster mode on one machine, as separate processes: {@code
 * deploy/local-cluster/start.sh}, {@code bin/verbo pipeline} against its {@code spark://} master,
 * {@code stop.sh}. Needs the packaged build ({@code jobs/target/launcher/}), so Failsafe runs it in
 * the integration-test phase; elsewhere it is skipped. Free ports, so it can run beside another
 * cluster; the cluster's logs stay in {@code jobs/target/local-cluster-it/} for CI.
 */
class LocalClusterPipelineIT {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(300);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  @TempDir Path tmp;

  @Test
  void pipelineFromBinVerboRunsOnTheLocalCluster() throws IOException {
    Path repo = TestPaths.repoRoot();
    assumeThat(repo.resolve("jobs/target/launcher/classpath.txt"))
        .as("needs `mvn package` (Failsafe runs this after it)")
        .isRegularFile();
    Path clusterDir = repo.resolve("jobs/target/local-cluster-it");
    Cluster cluster = Cluster.onFreePorts(clusterDir);
    Map<String, String> clusterEnv = cluster.env();
    String master = cluster.master();
    // A previous run's cluster is stopped, and its work dirs would satisfy the executor check.
    run(tmp, repo, clusterEnv, STOP_TIMEOUT, "deploy/local-cluster/stop.sh");
    deleteTree(clusterDir);
    List<Long> daemons = new ArrayList<>();
    try {
      Run start = run(tmp, repo, clusterEnv, START_TIMEOUT, "deploy/local-cluster/start.sh");
      assertThat(start.exit()).as("start.sh succeeds:\n%s", start.output()).isZero();
      assertThat(start.output())
          .as("start.sh prints the master URL")
          .contains("master:    " + master);
      daemons.addAll(pids(clusterDir));
      assertThat(daemons).as("a Master and one Worker").hasSize(2);

      String root = tmp.resolve("run").toString();
      Run pipeline =
          run(
              tmp,
              repo,
              Map.of("VERBO_DRIVER_MEMORY", "1g"),
              PIPELINE_TIMEOUT,
              "bin/verbo",
              "pipeline",
              "--conf",
              "conf/local.conf",
              "--set",
              "verbo.spark.master=" + master,
              "--set",
              "verbo.run.root=" + root);
      assertThat(pipeline.exit())
          .as("bin/verbo pipeline on %s:\n%s\n%s", master, pipeline.output(), logTails(clusterDir))
          .isZero();
      assertThat(pipeline.output())
          .as("the driver used the cluster and the stages reconciled")
          .contains("master=" + master)
          .contains("spark.jars from bin/verbo")
          .contains("rejected=11")
          .contains("vocab: size=");
      List<Path> executorLogs;
      try (Stream<Path> apps = Files.list(clusterDir.resolve("worker-1/work"))) {
        executorLogs = apps.map(app -> app.resolve("0/stderr")).toList();
      }
      assertThat(executorLogs).as("one application on the Worker").hasSize(1);
      assertThat(Files.readString(executorLogs.get(0), StandardCharsets.UTF_8))
          .as("its executor, a JVM the Worker started, ran the tasks")
          .contains("Finished task");
      RunLayout layout = new RunLayout(root);
      assertThat(Path.of(RunLayout.metadataOf(layout.tokenized()).toUri().getPath()))
          .isRegularFile();
      assertThat(Path.of(RunLayout.metadataOf(layout.vocabulary()).toUri().getPath()))
          .isRegularFile();
    } finally {
      Run stop = run(tmp, repo, clusterEnv, STOP_TIMEOUT, "deploy/local-cluster/stop.sh");
      assertThat(stop.exit()).as("stop.sh:\n%s", stop.output()).isZero();
      assertThat(daemons)
          .as("no daemon left running")
          .noneMatch(LocalClusterPipelineIT::aliveAfterGrace);
    }
    Run again = run(tmp, repo, clusterEnv, STOP_TIMEOUT, "deploy/local-cluster/stop.sh");
    assertThat(again.exit()).as("stop.sh is idempotent").isZero();
    assertThat(again.output()).contains("nothing running");
  }

  /** A stopped daemon may stay a zombie for a moment until its new parent reaps it. */
  private static boolean aliveAfterGrace(long pid) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      if (System.nanoTime() > deadline) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return true;
      }
    }
    return false;
  }

  private static List<Long> pids(Path clusterDir) throws IOException {
    List<Long> pids = new ArrayList<>();
    try (Stream<Path> files = Files.list(clusterDir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
        pids.add(Long.parseLong(Files.readString(f, StandardCharsets.UTF_8).trim()));
      }
    }
    return pids;
  }

  private static String logTails(Path clusterDir) {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> logs = Files.walk(clusterDir, 5)) {
      for (Path log :
          logs.filter(p -> p.toString().endsWith(".log") || p.endsWith("stderr"))
              .sorted()
              .toList()) {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        sb.append("---- ").append(log).append('\n');
        lines
            .subList(Math.max(0, lines.size() - 30), lines.size())
            .forEach(l -> sb.append(l).append('\n'));
      }
    } catch (IOException | UncheckedIOException e) {
      sb.append("(cannot read the cluster logs: ").append(e.getMessage()).append(")\n");
    }
    return sb.toString();
  }

}
