package io.verbo.benchmarks.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.benchmarks.JsonLinesProcess;
import io.verbo.benchmarks.HeapMonitor;
import io.verbo.eval.EvaluationResult;
import io.verbo.sentiment.ClassWeighting;
import io.verbo.sentiment.DistributedSettings;
import io.verbo.sentiment.EncodingSettings;
import io.verbo.sentiment.EpochListener;
import io.verbo.sentiment.EpochRecord;
import io.verbo.sentiment.LabelledDocument;
import io.verbo.sentiment.LocalSentimentTrainer;
import io.verbo.sentiment.Nd4jThreads;
import io.verbo.sentiment.NetworkSettings;
import io.verbo.sentiment.Pooling;
import io.verbo.sentiment.SentimentSettings;
import io.verbo.sentiment.SentimentTrainRequest;
import io.verbo.sentiment.SentimentTrainResult;
import io.verbo.sentiment.SentimentTrainer;
import io.verbo.sentiment.SparkTrainingEnvironment;
import io.verbo.sentiment.StoppingMetric;
import io.verbo.sentiment.TrainingApproachSetting;
import io.verbo.sentiment.TrainingSettings;
import io.verbo.sentiment.Truncation;
import io.verbo.store.RunLayout;
import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.io.FileUtils;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The speed part: the same MR split, network and minibatches trained by single-JVM DL4J ({@link
 * LocalSentimentTrainer}, 1 OpenMP thread), by Verbo's {@link SentimentTrainer} on {@code local[2]}
 * with parameter averaging, and by the PyTorch peer with 2 threads, one after the other in one run.
 */
final class SpeedRun {

  /**
   * One variant's measurement.
   *
   * @param variant id
   * @param description what ran
   * @param epochs epochs
   * @param trainExamples training examples over all epochs
   * @param fitSeconds wall seconds of fitting (all epochs, validation excluded)
   * @param examplesPerSecond trainExamples / fitSeconds
   * @param steadyExamplesPerSecond the same over epochs 2.. (JIT and first-epoch set-up excluded)
   * @param cpuSeconds process CPU seconds over all epochs (the peer: CPU inside its timed loops)
   * @param examplesPerCpuSecond trainExamples / cpuSeconds
   * @param steadyExamplesPerCpuSecond the same over epochs 2.. (NaN for the peer)
   * @param testAccuracy accuracy of the final model on the 10 % test split
   * @param testMacroF1 macro F1 of the final model (NaN for the peer)
   * @param perEpochAccuracy test accuracy per epoch (peer only), else empty
   * @param peakHeapUsedBytes peak heap in use (driver = executors in local mode), polled
   * @param peakHeapCommittedBytes peak committed heap
   * @param peakOffHeapBytes peak of JavaCPP Pointer.totalBytes()
   * @param peakRssBytes peak resident set size of the process (JavaCPP physicalBytes / peer ru_maxrss)
   * @param wallSeconds wall seconds of the whole variant (set-up, fit, evaluation)
   * @param loadBefore load average before the variant
   * @param loadAfter load average after
   * @param curve the epochs' rows (Verbo variants)
   */
  record Measurement(String variant, String description, int epochs, long trainExamples, double fitSeconds,
      double examplesPerSecond, double steadyExamplesPerSecond, double cpuSeconds, double examplesPerCpuSecond,
      double steadyExamplesPerCpuSecond, double testAccuracy, double testMacroF1, List<Double> perEpochAccuracy,
      long peakHeapUsedBytes, long peakHeapCommittedBytes, long peakOffHeapBytes, long peakRssBytes,
      double wallSeconds, String loadBefore, String loadAfter, List<EpochRecord> curve) {}

  private final SentimentOptions o;
  private final Path work;
  private final List<LabelledDocument> train;
  private final List<LabelledDocument> test;
  private final Vocabulary vocab;
  private final List<String> labels;

