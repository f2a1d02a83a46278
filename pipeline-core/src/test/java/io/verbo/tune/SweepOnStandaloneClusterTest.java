package io.verbo.tune;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.config.ConfigLoader;
import io.verbo.config.VerboConfig;
import io.verbo.pipeline.SentimentStage;
import io.verbo.testing.StandaloneSparkCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps on a real standalone cluster (Master, Worker and executor in separate JVMs on 127.0.0.1)
 * with DL4J's Spark settings (Kryo with ND4J's and Verbo's registrators): in parallel mode the
 * documents are broadcast to the executor JVM, trials train there and commit their results to
 * {@code _trials/} from there, and return them through Kryo; in distributed mode a trial and the
 * retrained best model train with parameter averaging on the executor (Direct approach: the run
 * root is on {@code file://}).
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class SweepOnStandaloneClusterTest {
  @TempDir static Path tmp;

  private static StandaloneSparkCluster cluster;
  private static SparkSession spark;

  @BeforeAll
  static void startCluster() {
    cluster = StandaloneSparkCluster.start();
    VerboConfig config = ConfigLoader.fromConfig(SweepFixtures.config(tmp.toString()));
    Map<String, String> extra = new LinkedHashMap<>(SentimentStage.sparkDefaults(config));
    extra.put("spark.executor.memory", "2g");
    spark = cluster.newSession("verbo-sweep-cluster-test", extra);
  }

  @AfterAll
  static void stopCluster() {
    try {
      if (spark != null) {
        spark.stop();
      }
    } finally {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  @Test
  void parallelAndDistributedSweepsRunOnTheExecutor() throws Exception {
    String root = tmp.resolve("run").toString();
    SweepFixtures.writeRun(spark, root, 240);

    SweepResult parallel =
        SweepService.run(
            spark,
            SweepRequest.of(
                SweepFixtures.config(
                    root,
                    "verbo.sweep.id=cluster-par",
                    "verbo.sweep.mode=parallel",
                    "verbo.sweep.folds=2",
                    "verbo.sweep.retrain-best=false",
                    "verbo.sweep.space={\"verbo.sentiment.network.lstm-units\" = [4, 8]}")));
    assertThat(parallel.mode().mode()).isEqualTo(SweepMode.PARALLEL);
    List<Row> rows = spark.read().parquet(parallel.trialsTable().toString()).collectAsList();
    assertThat(rows).as("2 trials x 2 folds").hasSize(4);
    assertThat(rows.stream().map(r -> r.getInt(1) + "/" + r.getInt(2)).collect(Collectors.toSet()))
        .as("each (trial, fold) once").hasSize(4);
    assertThat(rows).extracting(r -> (String) r.getAs("status"))
        .as("trained in the executor JVM and returned through Kryo").containsOnly("completed");
    try (Stream<Path> files = Files.list(Path.of(parallel.reportsDir().toUri().getPath(), "_trials"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
          .as("one committed result file per (trial, fold), no temporary files left").hasSize(4);
    }

    SweepResult distributed =
        SweepService.run(
            spark,
            SweepRequest.of(
                SweepFixtures.config(
                    root,
                    "verbo.sweep.id=cluster-dist",
                    "verbo.sweep.mode=distributed",
                    "verbo.sweep.folds=0",
                    "verbo.sentiment.training.epochs=1",
                    "verbo.sweep.space={\"verbo.sentiment.network.lstm-units\" = [8]}")));
    assertThat(distributed.completed()).as("the distributed trial completes").isEqualTo(1);
    assertThat(distributed.bestModel()).as("the best trial is retrained on the cluster").isPresent();
    assertThat(distributed.bestModel().get().test().count()).as("and evaluated on test").isPositive();
  }
}
