package io.verbo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.testing.SparkTestBase;
import io.verbo.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbo sweep} from the command line on data-samples with local Spark, after tokenize and vocab. */
class SweepJobTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void sweepOnSamplesWritesTheTrialsTableAndResumes() throws java.io.IOException {
    String root = tmp.resolve("run").toString();
    String conf = TestPaths.localConf().toString();
    String inputs = "verbo.input.paths=[\"" + TestPaths.sample("reviews/reviews.csv") + "\"]";
    CommandLineTest.Run prep = CommandLineTest.run("pipeline", "--conf", conf, "--set", "verbo.run.root=" + root,
        "--set", inputs, "--set", "verbo.pipeline.stages=[tokenize, vocab]");
    assertThat(prep.exit()).as("tokenize + vocab: %s", prep.err()).isZero();

    String[] sweep = {
      "sweep", "--conf", conf, "--id", "cli",
      "--set", "verbo.run.root=" + root,
      "--set", "verbo.sentiment.embeddings=\"\"",
      "--set", "verbo.sentiment.encoding.max-len=16",
      "--set", "verbo.sentiment.distributed.batch-size-per-worker=128",
      "--set", "verbo.sentiment.network.embedding-dim=8",
      "--set", "verbo.sentiment.training.epochs=1",
      "--set", "verbo.sentiment.training.fine-tune-epochs=0",
      "--set", "verbo.sweep.folds=0",
      "--set", "verbo.sweep.retrain-best=false",
      "--set", "verbo.sweep.space={\"verbo.sentiment.network.lstm-units\" = [4, 8]}"
    };
    CommandLineTest.Run r = CommandLineTest.run(sweep);
    assertThat(r.exit()).as("sweep succeeds: %s", r.err()).isZero();
    assertThat(r.out()).contains("sweep cli: 2 trainings (2 trained now, 0 resumed): 2 completed")
        .contains("mode parallel").contains("best trial").contains("reports -> file:" + root + "/reports/sweeps/cli");
    List<Row> rows = spark.read().parquet(root + "/reports/sweeps/cli/trials").collectAsList();
    assertThat(rows).as("one row per trial on the fixed validation split").hasSize(2);
    assertThat(rows).extracting(x -> (String) x.getAs("metric")).containsOnly("macro_f1");
    assertThat(Files.exists(Path.of(root, "reports/sweeps/cli/_metadata.json"))).isTrue();
    assertThat(r.out()).contains("sweep cli: report -> ");
    assertThat(Files.readString(Path.of(root, "reports/sweeps/cli/report.html")))
        .as("the sweep's HTML page ranks both trials")
        .contains("data-charts-rendered")
        .contains("lstm");

    CommandLineTest.Run again = CommandLineTest.run(sweep);
    assertThat(again.exit()).as("rerun: %s", again.err()).isZero();
    assertThat(again.out()).as("nothing retrained").contains("2 trainings (0 trained now, 2 resumed)");
  }
}
