package io.verbo.sentiment;

import io.verbo.store.RunLayout;
import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Manual training-throughput measurement on the MR movie-review polarity corpus (lower-cased
 * whitespace tokens, 10,662 sentences, 90/10 split): examples per second of one training epoch,
 * single-JVM {@code fit} versus {@code SparkDl4jMultiLayer} parameter averaging on {@code
 * local[2]}. This is a {@code main()}, not a unit test: unit tests never assert wall-clock time.
 *
 * <p>Model: the classic Keras recipe, 100-d trainable embeddings, LSTM(100), dropout 0.2, softmax;
 * batch 64 ({@code -Dverbo.bench.batch}), averaging every 5 minibatches ({@code
 * -Dverbo.bench.averaging}), max-len 64. Usage (from {@code pipeline-core}, classpath from {@code
 * mvn dependency:build-classpath}):
 *
 * <pre>
 * java [add-opens] -cp target/classes:target/test-classes:$CP io.verbo.sentiment.SentimentThroughputCheck \
 *     [epochs] [mr-dir] [modes: jvm jvm1 jvm1-nobucket spark]
 * </pre>
 */
public final class SentimentThroughputCheck {
  private static final String MR = "/work/shared/data/sentiment-en-mr/utf8";
  private static final int BATCH = Integer.getInteger("verbo.bench.batch", 64);
  private static final int AVERAGING = Integer.getInteger("verbo.bench.averaging", 5);

  /** Process CPU seconds at the end of each epoch (fit + validation), to factor out other load. */
  private static final List<Double> CPU_AT_EPOCH_END = new ArrayList<>();

  private static final EpochListener CPU_CLOCK = row -> CPU_AT_EPOCH_END.add(cpuSeconds());

  private SentimentThroughputCheck() {}

  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  /**
   * @param args optional epochs, MR folder and modes
   * @throws IOException if the corpus cannot be read
   */
  public static void main(String[] args) throws IOException {
    int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Path dir = Path.of(args.length > 1 ? args[1] : MR);
    List<String> modes =
        args.length > 2
            ? List.of(args).subList(2, args.length)
            : List.of("jvm", "jvm1", "jvm1-nobucket", "spark");
    List<LabelledDocument> docs = new ArrayList<>();
    read(dir.resolve("rt-polarity.neg"), "negative", docs);
    read(dir.resolve("rt-polarity.pos"), "positive", docs);
    Collections.shuffle(docs, new Random(42));
    int cut = docs.size() * 9 / 10;
    List<LabelledDocument> train = docs.subList(0, cut);
    List<LabelledDocument> test = docs.subList(cut, docs.size());
    Vocabulary vocab = vocabulary(train);
    System.out.printf(
        Locale.ROOT,
        "MR: %d train, %d test, vocabulary %d, epochs %d, batch %d, cores %d%n",
        train.size(),
        test.size(),
        vocab.size(),
        epochs,
        BATCH,
        Runtime.getRuntime().availableProcessors());
    int defaultThreads = Nd4jThreads.current();
    for (String mode : modes) {
      SentimentSettings s = settings(epochs, mode.endsWith("nobucket") ? 1 : 4, BATCH);
      Path work = Files.createTempDirectory("verbo-bench-");
      List<EpochRecord> curve;
      if (mode.startsWith("jvm")) {
        Nd4jThreads.set(mode.startsWith("jvm1") ? 1 : defaultThreads);
        LocalSentimentTrainer.Result r =
            LocalSentimentTrainer.train(
                new LocalSentimentTrainer.Request(
                    "bench",
                    s,
                    vocab,
                    Optional.empty(),
                    List.of("negative", "positive"),
                    new TokenizerOptions(true, false, 0),
                    train,
                    test,
                    new org.apache.hadoop.fs.Path(work.resolve("ckpt").toString()),
                    false,
                    CPU_CLOCK),
                new Configuration());
        curve = r.state().curve();
        System.out.printf(Locale.ROOT, "  %s: test %s%n", mode, r.validation().summary());
      } else {
        curve = spark(s, vocab, train, test, work);
      }
      for (int i = 1; i < CPU_AT_EPOCH_END.size(); i++) {
        double cpu = CPU_AT_EPOCH_END.get(i) - CPU_AT_EPOCH_END.get(i - 1);
        long n = curve.get(i).trainExamples();
        System.out.printf(
            Locale.ROOT,
            "%-13s epoch %d: %.1f CPU-s for fit+validation, %.0f training examples per"
                + " CPU-second%n",
            mode,
            curve.get(i).epoch(),
            cpu,
            n / cpu);
      }
      CPU_AT_EPOCH_END.clear();
      for (EpochRecord e : curve) {
        System.out.printf(
            Locale.ROOT,
            "%-13s epoch %d: %6.0f examples/s (%d examples, %.1f s), train loss %.4f, val acc"
                + " %.4f%n",
            mode,
            e.epoch(),
            e.examplesPerSecond(),
            e.trainExamples(),
            e.seconds(),
            e.trainLoss(),
            e.valAccuracy());
      }
    }
  }

