package io.verbo.benchmarks;

import io.verbo.text.TokenizerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Tokenize + vocabulary throughput of Verbo against Spark ML's {@code RegexTokenizer} followed by
 * {@code explode}/{@code groupBy} counting, on the same input in one {@code local[2]} session, plus
 * Verbo's tokenizer alone on one thread. See {@code benchmarks/README.md} for what each variant
 * does and for measured figures; {@code --help} for the options.
 *
 * <p>Method: the input is built once; every Spark variant runs once untimed on a small sample and
 * the in-memory tokenizer runs untimed for 5 s (warm-up), then every variant runs {@code --reps}
 * times (the Spark variants interleaved, their order rotating each repetition), and the median is
 * reported. Output folders are deleted before each timed run.
 */
public final class TokenizeBenchmark {
  /**
   * The in-memory tokenizer is warmed up for this long, over the whole copy: on a busy machine the
   * JIT needs several seconds and full passes to settle, and a short warm-up made the first timed
   * runs up to 3x slower.
   */
  private static final double TOKENIZER_WARMUP_SECONDS = 5.0;

  private TokenizeBenchmark() {}

  /**
   * @param args see {@link BenchOptions#USAGE}
   */
  public static void main(String[] args) {
    BenchOptions opts;
    try {
      opts = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (opts.help()) {
      System.out.println(BenchOptions.USAGE);
      return;
    }
    printHeader(opts);
    long t0 = System.nanoTime();
    BenchCorpus corpus =
        BenchCorpus.build(opts.dataDir(), opts.workDir(), opts.multiplier(), opts.partsPerCopy());
    System.out.printf(
        Locale.ROOT,
        "input: %d shared corpus files x %d = %d files, %.1f MB (%,d lines per copy) in %s, built"
            + " in %.1f s%n",
        corpus.sources(),
        opts.multiplier(),
        corpus.files(),
        corpus.inputBytes() / 1e6,
        corpus.copyLines().size(),
        corpus.inputDir(),
        (System.nanoTime() - t0) / 1e9);

    Map<String, List<Outcome>> results = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    if (opts.variants().stream().anyMatch(v -> !v.equals("tokenizer"))) {
      SparkSession spark = session(opts.master(), opts.sparkConf());
      try {
        System.out.printf(
            Locale.ROOT,
            "spark: %s, master %s, defaultParallelism %d, spark.sql.shuffle.partitions %s%n",
            spark.version(),
            spark.sparkContext().master(),
            spark.sparkContext().defaultParallelism(),
            spark.conf().get("spark.sql.shuffle.partitions"));
        runSpark(spark, opts, corpus, results, labels);
      } finally {
        spark.stop();
      }
    }
    if (opts.variants().contains("tokenizer")) {
      runTokenizer(opts, corpus, results, labels);
    }
    ResultTable.print(corpus.inputBytes(), labels, results);
    System.out.printf(
        Locale.ROOT,
        "%nload average at the end: %.2f (other processes on the machine skew the timings)%n",
        loadAverage());
  }

  private static double loadAverage() {
    return Stopwatch.loadAverage();
  }

  private static void runSpark(
      SparkSession spark,
      BenchOptions opts,
      BenchCorpus corpus,
      Map<String, List<Outcome>> results,
      Map<String, String> labels) {
    JobTimes jobs = JobTimes.register(spark);
    List<SparkVariant> variants =
        Stream.<SparkVariant>of(
                new VerboVariant(jobs),
                SparkMlVariant.regex(),
                SparkMlVariant.whitespace(),
                new VerboSameShapeVariant())
            .filter(v -> opts.variants().contains(v.id()))
            .toList();
    Path outRoot = opts.workDir().resolve("out");
    for (SparkVariant v : variants) {
      labels.put(v.id(), v.label());
      results.put(v.id(), new ArrayList<>());
      Outcome w = v.run(spark, corpus.warmupDir(), outRoot.resolve("warmup-" + v.id()));
      report("warm-up ", v.id(), w);
    }
    for (int r = 0; r < opts.repetitions(); r++) {
      for (int k = 0; k < variants.size(); k++) {
        SparkVariant v = variants.get((k + r) % variants.size());
        System.gc();
        Outcome o = v.run(spark, corpus.inputDir(), outRoot.resolve(v.id()));
        results.get(v.id()).add(o);
        report("rep " + (r + 1) + "/" + opts.repetitions(), v.id(), o);
      }
    }
  }

  private static void runTokenizer(
      BenchOptions opts,
      BenchCorpus corpus,
      Map<String, List<Outcome>> results,
      Map<String, String> labels) {
    List<TokenizerAlone> variants =
        List.of(
            new TokenizerAlone("d1 Verbo Tokenizer alone, 1 thread", TokenizerOptions.defaults()),
            new TokenizerAlone(
                "d2 Verbo Tokenizer alone, lowercase, 1 thread",
                new TokenizerOptions(true, false, 0)));
    for (int i = 0; i < variants.size(); i++) {
      TokenizerAlone v = variants.get(i);
      String id = "tokenizer-" + (i + 1);
      labels.put(id, v.label());
      results.put(id, new ArrayList<>());
      long warmupEnd = System.nanoTime() + (long) (TOKENIZER_WARMUP_SECONDS * 1e9);
      do {
        v.run(corpus.copyLines(), 1);
      } while (System.nanoTime() < warmupEnd);
      for (int r = 0; r < opts.repetitions(); r++) {
        Outcome o = v.run(corpus.copyLines(), opts.multiplier());
        results.get(id).add(o);
        report("rep " + (r + 1) + "/" + opts.repetitions(), id, o);
      }
    }
  }

  private static void report(String what, String id, Outcome o) {
    System.out.printf(
        Locale.ROOT,
        "%-8s %-11s %7.2f s wall %7.2f s CPU  load %4.2f  %,d tokens  (%s)%n",
        what,
        id,
        o.seconds(),
        o.cpuSeconds(),
        loadAverage(),
        o.tokens(),
        o.detail());
  }

  private static SparkSession session(String master, Map<String, String> conf) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .master(master)
            .appName("verbo-tokenize-benchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1");
    conf.forEach(builder::config);
    return builder.getOrCreate();
  }

  private static void printHeader(BenchOptions opts) {
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, load average %.2f, max heap %.1f GB, %s %s (%s), %s %s%n",
        rt.availableProcessors(),
        loadAverage(),
        rt.maxMemory() / 1e9,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        System.getProperty("java.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
    System.out.println(
        "command: java "
            + jvmArgs()
            + " -cp <benchmarks classpath> "
            + TokenizeBenchmark.class.getName()
            + " "
            + opts.commandLine()
            + " --work-dir "
            + opts.workDir()
            + " --data-dir "
            + opts.dataDir());
  }

  /** The JVM flags, with the Java 17 opens Spark needs shown as the parent pom property. */
  private static String jvmArgs() {
    List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
    List<String> shown =
        args.stream().filter(a -> !a.startsWith("--add-opens")).collect(Collectors.toList());
    if (shown.size() < args.size()) {
      shown.add("${verbo.jvm.opens}");
    }
    return String.join(" ", shown);
  }

  /**
   * Deletes a file or folder tree if it exists.
   *
   * @param p the path
   */
  static void deleteRecursively(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + p, e);
    }
  }
}
