package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.config.InvalidConfigException;
import java.util.List;
import org.apache.spark.SparkConf;
import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.junit.jupiter.api.Test;

class SentimentSettingsTest {
  @Test
  void keySetIsPinned() {
    assertThat(SentimentSettings.keys())
        .as("the keys the lead maps from HOCON")
        .containsExactly(
            "verbo.sentiment.encoding.max-len",
            "verbo.sentiment.encoding.truncation",
            "verbo.sentiment.encoding.bucket-boundaries",
            "verbo.sentiment.encoding.bucket-count",
            "verbo.sentiment.network.embedding-dim",
            "verbo.sentiment.network.freeze-embeddings",
            "verbo.sentiment.network.lstm-units",
            "verbo.sentiment.network.lstm-layers",
            "verbo.sentiment.network.bidirectional",
            "verbo.sentiment.network.pooling",
            "verbo.sentiment.network.dropout",
            "verbo.sentiment.network.l2",
            "verbo.sentiment.network.gradient-clip",
            "verbo.sentiment.training.epochs",
            "verbo.sentiment.training.learning-rate",
            "verbo.sentiment.training.fine-tune-epochs",
            "verbo.sentiment.training.fine-tune-learning-rate",
            "verbo.sentiment.training.class-weights",
            "verbo.sentiment.training.explicit-class-weights",
            "verbo.sentiment.training.early-stopping.metric",
            "verbo.sentiment.training.early-stopping.patience",
            "verbo.sentiment.training.seed",
            "verbo.sentiment.training.keep-checkpoints",
            "verbo.sentiment.distributed.batch-size-per-worker",
            "verbo.sentiment.distributed.averaging-frequency",
            "verbo.sentiment.distributed.worker-prefetch",
            "verbo.sentiment.distributed.training-approach",
            "verbo.sentiment.distributed.off-heap-max-bytes",
            "verbo.sentiment.distributed.off-heap-max-physical-bytes",
            "verbo.sentiment.distributed.collect-training-stats");
  }

  @Test
  void invalidValuesNameTheKeyAndTheFix() {
    assertThatThrownBy(() -> new EncodingSettings(0, Truncation.HEAD, List.of(), 1))
        .as("max-len")
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.sentiment.encoding.max-len")
        .hasMessageContaining("Fix:");
    assertThatThrownBy(() -> new EncodingSettings(20, Truncation.HEAD, List.of(8, 4), 1))
        .as("bucket bounds")
        .hasMessageContaining("verbo.sentiment.encoding.bucket-boundaries");
    assertThatThrownBy(() -> new NetworkSettings(8, true, 8, 1, true, Pooling.LAST, 0.2, 0, 1))
        .as("bidirectional with last")
        .hasMessageContaining("verbo.sentiment.network.pooling")
        .hasMessageContaining("max (or mean)");
    assertThatThrownBy(() -> new NetworkSettings(8, true, 8, 1, false, Pooling.LAST, 1.0, 0, 1))
        .as("dropout 1")
        .hasMessageContaining("verbo.sentiment.network.dropout");
    assertThatThrownBy(
            () ->
                new TrainingSettings(
                    5,
                    1e-3,
                    0,
                    1e-4,
                    ClassWeighting.EXPLICIT,
                    List.of(),
                    StoppingMetric.LOSS,
                    2,
                    1,
                    1))
        .as("explicit without weights")
        .hasMessageContaining("verbo.sentiment.training.explicit-class-weights");
    assertThatThrownBy(
            () ->
                new DistributedSettings(32, 5, 0, TrainingApproachSetting.AUTO, "6g", "2g", false))
        .as("physical below max")
        .hasMessageContaining("verbo.sentiment.distributed.off-heap-max-physical-bytes");
    assertThatThrownBy(
            () ->
                new DistributedSettings(
                    32, 5, 0, TrainingApproachSetting.AUTO, "lots", "2g", false))
        .as("size syntax")
        .hasMessageContaining("write a size such as 2g");
    assertThatThrownBy(() -> Pooling.fromConfig("median"))
        .as("enum names")
        .hasMessageContaining("verbo.sentiment.network.pooling")
        .hasMessageContaining("[last, max, mean]");
    assertThatThrownBy(() -> StoppingMetric.AUC.checkApplicable(3))
        .as("AUC with 3 classes")
        .hasMessageContaining("verbo.sentiment.training.early-stopping.metric");
    SentimentSettings d = SentimentSettings.defaults();
    assertThatThrownBy(
            () ->
                d.withNetwork(new NetworkSettings(8, false, 8, 1, false, Pooling.LAST, 0, 0, 1))
                    .withTraining(
                        new TrainingSettings(
                            5,
                            1e-3,
                            2,
                            1e-4,
                            ClassWeighting.NONE,
                            List.of(),
                            StoppingMetric.LOSS,
                            2,
                            1,
                            1)))
        .as("fine-tuning needs frozen embeddings")
        .hasMessageContaining("verbo.sentiment.training.fine-tune-epochs");
  }

  @Test
  void settingsRoundTripThroughModelJson() throws Exception {
    SentimentSettings s = TestVocab.smallSettings();
    byte[] json = ModelCodec.JSON.writeValueAsBytes(s);
    assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
        .as("config names in JSON")
        .contains("\"pooling\" : \"last\"", "\"max_len\" : 20");
    assertThat(ModelCodec.JSON.readValue(json, SentimentSettings.class))
        .as("round trip")
        .isEqualTo(s);
    assertThat(DistributedSettings.parseBytes("k", "512m")).as("512m").isEqualTo(512L << 20);
  }