  SpeedRun(SentimentOptions o, SentimentData.Labelled mr, Path work) {
    this.o = o;
    this.work = work;
    List<LabelledDocument> docs = new ArrayList<>(mr.docs());
    Collections.shuffle(docs, new Random(o.integer("seed")));
    int cut = docs.size() * 9 / 10;
    this.train = new ArrayList<>(docs.subList(0, cut));
    this.test = new ArrayList<>(docs.subList(cut, docs.size()));
    this.vocab = CrossValidation.vocabulary(train);
    this.labels = mr.labels();
  }

  String describe() {
    return String.format(Locale.ROOT, "MR shuffled (seed %d), %d train / %d test, vocabulary %d (train, min count 1)",
        o.integer("seed"), train.size(), test.size(), vocab.size());
  }

  SentimentSettings settings(int buckets) {
    return settings(buckets, o.integer("averaging"));
  }

  /** @return the variant's averaging frequency: N for {@code spark-avgN...}, else {@code --averaging} */
  private int averaging(String variant) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("-avg(\\d+)").matcher(variant);
    return m.find() ? Integer.parseInt(m.group(1)) : o.integer("averaging");
  }

  SentimentSettings settings(int buckets, int averaging) {
    return new SentimentSettings(
        new EncodingSettings(o.integer("max-len"), Truncation.HEAD, List.of(), buckets),
        new NetworkSettings(100, true, 100, 1, false, Pooling.LAST, o.real("dropout"), 0.0, 1.0),
        new TrainingSettings(o.integer("speed-epochs"), 1e-3, 0, 1e-4, ClassWeighting.NONE, List.of(),
            StoppingMetric.ACCURACY, 0, o.integer("seed"), 1),
        new DistributedSettings(o.integer("batch"), averaging, 2, TrainingApproachSetting.AUTO, "2g",
            "6g", Boolean.parseBoolean(o.get("training-stats"))));
  }

  List<Measurement> run(List<String> variants, java.util.function.Consumer<Measurement> sink) throws IOException {
    List<Measurement> out = new ArrayList<>();
    SparkSession spark = null;
    try {
      for (String v : variants) {
        System.gc();
        String load0 = Cpu.loadAverage();
        System.out.printf(Locale.ROOT, "== speed %s (load %s)%n", v, load0);
        Measurement m;
        if (v.startsWith("jvm")) {
          m = jvm(v, v.endsWith("nobucket") ? 1 : o.integer("bucket-count"), v.endsWith("-2t") ? 2 : 1, load0);
        } else if (v.startsWith("spark")) {
          if (spark == null) {
            spark = session();
          }
          m = spark(spark, v, v.endsWith("nobucket") ? 1 : o.integer("bucket-count"), load0);
        } else if (v.equals("torch") || v.equals("torch-1t")) {
          m = torch(v, o.integer("batch"), o.integer("max-len"), v.endsWith("-1t") ? 1 : 2, load0);
        } else if (v.equals("torch-default") || v.equals("torch-default-1t")) {
          m = torch(v, 32, 50, v.endsWith("-1t") ? 1 : 2, load0);
        } else {
          throw new IllegalArgumentException("Unknown speed variant " + v);
        }
        System.out.printf(Locale.ROOT, "   %s: %.0f ex/s wall (steady %.0f), %.0f ex/CPU-s (steady %.0f), test acc %.4f,"
                + " peak heap %s, off-heap %s, RSS %s%n", v, m.examplesPerSecond(), m.steadyExamplesPerSecond(),
            m.examplesPerCpuSecond(), m.steadyExamplesPerCpuSecond(), m.testAccuracy(), HeapMonitor.gib(m.peakHeapUsedBytes()),
            HeapMonitor.gib(m.peakOffHeapBytes()), HeapMonitor.gib(m.peakRssBytes()));
        out.add(m);
        sink.accept(m);
      }
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
    return out;
  }

  /** Records process CPU and wall at each epoch end. */
  private static final class Clock implements EpochListener {
    final List<Double> cpu = new ArrayList<>();
    final List<EpochRecord> rows = new ArrayList<>();

    Clock() {
      cpu.add(Cpu.process());
    }

    @Override
    public void afterEpoch(EpochRecord row) {
      cpu.add(Cpu.process());
      rows.add(row);
    }
  }

  private Measurement jvm(String v, int buckets, int threads, String load0) throws IOException {
    int previousThreads = Nd4jThreads.set(threads);
    Path ckpt = work.resolve("speed-" + v);
    FileUtils.deleteDirectory(ckpt.toFile());
    long w0 = System.nanoTime();
    try (HeapMonitor heap = new HeapMonitor(0); Cpu.OffHeapPeaks off = new Cpu.OffHeapPeaks()) {
      Clock clock = new Clock();
      LocalSentimentTrainer.Result r = LocalSentimentTrainer.train(new LocalSentimentTrainer.Request("speed-" + v,
          settings(buckets), vocab, Optional.empty(), labels, new TokenizerOptions(true, false, 0), train, List.of(),
          new org.apache.hadoop.fs.Path(ckpt.toAbsolutePath().toString()), false, clock), new Configuration());
      EvaluationResult t = CrossValidation.evaluate(r.model(), test, labels);
      return measurement(v, String.format(Locale.ROOT,
          "single-JVM DL4J fit (LocalSentimentTrainer), %d OpenMP thread(s), bucket-count %d", threads, buckets),
          clock, t, heap, off, w0, load0);
    } finally {
      Nd4jThreads.set(previousThreads);
      FileUtils.deleteDirectory(ckpt.toFile());
    }
  }

  private SparkSession session() {
    SparkSession.Builder b = SparkSession.builder().master("local[2]").appName("verbo-sentiment-bench")
        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2").config("spark.sql.session.timeZone", "UTC");
    SparkTrainingEnvironment.recommendedSparkConf(settings(4).distributed()).forEach(b::config);
    return b.getOrCreate();
  }

  private Measurement spark(SparkSession spark, String v, int buckets, String load0) throws IOException {
    Path root = work.resolve("speed-" + v);
    FileUtils.deleteDirectory(root.toFile());
    StructType schema = new StructType().add("doc_id", DataTypes.StringType).add("label", DataTypes.StringType)
        .add("tokens", DataTypes.createArrayType(DataTypes.StringType)).add("split", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < train.size() + test.size(); i++) {
      LabelledDocument d = i < train.size() ? train.get(i) : test.get(i - train.size());
      rows.add(RowFactory.create("d" + i, d.label(), d.tokens().toArray(new String[0]),
          i < train.size() ? "train" : "test"));
    }
    RunLayout layout = new RunLayout(root.toAbsolutePath().toString());
    spark.createDataFrame(rows, schema).repartition(2).write().parquet(layout.tokens().toString());
    long w0 = System.nanoTime();
    try (HeapMonitor heap = new HeapMonitor(0); Cpu.OffHeapPeaks off = new Cpu.OffHeapPeaks()) {
      Clock clock = new Clock();
      SentimentTrainResult r = SentimentTrainer.train(spark, new SentimentTrainRequest("speed-" + v, layout,
          layout.tokens(), vocab, Optional.empty(), labels, new TokenizerOptions(true, false, 0),
          settings(buckets, averaging(v)),
          false, null, clock));
      System.out.printf(Locale.ROOT, "   %s: %s; test %s%n", v, r.trainingApproach(), r.test().summary());
      return measurement(v, String.format(Locale.ROOT, "Verbo SentimentTrainer, local[2], parameter averaging every %d"
              + " minibatches per worker, bucket-count %d", averaging(v), buckets), clock, r.test(), heap,
          off, w0, load0);
    } finally {
      FileUtils.deleteDirectory(root.toFile());
    }
  }

  private Measurement measurement(String v, String desc, Clock clock, EvaluationResult t, HeapMonitor heap,
      Cpu.OffHeapPeaks off, long w0, String load0) {
    long ex = 0;
    long exSteady = 0;
    double sec = 0;
    double secSteady = 0;
    double cpuSteady = 0;
    for (int i = 0; i < clock.rows.size(); i++) {
      EpochRecord e = clock.rows.get(i);
      ex += e.trainExamples();
      sec += e.seconds();
      if (i > 0) {
        exSteady += e.trainExamples();
        secSteady += e.seconds();
        cpuSteady += clock.cpu.get(i + 1) - clock.cpu.get(i);
      }
    }
    double cpu = clock.cpu.get(clock.cpu.size() - 1) - clock.cpu.get(0);
    return new Measurement(v, desc, clock.rows.size(), ex, sec, ex / sec, exSteady / secSteady, cpu, ex / cpu,
        exSteady / cpuSteady, t.accuracy(), t.macroF1(), List.of(), heap.maxUsed(), heap.maxCommitted(),
        off.maxTotalBytes(), off.maxPhysicalBytes(), (System.nanoTime() - w0) / 1e9, load0, Cpu.loadAverage(),
        List.copyOf(clock.rows));
  }

  private Measurement torch(String v, int batch, int maxLen, int threads, String load0) throws IOException {
    Path mr = Path.of(o.get("data")).resolve("sentiment-en-mr/utf8");
    List<String> cmd = new ArrayList<>(List.of(o.get("python")));
    Path wrapper = Path.of(o.get("cpu-wrapper"));
    if (Files.isRegularFile(wrapper)) {
      cmd.add(wrapper.toString());
    }
    int epochs = o.integer("speed-epochs");
    cmd.addAll(List.of(Path.of(o.get("peers")).resolve("torch_lstm_sentiment.py").toString(),
        "--pos", mr.resolve("rt-polarity.pos").toString(), "--neg", mr.resolve("rt-polarity.neg").toString(),
        "--epochs", Integer.toString(epochs), "--threads", Integer.toString(threads), "--batch", Integer.toString(batch),
        "--max-len", Integer.toString(maxLen), "--dropout", o.get("dropout"), "--seed", "1"));
    long w0 = System.nanoTime();
    JsonNode peer = null;
    JsonNode cpu = null;
    for (JsonNode j : JsonLinesProcess.run(cmd, Map.of())) {
      if (j.has("peer")) {
        peer = j;
      } else if (j.has("train_cpu_seconds")) {
        cpu = j;
      }
    }
    if (peer == null) {
      throw new IOException(String.join(" ", cmd) + " printed no result line of the peer script");
    }
    System.out.println("   peer: " + peer);
    System.out.println("   cpu:  " + cpu);
    long ex = peer.path("train_examples").asLong() * peer.path("epochs").asLong();
    double eps = peer.path("train_examples_per_s").asDouble();
    double cpuS = cpu == null ? Double.NaN : cpu.path("train_cpu_seconds").asDouble();
    List<Double> accs = new ArrayList<>();
    peer.path("test_accuracy_per_epoch").forEach(n -> accs.add(n.asDouble()));
    return new Measurement(v, String.format(Locale.ROOT, "PyTorch peer %s, %d thread(s), batch %d, max-len %d (fixed"
            + " padding, packed sequences), %d epochs", peer.path("peer").asText(), threads, batch, maxLen, epochs), epochs, ex,
        ex / eps, eps, Double.NaN, cpuS, ex / cpuS, Double.NaN, peer.path("final_test_accuracy").asDouble(), Double.NaN,
        accs, 0, 0, 0, cpu == null ? 0 : cpu.path("max_rss_bytes").asLong(), (System.nanoTime() - w0) / 1e9, load0,
        Cpu.loadAverage(), List.of());
  }

  static Map<String, Object> cmdInfo(SentimentOptions o) {
    return new LinkedHashMap<>(o.all());
  }
}
