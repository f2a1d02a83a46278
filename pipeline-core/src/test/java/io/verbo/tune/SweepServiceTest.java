package io.verbo.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.sentiment.DistributedSettings;
import io.verbo.sentiment.SparkTrainingEnvironment;
import io.verbo.testing.SparkTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps end to end on local[2] with Kryo and the ND4J registrator, on a tiny planted-signal run:
 * parallel trials with cross-validation, a failing trial and the retrained best model; resume after
 * an interrupted sweep; distributed trials on the fixed split with the median-stopping rule.
 * Every check reads the trials table back from Parquet.
 */
class SweepServiceTest extends SparkTestBase {
  @TempDir Path tmp;

  /** Restarts the shared session with Kryo, as the sweep job configures it from the start. */
  @BeforeAll
  static void kryoSession() {
    spark.stop();
    SparkSession.Builder b = SparkSession.builder().master("local[2]").appName("verbo-sweep-test");
    b.config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1");
    SparkTrainingEnvironment.recommendedSparkConf(DistributedSettings.defaults()).forEach(b::config);
    spark = b.getOrCreate();
  }

  private String run(String name) {
    String root = tmp.resolve(name).toString();
    SweepFixtures.writeRun(spark, root, 300);
    return root;
  }

  private static List<Row> table(SweepResult r) {
    return spark.read().parquet(r.trialsTable().toString()).orderBy("trial_id", "fold").collectAsList();
  }

  @Test
  void parallelCrossValidatedSweepIsolatesAFailedTrialAndRetrainsTheBest() {
    String root = run("parallel");
    SweepRequest req =
        SweepRequest.of(
            SweepFixtures.config(
                root,
                "verbo.sweep.id=par",
                "verbo.sweep.mode=parallel",
                "verbo.sweep.folds=2",
                "verbo.sweep.max-concurrent-trials=2",
                "verbo.sweep.space={\"verbo.sentiment.network.dropout\" = [0.0, -0.5, 0.1]}"));
    SweepResult r = SweepService.run(spark, req);

    assertThat(r.mode().mode()).as("configured parallel").isEqualTo(SweepMode.PARALLEL);
    List<Row> rows = table(r);
    assertThat(spark.read().parquet(r.trialsTable().toString()).columns())
        .as("the agreed columns, in order")
        .containsExactly("sweep_id", "trial_id", "fold", "status", "seed", "params", "p_network_dropout",
            "metric", "objective", "metrics", "epochs_run", "duration_s", "error");
    assertThat(rows).as("3 trials x 2 folds, one row each").hasSize(6);
    assertThat(rows.stream().map(x -> x.getInt(1) + "/" + x.getInt(2)).collect(Collectors.toSet()))
        .as("each (trial, fold) once")
        .hasSize(6);
    for (Row row : rows) {
      int trial = row.getAs("trial_id");
      assertThat((String) row.getAs("sweep_id")).isEqualTo("par");
      assertThat((String) row.getAs("metric")).isEqualTo("macro_f1");
      assertThat((long) row.getAs("seed")).as("deterministic trial seed").isEqualTo(TrialGenerator.trialSeed(42, trial));
      if (trial == 1) {
        assertThat((String) row.getAs("status")).as("negative dropout fails").isEqualTo("failed");
        assertThat((String) row.getAs("error")).as("error names class and key")
            .contains("InvalidConfigException").contains("verbo.sentiment.network.dropout");
        assertThat(row.isNullAt(row.fieldIndex("objective"))).as("no objective when failed").isTrue();
        assertThat((double) row.getAs("p_network_dropout")).isEqualTo(-0.5);
      } else {
        assertThat((String) row.getAs("status")).as("trial " + trial + " completes").isEqualTo("completed");
        assertThat(row.isNullAt(row.fieldIndex("error"))).isTrue();
        assertThat((double) row.getAs("objective")).as("objective is the held-out macro F1").isBetween(0.0, 1.0);
        Map<String, Double> metrics = row.getJavaMap(row.fieldIndex("metrics"));
        assertThat(metrics).as("held-out metrics").containsKeys("accuracy", "macro_f1", "auc", "loss");
        assertThat(metrics.get("macro_f1")).isEqualTo((double) row.getAs("objective"));
        assertThat((int) row.getAs("epochs_run")).isEqualTo(2);
        assertThat((double) row.getAs("duration_s")).isPositive();
      }
      Map<String, String> params = row.getJavaMap(row.fieldIndex("params"));
      assertThat(params).as("params by full key").containsOnlyKeys("verbo.sentiment.network.dropout");
    }
    assertThat(r.completed()).isEqualTo(4);
    assertThat(r.failed()).isEqualTo(2);
    BestTrial best = r.best().orElseThrow();
    assertThat(best.trialId()).as("the failed trial is never best").isNotEqualTo(1);
    assertThat(best.folds()).isEqualTo(2);
    assertThat(r.bestModel()).as("best trial retrained").isPresent();
    Path model = Path.of(r.bestModel().get().modelDir().toUri().getPath());
    assertThat(model.getFileName().toString()).isEqualTo("par-best");
    assertThat(Files.exists(model.resolve("network.zip"))).as("a normal model artifact").isTrue();
    assertThat(r.bestModel().get().test().count()).as("evaluated on test").isPositive();
    Path reports = Path.of(r.reportsDir().toUri().getPath());
    assertThat(reports.resolve("best/best.json")).exists();
    assertThat(reports.resolve("_metadata.json")).exists();
    assertThat(Path.of(root, "_staging")).as("work folders removed").doesNotExist();
  }

