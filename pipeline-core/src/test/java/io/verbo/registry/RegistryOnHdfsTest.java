package io.verbo.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.config.VerboConfig;
import io.verbo.pipeline.RetrainOutcome;
import io.verbo.pipeline.RetrainStage;
import io.verbo.sentiment.DistributedSettings;
import io.verbo.sentiment.SentimentModel;
import io.verbo.sentiment.SparkTrainingEnvironment;
import io.verbo.store.AtomicFile;
import io.verbo.testing.MiniHdfs;
import io.verbo.testing.RetrainFixtures;
import io.verbo.testing.SparkTestBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry on HDFS (MiniDFSCluster in this JVM) with the run on the local disk: versions
 * committed by rename, the pointer replaced with the NameNode's atomic rename-with-overwrite, the
 * history appended and read back, the champion loaded through the pointer.
 */
class RegistryOnHdfsTest extends SparkTestBase {
  @TempDir static Path tmp;
  private static MiniHdfs hdfs;

  @BeforeAll
  static void startHdfsAndKryoSession() throws IOException {
    hdfs = MiniHdfs.start(tmp);
    spark.stop();
    SparkSession.Builder b =
        SparkSession.builder().master("local[2]").appName("verbo-registry-hdfs-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1");
    SparkTrainingEnvironment.recommendedSparkConf(DistributedSettings.defaults()).forEach(b::config);
    spark = b.getOrCreate();
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.close();
    }
  }

  @Test
  void pointerIsReplacedAtomicallyAndTheHistoryIsReadBackFromHdfs() throws IOException {
    Path corpus = RetrainFixtures.plantedCorpus(tmp.resolve("planted.jsonl"), 300, 11);
    String registryRoot = hdfs.uri() + "/registry";
    String root = tmp.resolve("run").toString();
    VerboConfig first =
        RetrainFixtures.config(root, corpus, "verbo.retrain.registry=" + registryRoot);
    RetrainOutcome one = RetrainStage.run(spark, first);
    RetrainOutcome two =
        RetrainStage.run(
            spark,
            RetrainFixtures.config(root, corpus, "verbo.retrain.registry=" + registryRoot,
                "verbo.retrain.refresh=[]", "verbo.retrain.margin=-1.0"));

    assertThat(one.record().decision()).isEqualTo(Decision.FIRST_CHAMPION);
    assertThat(two.record().decision()).as("a -1 margin always promotes").isEqualTo(Decision.PROMOTED);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    ModelRegistry registry = new ModelRegistry(RetrainStage.registry(first), conf);
    assertThat(registry.champion().orElseThrow().version())
        .as("the pointer was replaced over an existing file on HDFS").isEqualTo("v000002");
    assertThat(registry.championModelDir().toString()).startsWith(hdfs.uri() + "/registry/sentiment/versions/v000002");
    SentimentModel champion = SentimentModel.load(registry.championModelDir(), conf);
    assertThat(champion.labels()).containsExactly("negative", "positive");

    FileSystem fs = hdfs.fileSystem();
    FileStatus[] entries = fs.listStatus(new org.apache.hadoop.fs.Path("/registry/sentiment"));
    assertThat(Arrays.stream(entries).map(s -> s.getPath().getName()))
        .as("no temporary pointer file or staging folder is left on HDFS")
        .containsExactlyInAnyOrder("CHAMPION", "history", "versions");
    List<RetrainRecord> history = RetrainHistory.read(spark, registry.layout());
    assertThat(history).extracting(RetrainRecord::challengerVersion).containsExactly("v000001", "v000002");
    assertThat(history.get(1).championMetrics()).containsKey("macro_f1");

    // The replacement primitive alone: a reader always sees one whole pointer.
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(registryRoot + "/probe");
    AtomicFile.replace(file, "first".getBytes(StandardCharsets.UTF_8), conf);
    AtomicFile.replace(file, "second".getBytes(StandardCharsets.UTF_8), conf);
    assertThat(new String(AtomicFile.read(file, conf).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("second");
  }
}
