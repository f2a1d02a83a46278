package io.verbo.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbo.registry.RegistryLayout;
import io.verbo.registry.RetrainHistory;
import io.verbo.registry.RetrainRecord;
import io.verbo.sentiment.Prediction;
import io.verbo.sentiment.SentimentModel;
import io.verbo.store.RunLayout;
import io.verbo.testing.RetrainFixtures;
import io.verbo.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/verbo retrain} killed with SIGKILL, as a crashed scheduler host or an OOM killer would
 * end it: no {@code finally} block, {@code close()} or shutdown hook runs, staging folders stay
 * torn. Each run is a child process (the driver JVM, Spark embedded on {@code local[2]}); the test
 * kills its whole process tree at points it observes, then checks what a reader of the registry
 * sees and that {@code --resume} finishes the job:
 *
 * <ol>
 *   <li>a first run makes {@code v000001} the champion;
 *   <li>a second run is killed once an epoch checkpoint is committed (seen by inotify under {@code
 *       checkpoints/sentiment/retrain-*}): the CHAMPION pointer is byte for byte the same;
 *   <li>{@code --resume} continues that run from its newest checkpoint (the epochs before it are
 *       not trained again) and is killed with {@code v000002} committed but the pointer not yet
 *       moved (held there by {@link FaultPause}, so the kill lands in a window of milliseconds):
 *       the pointer is still the same bytes and names the complete, loadable {@code v000001};
 *   <li>{@code --resume} again: {@code RegistryRecovery} deletes the orphan {@code v000002}, the
 *       run (all epochs checkpointed) trains nothing more, commits {@code v000003} and promotes it;
 *       the history has one row per decision and the champion loads and predicts.
 * </ol>
 *
 * Needs the packaged build ({@code jobs/target/launcher/}): Failsafe runs it after {@code package}.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class RetrainKillIT {
  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration KILL_TIMEOUT = Duration.ofSeconds(30);
  private static final int EPOCHS = 3;
  private static final Pattern RESUMING = Pattern.compile("Resuming run (retrain-\\S+) after epoch (\\d+)");
  private static final Pattern EPOCH_LINE = Pattern.compile("TrainingLoop: epoch (\\d+) \\(");
  /** A committed epoch checkpoint, not one being written under the run's {@code _staging/}. */
  private static final Pattern COMMITTED_CHECKPOINT =
      Pattern.compile("retrain-[0-9TZ]+/epoch-\\d{4}/state\\.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void killedRetrainRunsNeverExposeAPartialChampionAndResume() throws Exception {
    Path repo = TestPaths.repoRoot();
    assumeThat(repo.resolve("jobs/target/launcher/classpath.txt"))
        .as("needs `mvn package` (Failsafe runs this after it)")
        .isRegularFile();
    Path corpus = RetrainFixtures.plantedCorpus(tmp.resolve("corpus.jsonl"), 600, 3);
    Path root = tmp.resolve("run");
    RegistryLayout registry = RegistryLayout.inRun(new RunLayout(root.toString()));
    Path sentiment = local(registry.sentiment().toString());
    Path champion = sentiment.resolve(RegistryLayout.CHAMPION_FILE);
    Path checkpoints = root.resolve("checkpoints/sentiment");
    List<String> base = new ArrayList<>(List.of("retrain"));
    for (String set :
        RetrainFixtures.settings(root.toString(), corpus, "verbo.spark.master=\"local[2]\"")) {
      base.addAll(List.of("--set", set));
    }

    // 1. A champion to protect.
    Run first = run(repo, "first", Map.of(), base);
    assertThat(first.output()).as("first run").contains("decision first-champion");
    byte[] pointer = Files.readAllBytes(champion);
    assertThat(pointerVersion(champion)).isEqualTo("v000001");

    // 2. Killed once the challenger's first epoch checkpoint is committed.
    List<String> challenger = new ArrayList<>(base);
    challenger.addAll(
        List.of(
            "--set", "verbo.sentiment.training.epochs=" + EPOCHS,
            "--set", "verbo.retrain.refresh=[]",
            // Any challenger wins: the kill points before and after a promotion are both reached.
            "--set", "verbo.retrain.margin=-1"));
    Files.createDirectories(checkpoints);
    Path out2 = tmp.resolve("killed-in-training.log");
    VerboProcess second = VerboProcess.start(repo, out2, env(Map.of()), challenger);
    Path committed =
        FileEvents.await(
            checkpoints,
            p -> COMMITTED_CHECKPOINT.matcher(checkpoints.relativize(p).toString()).matches(),
            RUN_TIMEOUT,
            second::isAlive);
    second.killTree(KILL_TIMEOUT);
    String runId = committed.getParent().getParent().getFileName().toString();
    int checkpointed = newestCheckpoint(checkpoints.resolve(runId));
    assertThat(Files.readAllBytes(champion))
        .as("pointer unchanged after a kill in training")
        .isEqualTo(pointer);
    assertThat(versions(sentiment)).containsExactly("v000001");
    assertThat(epochsTrained(second.output()))
        .as("the killed run trained epochs up to its checkpoint %d", checkpointed)
        .allMatch(e -> e <= checkpointed);

    // 3. --resume continues the run; killed between the version commit and the promotion.
    List<String> resume = new ArrayList<>(challenger);
    resume.add("--resume");
    Path marker = tmp.resolve("markers/paused");
    Files.createDirectories(marker.getParent());
    Path out3 = tmp.resolve("killed-before-promotion.log");
    VerboProcess third =
        VerboProcess.start(
            repo,
            out3,
            env(
                Map.of(
                    "VERBO_JAVA_OPTS",
                    "-D" + FaultPause.PAUSE_AT + "=" + FaultPause.VERSION_COMMITTED
                        + " -D" + FaultPause.MARKER + "=" + marker)),
            resume);
    FileEvents.await(marker.getParent(), marker::equals, RUN_TIMEOUT, third::isAlive);
    third.killTree(KILL_TIMEOUT);
    String thirdOutput = third.output();
    assertThat(Files.readString(marker, StandardCharsets.UTF_8).trim())
        .isEqualTo("version-committed v000002");
    Matcher resumed = RESUMING.matcher(thirdOutput);
    assertThat(resumed.find()).as("resumed from a checkpoint:\n%s", thirdOutput).isTrue();
    assertThat(resumed.group(1)).as("the interrupted run").isEqualTo(runId);
    assertThat(Integer.parseInt(resumed.group(2))).as("its newest checkpoint").isEqualTo(checkpointed);
    assertThat(epochsTrained(thirdOutput))
        .as("only the epochs after the checkpoint are trained")
        .containsExactlyElementsOf(IntStream.rangeClosed(checkpointed + 1, EPOCHS).boxed().toList());
    assertThat(Files.readAllBytes(champion))
        .as("pointer unchanged: the new version is committed but not promoted")
        .isEqualTo(pointer);
    assertThat(versions(sentiment)).containsExactly("v000001", "v000002");
    assertThat(sentiment.resolve("_staging")).as("the version commit had finished").doesNotExist();
    assertLoads(sentiment.resolve("versions/v000001"));
    assertThat(curveEpochs(sentiment.resolve("versions/v000002")))
        .as("the committed challenger's curve: each epoch once")
        .containsExactly(1, 2, 3);

    // 4. --resume again: orphan removed, nothing retrained, promoted, one history row per decision.
    Run fourth = run(repo, "resumed", Map.of(), resume);
    assertThat(fourth.output())
        .contains("orphans removed [v000002]")
        .contains("resuming interrupted run " + runId)
        .contains("decision promoted");
    assertThat(epochsTrained(fourth.output()))
        .as("every epoch was checkpointed: none trained again")
        .isEmpty();
    assertThat(pointerVersion(champion)).isEqualTo("v000003");
    assertThat(versions(sentiment)).containsExactly("v000001", "v000003");
    assertThat(curveEpochs(sentiment.resolve("versions/v000003"))).containsExactly(1, 2, 3);
    assertPredicts(assertLoads(sentiment.resolve("versions/v000003")));
    assertThat(checkpoints.resolve(runId)).as("the decided run's checkpoints deleted").doesNotExist();
    assertThat(sentiment.resolve("_staging")).doesNotExist();
    try (Stream<Path> s = Files.list(sentiment)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("no temporary pointer file")
          .containsExactlyInAnyOrder("CHAMPION", "versions", "history");
    }
    List<RetrainRecord> history = readHistory(registry);
    assertThat(history)
        .extracting(r -> r.challengerVersion() + " " + r.decision().label())
        .as("one row per decision")
        .containsExactly("v000001 first-champion", "v000003 promoted");
    assertThat(history.get(1).orphansRemoved()).containsExactly("v000002");
    assertThat(history.get(1).runId()).as("the resumed run's id").isEqualTo(runId);
  }

  /** What a finished run printed. */
  private record Run(String output) {}

  private Run run(Path repo, String name, Map<String, String> extraEnv, List<String> args)
      throws IOException, InterruptedException {
    Path out = tmp.resolve(name + ".log");
    VerboProcess p = VerboProcess.start(repo, out, env(extraEnv), args);
    int exit = p.await(RUN_TIMEOUT);
    String output = p.output();
    assertThat(exit).as("bin/verbo retrain (%s):\n%s", name, output).isZero();
    return new Run(output);
  }

  private static Map<String, String> env(Map<String, String> extra) {
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("VERBO_DRIVER_MEMORY", "1g");
    return env;
  }

  private static Path local(String pathOrUri) {
    return pathOrUri.startsWith("file:") ? Path.of(java.net.URI.create(pathOrUri)) : Path.of(pathOrUri);
  }

  private static String pointerVersion(Path champion) throws IOException {
    return JSON.readTree(champion.toFile()).path("version").asText();
  }

  private static List<String> versions(Path sentiment) throws IOException {
    try (Stream<Path> s = Files.list(sentiment.resolve("versions"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static int newestCheckpoint(Path runCheckpoints) throws IOException {
    try (Stream<Path> s = Files.list(runCheckpoints)) {
      return s.filter(p -> p.getFileName().toString().startsWith("epoch-"))
          .filter(p -> Files.isRegularFile(p.resolve("state.json")))
          .mapToInt(p -> Integer.parseInt(p.getFileName().toString().substring(6)))
          .max()
          .orElseThrow();
    }
  }

  /** @return the epochs the log says were trained, in order */
  private static List<Integer> epochsTrained(String log) {
    List<Integer> out = new ArrayList<>();
    Matcher m = EPOCH_LINE.matcher(log);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  /** @return the epochs of the training curve stored with a model version */
  private static List<Integer> curveEpochs(Path version) throws IOException {
    JsonNode curve = JSON.readTree(version.resolve("metrics.json").toFile()).path("curve");
    List<Integer> out = new ArrayList<>();
    curve.forEach(row -> out.add(row.path("epoch").asInt()));
    return out;
  }

  /** A complete version: its metadata written, the model loads without Spark. */
  private static SentimentModel assertLoads(Path version) {
    assertThat(version.resolve(RunLayout.METADATA_FILE)).as("%s complete", version).isRegularFile();
    SentimentModel model = SentimentModel.load(version);
    assertThat(model.labels()).containsExactly("negative", "positive");
    return model;
  }

  private static void assertPredicts(SentimentModel model) {
    for (String[] t :
        List.of(
            new String[] {"w1 w4 good w9", "positive"},
            new String[] {"w2 bad w7 w3", "negative"},
            new String[] {"good w5", "positive"},
            new String[] {"w8 w6 bad", "negative"})) {
      Prediction p = model.predict(t[0]);
      assertThat(p.label()).as("%s (%s)", t[0], Arrays.toString(p.probabilities())).isEqualTo(t[1]);
    }
  }

  private static List<RetrainRecord> readHistory(RegistryLayout registry) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("retrain-kill-it-history")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    try {
      List<RetrainRecord> rows = new ArrayList<>(RetrainHistory.read(spark, registry));
      rows.sort(java.util.Comparator.comparingLong(RetrainRecord::decidedAtMs));
      return rows;
    } finally {
      spark.stop();
    }
  }
}