  @Test
  void classWeights() {
    TrainingSettings balanced =
        new TrainingSettings(
            5, 1e-3, 0, 1e-4, ClassWeighting.BALANCED, List.of(), StoppingMetric.LOSS, 2, 1, 1);
    assertThat(ClassWeights.compute(balanced, List.of("a", "b"), new long[] {30, 10}))
        .as("n / (k * n_c)")
        .containsExactly(40.0 / 60, 40.0 / 20);
    TrainingSettings explicit =
        new TrainingSettings(
            5,
            1e-3,
            0,
            1e-4,
            ClassWeighting.EXPLICIT,
            List.of(1.0, 3.0),
            StoppingMetric.LOSS,
            2,
            1,
            1);
    assertThatThrownBy(() -> ClassWeights.compute(explicit, List.of("a", "b", "c"), new long[3]))
        .as("one weight per class")
        .hasMessageContaining("2 weights for 3 classes");
  }

  @Test
  void trainingApproachFollowsMasterAndFileSystem() {
    assertThat(
            TrainingApproachChooser.choose(TrainingApproachSetting.AUTO, "local[2]", "file")
                .approach())
        .as("local master")
        .isEqualTo(RDDTrainingApproach.Direct);
    assertThat(
            TrainingApproachChooser.choose(
                TrainingApproachSetting.AUTO, "spark://127.0.0.1:7077", "file"))
        .as("cluster on file://")
        .satisfies(d -> assertThat(d.approach()).isEqualTo(RDDTrainingApproach.Direct))
        .satisfies(d -> assertThat(d.reason()).contains("file://"));
    assertThat(
            TrainingApproachChooser.choose(TrainingApproachSetting.AUTO, "yarn", "hdfs").approach())
        .as("cluster on HDFS")
        .isEqualTo(RDDTrainingApproach.Export);
    assertThat(
            TrainingApproachChooser.choose(TrainingApproachSetting.DIRECT, "yarn", "hdfs")
                .approach())
        .as("forced direct")
        .isEqualTo(RDDTrainingApproach.Direct);
    assertThatThrownBy(
            () -> TrainingApproachChooser.choose(TrainingApproachSetting.EXPORT, "yarn", "file"))
        .as("forced export without a shared file system")
        .hasMessageContaining("verbo.sentiment.distributed.training-approach");
    assertThat(TrainingApproachChooser.choose(TrainingApproachSetting.AUTO, "yarn", "hdfs", "file"))
        .as("run root on HDFS but fs.defaultFS file://: DL4J would refuse Export mid-run")
        .satisfies(d -> assertThat(d.approach()).isEqualTo(RDDTrainingApproach.Direct))
        .satisfies(d -> assertThat(d.reason()).contains("fs.defaultFS"));
    assertThatThrownBy(
            () -> TrainingApproachChooser.choose(TrainingApproachSetting.EXPORT, "yarn", "hdfs", "file"))
        .as("forced export with a local default file system fails before training")
        .hasMessageContaining("spark.hadoop.fs.defaultFS");
    assertThat(TrainingApproachChooser.choose(TrainingApproachSetting.AUTO, "yarn", "hdfs", "hdfs").approach())
        .as("both shared")
        .isEqualTo(RDDTrainingApproach.Export);
  }

  @Test
  void kryoWithoutNd4jRegistratorFailsClearly() {
    DistributedSettings d = DistributedSettings.defaults();
    SparkConf kryo = new SparkConf(false).set("spark.serializer", SparkTrainingEnvironment.KRYO);
    assertThatThrownBy(() -> SparkTrainingEnvironment.check(kryo, "yarn", d))
        .as("Kryo without registrator")
        .hasMessageContaining("spark.kryo.registrator=org.nd4j.kryo.Nd4jRegistrator");
    SparkConf good =
        kryo.clone().set("spark.kryo.registrator", SparkTrainingEnvironment.ND4J_REGISTRATOR);
    SparkTrainingEnvironment.check(good, "yarn", d);
    assertThat(System.getProperty(SparkTrainingEnvironment.TIME_SOURCE_PROPERTY))
        .as("driver uses the system clock")
        .isEqualTo(SparkTrainingEnvironment.SYSTEM_CLOCK);
    assertThat(SparkTrainingEnvironment.recommendedSparkConf(d))
        .as("conf for session start")
        .containsEntry(
            "spark.kryo.registrator",
            "org.nd4j.kryo.Nd4jRegistrator,io.verbo.sentiment.VerboKryoRegistrator")
        .containsEntry("spark.executor.memoryOverhead", "2560m")
        .doesNotContainKey("spark.executorEnv.OMP_NUM_THREADS");
    assertThat(SparkTrainingEnvironment.executorJavaOptions(d))
        .as("executor JVM options")
        .contains("-Dorg.bytedeco.javacpp.maxbytes=2g", "SystemClockTimeSource");
    assertThat(SparkTrainingEnvironment.localWorkers("local[3]")).as("local[3]").isEqualTo(3);
    assertThat(WorkerThreads.taskSlots(new SparkConf(false).set("spark.master", "local[2]"), 8))
        .as("local[2] runs 2 tasks")
        .isEqualTo(2);
    assertThat(
            WorkerThreads.taskSlots(
                new SparkConf(false)
                    .set("spark.master", "yarn")
                    .set("spark.executor.cores", "4")
                    .set("spark.task.cpus", "2"),
                16))
        .as("4 executor cores, 2 CPUs per task")
        .isEqualTo(2);
    assertThat(
            WorkerThreads.taskSlots(new SparkConf(false).set("spark.master", "spark://h:7077"), 8))
        .as("standalone without executor cores takes every core")
        .isEqualTo(8);
    assertThat(SparkTrainingEnvironment.localWorkers("local")).as("local").isEqualTo(1);
  }
}
