package io.verbo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.sentiment.SentimentLayout;
import io.verbo.store.RunLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which retrain run {@code --resume} continues: the newest {@code retrain-<UTC time>} checkpoint
 * folder without a history row, on real folders of a local run root.
 */
class InterruptedRetrainRunsTest {
  @TempDir Path tmp;
  private final Configuration conf = new Configuration();

  private RunLayout layout() {
    return new RunLayout(tmp.toString());
  }

  /** A run's checkpoint folder with one committed epoch checkpoint, as a killed run leaves it. */
  private Path run(String runId) throws IOException {
    Path dir = Path.of(SentimentLayout.checkpointDir(layout(), runId).toString());
    Files.createDirectories(dir.resolve("epoch-0001"));
    Files.writeString(dir.resolve("epoch-0001/state.json"), "{}", StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void noCheckpointFolderMeansNothingToResume() {
    assertThat(InterruptedRetrainRuns.newest(layout(), conf, Set.of())).isEmpty();
  }

  @Test
  void picksTheNewestRunWithoutAHistoryRow() throws IOException {
    run("retrain-20261101T080000000Z");
    run("retrain-20261126T093000123Z");
    run("retrain-20261126T100000000Z");
    run("retrain-20261125T235959999Z");

    assertThat(InterruptedRetrainRuns.newest(layout(), conf, Set.of()))
        .as("the greatest id is the newest run")
        .contains("retrain-20261126T100000000Z");
    assertThat(
            InterruptedRetrainRuns.newest(
                layout(), conf, Set.of("retrain-20261126T100000000Z", "retrain-20261125T235959999Z")))
        .as("runs with a history row decided: their leftover folders are skipped")
        .contains("retrain-20261126T093000123Z");
    assertThat(
            InterruptedRetrainRuns.newest(
                layout(),
                conf,
                Set.of(
                    "retrain-20261101T080000000Z",
                    "retrain-20261126T093000123Z",
                    "retrain-20261126T100000000Z",
                    "retrain-20261125T235959999Z")))
        .as("every run decided")
        .isEmpty();
  }

  @Test
  void ignoresWhatIsNotARetrainRunFolder() throws IOException {
    run("retrain-20261101T080000000Z");
    Path parent = tmp.resolve("checkpoints/sentiment");
    // train-sentiment runs, malformed ids, a file with a run id's name, hidden and staging folders.
    Files.createDirectories(parent.resolve("run-2026"));
    Files.createDirectories(parent.resolve("retrain-latest"));
    Files.createDirectories(parent.resolve("retrain-20261126T100000000"));
    Files.createDirectories(parent.resolve("xretrain-20261126T100000000Z"));
    Files.createDirectories(parent.resolve(".retrain-20261126T100000000Z.replaced-x"));
    Files.createDirectories(parent.resolve("_staging"));
    Files.writeString(parent.resolve("retrain-20261231T000000000Z"), "a file", StandardCharsets.UTF_8);

    assertThat(InterruptedRetrainRuns.newest(layout(), conf, Set.of()))
        .contains("retrain-20261101T080000000Z");
  }

  @Test
  void aRunKilledDuringItsFirstCheckpointWriteIsResumedFromEpochOne() throws IOException {
    run("retrain-20261101T080000000Z");
    // Killed while writing epoch-0001: only the half-written staging folder exists.
    Path dir = Path.of(SentimentLayout.checkpointDir(layout(), "retrain-20261126T100000000Z").toString());
    Files.createDirectories(dir.resolve("_staging/epoch-0001-1234"));

    assertThat(InterruptedRetrainRuns.newest(layout(), conf, Set.of()))
        .as("still the newest interrupted run: resumed under its id (its trainer finds no checkpoint"
            + " and starts at epoch 1), so the older run is not continued instead")
        .contains("retrain-20261126T100000000Z");
  }
}