  @Test
  void interruptedSweepResumesWithoutRetrainingFinishedTrials() {
    String root = run("resume");
    String[] sets = {
      "verbo.sweep.id=res",
      "verbo.sweep.mode=parallel",
      "verbo.sweep.folds=0",
      "verbo.sweep.max-concurrent-trials=1",
      "verbo.sweep.retrain-best=false",
      "verbo.sweep.space={\"verbo.sentiment.network.lstm-units\" = [4, 6, 8]}"
    };
    List<TrialResult> before = new ArrayList<>();
    SweepRequest first =
        SweepRequest.of(SweepFixtures.config(root, sets))
            .withListener(
                res -> {
                  before.add(res);
                  if (before.size() == 2) {
                    throw new IllegalStateException("simulated crash after 2 trials");
                  }
                });
    assertThatThrownBy(() -> SweepService.run(spark, first)).hasMessageContaining("simulated crash");

    SweepResult r = SweepService.run(spark, SweepRequest.of(SweepFixtures.config(root, sets)));
    assertThat(r.skipped()).as("the 2 finished trials are kept").isGreaterThanOrEqualTo(2);
    assertThat(r.skipped() + r.trained()).isEqualTo(3);
    List<Row> rows = table(r);
    assertThat(rows).as("each (trial, fold) exactly once").hasSize(3);
    assertThat(rows).extracting(x -> (int) x.getAs("fold")).as("fixed validation split").containsOnly(-1);
    assertThat(rows).extracting(x -> (String) x.getAs("status")).containsOnly("completed");
    Map<Integer, Double> durations = new HashMap<>();
    rows.forEach(x -> durations.put(x.getAs("trial_id"), x.getAs("duration_s")));
    for (TrialResult res : before) {
      assertThat(durations.get(res.trialId()))
          .as("trial " + res.trialId() + " was not retrained (same recorded duration)")
          .isEqualTo(res.durationS());
    }
  }

  @Test
  void distributedTrialsOnTheFixedSplitStopBadTrialsEarly() {
    String root = run("distributed");
    SweepResult r =
        SweepService.run(
            spark,
            SweepRequest.of(
                SweepFixtures.config(
                    root,
                    "verbo.sweep.id=dist",
                    "verbo.sweep.mode=distributed",
                    "verbo.sweep.folds=0",
                    "verbo.sweep.metric=loss",
                    "verbo.sweep.retrain-best=false",
                    "verbo.sweep.early-stopping.rule=median",
                    "verbo.sweep.early-stopping.grace-epochs=0",
                    "verbo.sweep.early-stopping.min-trials=1",
                    "verbo.sentiment.training.epochs=3",
                    "verbo.sweep.space={\"verbo.sentiment.training.learning-rate\" = [0.05, 1.0e-7]}")));
    assertThat(r.mode().mode()).isEqualTo(SweepMode.DISTRIBUTED);
    List<Row> rows = table(r);
    assertThat(rows).hasSize(2);
    Row good = rows.get(0);
    Row bad = rows.get(1);
    assertThat((String) good.getAs("status")).as("the first trial has no median to compare with").isEqualTo("completed");
    assertThat((int) good.getAs("epochs_run")).isEqualTo(3);
    assertThat((String) bad.getAs("status")).as("a learning rate of 1e-7 loses to the median").isEqualTo("stopped_early");
    assertThat((int) bad.getAs("epochs_run")).as("stopped after the first epoch").isEqualTo(1);
    assertThat((double) bad.getAs("objective")).as("stopped trials keep their objective").isGreaterThan(good.getAs("objective"));
    assertThat(r.best().orElseThrow().trialId()).isZero();
  }

  @Test
  void aTrialThatThrowsWhileTrainingOnTheExecutorIsRecordedAndTheSweepGoesOn() {
    String root = run("throws");
    SweepResult r =
        SweepService.run(
            spark,
            SweepRequest.of(
                SweepFixtures.config(
                    root,
                    "verbo.sweep.id=throws",
                    "verbo.sweep.mode=parallel",
                    "verbo.sweep.folds=0",
                    "verbo.sweep.retrain-best=false",
                    "verbo.sentiment.training.epochs=1",
                    "verbo.sentiment.training.class-weights=explicit",
                    "verbo.sentiment.training.explicit-class-weights=[1.0, 1.0]",
                    // valid as configuration; 3 weights for 2 classes only fail once training sees the classes
                    "verbo.sweep.space={\"verbo.sentiment.training.explicit-class-weights\" = [[1.0, 2.0], [1.0, 2.0, 3.0]]}")));
    List<Row> rows = table(r);
    assertThat(rows).extracting(x -> (String) x.getAs("status")).containsExactly("completed", "failed");
    assertThat((String) rows.get(1).getAs("error"))
        .as("the executor's exception, class and message")
        .contains("InvalidConfigException").contains("explicit-class-weights");
    assertThat((String) rows.get(1).getAs("p_training_explicit_class_weights"))
        .as("a list value is a string column (as HOCON unwraps it)").isEqualTo("[1, 2, 3]");
    assertThat(r.best().orElseThrow().trialId()).isZero();
  }
}
