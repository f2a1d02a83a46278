package io.verbo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line without Spark: help, usage and configuration errors (exit 2, before Spark). */
class CommandLineTest {
  /** What a command printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = VerboCommand.commandLine(new VerboCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"tokenize", "vocab", "train-embeddings", "import-embeddings", "evaluate-embeddings",
      "train-sentiment", "evaluate", "score", "report", "pipeline"})
  void everyCommandHasHelp(String command) {
    Run r = run(command, "--help");
    assertThat(r.exit()).as("help exits 0").isZero();
    assertThat(r.out()).contains("Usage: verbo " + command).contains("--conf").contains("--set");
  }

  @Test
  void topLevelListsOnlyWorkingCommands() {
    Run r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("tokenize").contains("vocab").contains("pipeline").contains("Exit codes");
    assertThat(run().exit()).as("no subcommand is a usage error").isEqualTo(ExitCodes.USAGE);
    assertThat(run("--version").out()).contains("verbo ").contains("spark_build 3.5.9");
  }

  @Test
  void unknownOptionIsUsageError() {
    Run r = run("tokenize", "--nope");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Unknown option");
  }

  @Test
  void configErrorsExitTwoBeforeSparkStarts() {
    String conf = TestPaths.localConf().toString();
    Run typo = run("pipeline", "--conf", conf, "--set", "verbo.vocab.min_count=3");
    assertThat(typo.exit()).as("unknown key").isEqualTo(ExitCodes.USAGE);
    assertThat(typo.err()).contains("verbo.vocab.min_count").contains("Did you mean verbo.vocab.min-count?");

    Run missing = run("tokenize", "--conf", conf, "--set", "verbo.input.paths=/no/such/file.csv");
    assertThat(missing.exit()).as("missing input").isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("verbo.input.paths").contains("/no/such/file.csv").contains("matches no file");

    Run range = run("vocab", "--conf", conf, "--set", "verbo.split.train=2");
    assertThat(range.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(range.err()).contains("verbo.split.train").contains("Fix:");

    Run noImport = run("import-embeddings", "--conf", conf);
    assertThat(noImport.exit()).as("nothing to import").isEqualTo(ExitCodes.USAGE);
    assertThat(noImport.err()).contains("verbo.embeddings.import.path").contains("--from");

    Run missingVectors = run("import-embeddings", "--conf", conf, "--from", "/no/vectors.txt");
    assertThat(missingVectors.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missingVectors.err()).contains("/no/vectors.txt").contains("is not a file");

    Run badArch = run("train-embeddings", "--conf", conf, "--set", "verbo.embeddings.architecture=glove");
    assertThat(badArch.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(badArch.err()).contains("verbo.embeddings.architecture");

    Run badRunId = run("train-sentiment", "--conf", conf, "--set", "verbo.sentiment.run-id=a/b");
    assertThat(badRunId.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(badRunId.err()).contains("verbo.sentiment.run-id");

    Run badPooling = run("train-sentiment", "--conf", conf, "--set", "verbo.sentiment.network.pooling=median");
    assertThat(badPooling.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(badPooling.err()).contains("verbo.sentiment.network.pooling");

    Run noFile = run("pipeline", "--conf", "/no/such.conf");
    assertThat(noFile.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(noFile.err()).contains("/no/such.conf");

    assertThat(SparkSession.getDefaultSession().isEmpty()).as("no SparkSession was started").isTrue();
  }

  @Test
  void reportNeedsOneExistingReportsFolderBeforeSparkStarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    String conf = TestPaths.localConf().toString();
    String root = "verbo.run.root=" + tmp.resolve("run");
    Run none = run("report", "--conf", conf, "--set", root);
    assertThat(none.exit()).as("neither --run-id nor --sweep-id").isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("--run-id").contains("--sweep-id");

    Run both = run("report", "--conf", conf, "--set", root, "--run-id", "a", "--sweep-id", "b");
    assertThat(both.exit()).as("both").isEqualTo(ExitCodes.USAGE);

    Run missingRun = run("report", "--conf", conf, "--set", root, "--run-id", "lstm");
    assertThat(missingRun.exit()).as("no reports/sentiment/lstm").isEqualTo(ExitCodes.USAGE);
    assertThat(missingRun.err())
        .contains("--run-id")
        .contains("there is no reports folder")
        .contains("reports/sentiment/lstm")
        .contains("verbo train-sentiment");

    Run missingSweep = run("report", "--conf", conf, "--set", root, "--sweep-id", "s1");
    assertThat(missingSweep.exit()).as("no reports/sweeps/s1").isEqualTo(ExitCodes.USAGE);
    assertThat(missingSweep.err()).contains("reports/sweeps/s1");

    Run badId = run("report", "--conf", conf, "--set", root, "--sweep-id", "../x");
    assertThat(badId.exit()).as("not a folder name").isEqualTo(ExitCodes.USAGE);
    assertThat(badId.err()).contains("Cannot use sweep id '../x'");

    assertThat(SparkSession.getDefaultSession().isEmpty()).as("no SparkSession was started").isTrue();
  }

  @Test
  void jobClassesAreTheirOwnEntryPoints() {
    for (Class<?> job :
        List.of(TokenizeCorpusJob.class, BuildVocabularyJob.class, TrainEmbeddingsJob.class,
            ImportEmbeddingsJob.class, EvaluateEmbeddingsJob.class, TrainSentimentJob.class,
            EvaluateModelJob.class, ScoreJob.class, ReportJob.class, PipelineJob.class)) {
      assertThat(job.getDeclaredMethods()).as(job + " has main for spark-submit --class")
          .anyMatch(m -> m.getName().equals("main"));
    }
  }
}
