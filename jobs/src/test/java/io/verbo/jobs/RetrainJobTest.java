package io.verbo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.testing.RetrainFixtures;
import io.verbo.testing.SparkTestBase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbo retrain} from the command line: exit codes of both decisions and of configuration
 * errors, then {@code evaluate} and {@code score} with {@code --model champion}.
 */
class RetrainJobTest extends SparkTestBase {
  @TempDir Path tmp;

  private static String[] args(String command, List<String> sets, String... extra) {
    List<String> a = new ArrayList<>(List.of(command));
    for (String s : sets) {
      a.add("--set");
      a.add(s);
    }
    a.addAll(List.of(extra));
    return a.toArray(new String[0]);
  }

  @Test
  void helpStatesTheExitCodesOfBothDecisions() {
    CommandLineTest.Run help = CommandLineTest.run("retrain", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--warm-start").contains("--margin")
        .contains("0 decision made (promoted, rejected or first-champion)");
  }

  @Test
  void configurationErrorsExitTwoBeforeSparkStarts() throws IOException {
    Path corpus = RetrainFixtures.plantedCorpus(tmp.resolve("c.jsonl"), 20, 1);
    String root = tmp.resolve("bad").toString();
    CommandLineTest.Run split = CommandLineTest.run(args("retrain",
        RetrainFixtures.settings(root, corpus, "verbo.retrain.eval-split=train")));
    assertThat(split.exit()).as("training split as held-out set").isEqualTo(ExitCodes.USAGE);
    assertThat(split.err()).contains("verbo.retrain.eval-split").contains("Fix: use test or validation");

    CommandLineTest.Run warm = CommandLineTest.run(args("retrain", RetrainFixtures.settings(root, corpus), "--warm-start"));
    assertThat(warm.exit()).as("warm start with a vocabulary that is rebuilt").isEqualTo(ExitCodes.USAGE);
    assertThat(warm.err()).contains("verbo.retrain.refresh").contains("[tokenize]");
    assertThat(tmp.resolve("bad")).as("nothing was started").doesNotExist();
  }

  @Test
  void rejectionExitsZeroAndScoreAndEvaluateUseTheChampion() throws IOException {
    Path corpus = RetrainFixtures.plantedCorpus(tmp.resolve("planted.jsonl"), 300, 5);
    String root = tmp.resolve("run").toString();
    List<String> sets = RetrainFixtures.settings(root, corpus);

    CommandLineTest.Run noChampion = CommandLineTest.run(args("evaluate", sets, "--model", "champion"));
    assertThat(noChampion.exit()).as("no registry yet").isEqualTo(ExitCodes.JOB_FAILED);
    assertThat(noChampion.err()).contains("No champion").contains("verbo retrain");

    CommandLineTest.Run first = CommandLineTest.run(args("retrain", sets));
    assertThat(first.exit()).as("first run: %s", first.err()).isZero();
    assertThat(first.out()).contains("retrain: decision first-champion").contains("versions/v000001");

    CommandLineTest.Run rejected =
        CommandLineTest.run(args("retrain", sets, "--set", "verbo.retrain.refresh=[]", "--margin", "1.0"));
    assertThat(rejected.exit()).as("a rejected challenger is not an error: %s", rejected.err()).isZero();
    assertThat(rejected.out()).contains("retrain: decision rejected").contains("champion v000001 ->");

    CommandLineTest.Run eval = CommandLineTest.run(args("evaluate", sets, "--model", "champion"));
    assertThat(eval.exit()).as("evaluate: %s", eval.err()).isZero();
    assertThat(eval.out()).contains("evaluate: test n=");

    CommandLineTest.Run score = CommandLineTest.run(args("score", sets, "--model", "champion"));
    assertThat(score.exit()).as("score: %s", score.err()).isZero();
    assertThat(score.out()).contains("scored=300");
  }
}
