package io.verbo.jobs;

import static io.verbo.jobs.LocalClusterScripts.deleteTree;
import static io.verbo.jobs.LocalClusterScripts.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.verbo.jobs.LocalClusterScripts.Cluster;
import io.verbo.jobs.LocalClusterScripts.Run;
import io.verbo.sentiment.SentimentLayout;
import io.verbo.store.RunLayout;
import io.verbo.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment path end to end: {@code deploy/local-cluster/start.sh} starts a real standalone
 * cluster, {@code deploy/submit.sh --profile standalone} submits the whole pipeline on data-samples
 * through that cluster's spark-submit (Spark's own launcher), with a tiny embedding and sentiment
 * run, and the model, reports and event log must exist. Needs the packaged build, so Failsafe runs
 * it; free ports, so it can run beside another cluster.
 */
class SubmitScriptIT {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration SUBMIT_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);

  @TempDir Path tmp;

  @Test
  void submitShRunsThePipelineOnAStandaloneCluster() throws IOException {
    Path repo = TestPaths.repoRoot();
    assumeThat(repo.resolve("jobs/target/launcher/classpath.txt"))
        .as("needs `mvn package` (Failsafe runs this after it)")
        .isRegularFile();
    Path clusterDir = repo.resolve("jobs/target/submit-it-cluster");
    Cluster cluster = Cluster.onFreePorts(clusterDir);
    Map<String, String> clusterEnv = cluster.env();
    String master = cluster.master();
    run(tmp, repo, clusterEnv, STOP_TIMEOUT, "deploy/local-cluster/stop.sh");
    deleteTree(clusterDir);
    try {
      Run start = run(tmp, repo, clusterEnv, START_TIMEOUT, "deploy/local-cluster/start.sh");
      assertThat(start.exit()).as("start.sh:\n%s", start.output()).isZero();

      Path root = tmp.resolve("run");
      Path events = tmp.resolve("events");
      Map<String, String> submitEnv = new HashMap<>();
      submitEnv.put("SPARK_HOME", clusterDir.resolve("spark-home").toString());
      submitEnv.put("VERBO_MASTER", master);
      submitEnv.put("VERBO_EVENT_LOG_DIR", events.toString());
      // 2 GiB: 819 MiB heap (Spark needs 450 MiB), 1024 MiB JavaCPP off-heap; heap fits the 2g
      // Worker.
      submitEnv.put("VERBO_EXECUTOR_MEMORY_GB", "2");
      submitEnv.put("VERBO_DRIVER_MEMORY_GB", "2");
      Run submit =
          run(
              tmp,
              repo,
              submitEnv,
              SUBMIT_TIMEOUT,
              "deploy/submit.sh",
              "--profile",
              "standalone",
              "--",
              "pipeline",
              "--conf",
              "conf/local.conf",
              "--set",
              "verbo.run.root=" + root,
              "--set",
              "verbo.pipeline.stages=tokenize,vocab,embeddings,sentiment",
              "--set",
              "verbo.embeddings.vector-size=16",
              "--set",
              "verbo.embeddings.epochs=1",
              "--set",
              "verbo.sentiment.encoding.max-len=30",
              "--set",
              "verbo.sentiment.network.lstm-units=8",
              "--set",
              "verbo.sentiment.training.epochs=1",
              "--set",
              "verbo.sentiment.training.fine-tune-epochs=0");
      assertThat(submit.exit())
          .as("submit.sh on %s:\n%s", master, tail(submit.output(), 80))
          .isZero();
      assertThat(submit.output())
          .as("the printed command comes from the build and the profile")
          .contains("--class " + VerboCommand.class.getName())
          .contains("spark.executor.memory=819m")
          .contains("-Dorg.bytedeco.javacpp.maxbytes=1024m")
          .as("the driver ran on the cluster, the GPU check passed, every stage reported")
          .contains("master=" + master)
          .contains("CPU backend, no GPU devices used")
          .contains("rejected=11")
          .contains("train-sentiment: validation");

      RunLayout layout = new RunLayout(root.toString());
      Path model = Path.of(SentimentLayout.modelDir(layout, "lstm").toUri().getPath());
      Path reports = Path.of(SentimentLayout.reportsDir(layout, "lstm").toUri().getPath());
      assertThat(model.resolve("_metadata.json"))
          .as("model committed with provenance")
          .isRegularFile();
      assertThat(reports).as("evaluation reports").isDirectory();
      assertThat(Path.of(layout.embeddings("w2v").toUri().getPath()).resolve("vectors.txt"))
          .as("embeddings in word2vec text")
          .isRegularFile();
      try (Stream<Path> logs = Files.list(events)) {
        assertThat(logs.toList()).as("one event log (spark.eventLog.enabled)").hasSize(1);
      }
      Run doctor =
          run(tmp, repo, submitEnv, SUBMIT_TIMEOUT, "deploy/submit.sh", "--profile", "standalone", "--", "doctor");
      assertThat(doctor.exit()).as("doctor from the shaded jar:\n%s", tail(doctor.output(), 60)).isZero();
      assertThat(doctor.output())
          .as("the driver JVM runs with the derived JavaCPP limits (2 GiB: 1024 MiB, 1945 MiB)")
          .contains("maxbytes:              1073741824 (1.0 GiB)")
          .contains("maxphysicalbytes:      2039480320 (1.9 GiB)")
          .contains("CPU backend, no GPU devices")
          .contains("Status: healthy");

      String executorLog = executorStderr(clusterDir);
      assertThat(executorLog)
          .as("the executor JVM got the derived heap and the Java 17 flags worked")
          .contains("Finished task");
    } finally {
      Run stop = run(tmp, repo, clusterEnv, STOP_TIMEOUT, "deploy/local-cluster/stop.sh");
      assertThat(stop.exit()).as("stop.sh:\n%s", stop.output()).isZero();
    }
  }

  private static String executorStderr(Path clusterDir) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.walk(clusterDir.resolve("worker-1/work"), 3)) {
      for (Path f : files.filter(p -> p.endsWith("stderr")).toList()) {
        sb.append(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  private static String tail(String text, int lines) {
    List<String> all = text.lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

}