  private static List<EpochRecord> spark(
      SentimentSettings s,
      Vocabulary vocab,
      List<LabelledDocument> train,
      List<LabelledDocument> test,
      Path work) {
    SparkSession.Builder b =
        SparkSession.builder()
            .master("local[2]")
            .appName("verbo-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2");
    SparkTrainingEnvironment.recommendedSparkConf(s.distributed()).forEach(b::config);
    SparkSession spark = b.getOrCreate();
    try {
      StructType schema =
          new StructType()
              .add("doc_id", DataTypes.StringType)
              .add("label", DataTypes.StringType)
              .add("tokens", DataTypes.createArrayType(DataTypes.StringType))
              .add("split", DataTypes.StringType);
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < train.size() + test.size(); i++) {
        LabelledDocument d = i < train.size() ? train.get(i) : test.get(i - train.size());
        rows.add(
            RowFactory.create(
                "d" + i,
                d.label(),
                d.tokens().toArray(new String[0]),
                i < train.size() ? "train" : "validation"));
      }
      RunLayout layout = new RunLayout(work.resolve("run").toString());
      spark
          .createDataFrame(rows, schema)
          .repartition(2)
          .write()
          .parquet(layout.tokens().toString());
      SentimentTrainResult r =
          SentimentTrainer.train(
              spark,
              new SentimentTrainRequest(
                  "bench",
                  layout,
                  layout.tokens(),
                  vocab,
                  Optional.empty(),
                  List.of("negative", "positive"),
                  new TokenizerOptions(true, false, 0),
                  s,
                  false,
                  null,
                  CPU_CLOCK));
      System.out.printf(
          Locale.ROOT,
          "  spark: validation %s (%s)%n",
          r.validation().summary(),
          r.trainingApproach());
      return r.state().curve();
    } finally {
      spark.stop();
    }
  }

  private static SentimentSettings settings(int epochs, int buckets, int batch) {
    return new SentimentSettings(
        new EncodingSettings(64, Truncation.HEAD, List.of(), buckets),
        new NetworkSettings(100, true, 100, 1, false, Pooling.LAST, 0.2, 0.0, 1.0),
        new TrainingSettings(
            epochs,
            1e-3,
            0,
            1e-4,
            ClassWeighting.NONE,
            List.of(),
            StoppingMetric.ACCURACY,
            0,
            42L,
            1),
        new DistributedSettings(
            batch,
            AVERAGING,
            2,
            TrainingApproachSetting.AUTO,
            "2g",
            "6g",
            Boolean.getBoolean("verbo.bench.stats")));
  }

  private static void read(Path file, String label, List<LabelledDocument> out) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      List<String> tokens =
          Arrays.stream(line.toLowerCase(Locale.ROOT).trim().split("\\s+"))
              .filter(t -> !t.isEmpty())
              .toList();
      out.add(new LabelledDocument(label, tokens));
    }
  }

  private static Vocabulary vocabulary(List<LabelledDocument> docs) {
    Map<String, Long> counts = new HashMap<>();
    for (LabelledDocument d : docs) {
      for (String t : d.tokens()) {
        counts.merge(t, 1L, Long::sum);
      }
    }
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    List<String> tokens = new ArrayList<>(List.of("<pad>", "<unk>"));
    entries.forEach(e -> tokens.add(e.getKey()));
    long[] c = new long[tokens.size()];
    for (int i = 2; i < c.length; i++) {
      c[i] = counts.get(tokens.get(i));
    }
    return new Vocabulary(tokens, c, new long[c.length]);
  }
}
