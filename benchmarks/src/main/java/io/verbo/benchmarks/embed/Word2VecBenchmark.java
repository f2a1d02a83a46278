package io.verbo.benchmarks.embed;

import io.verbo.benchmarks.HeapMonitor;
import io.verbo.config.InvalidConfigException;
import io.verbo.embed.EmbeddingEvaluator;
import io.verbo.embed.MemoryEstimate;
import io.verbo.embed.Neighbour;
import io.verbo.embed.ProbeNeighbours;
import io.verbo.embed.RoundStats;
import io.verbo.embed.VectorFormat;
import io.verbo.embed.Word2VecArchitecture;
import io.verbo.embed.Word2VecFit;
import io.verbo.embed.Word2VecMemory;
import io.verbo.embed.Word2VecSettings;
import io.verbo.embed.Word2VecTrainer;
import io.verbo.embed.WordVectors;
import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Verbo's distributed Word2Vec against Spark MLlib and gensim on the same tokens, the same cores
 * and the same referee ({@code shared/peers/eval_vectors.py}). See {@code --help} and {@code
 * benchmarks/README-embeddings.md}. Prints Markdown tables to stdout and writes them to {@code
 * OUT/report-PARTS.md}.
 */
public final class Word2VecBenchmark {
  private final BenchOptions o;
  private final Path out;
  private final Peers peers;
  private final int epochs;
  private final int minCount;
  private final StringBuilder report = new StringBuilder();

  private Word2VecBenchmark(BenchOptions o) {
    this.o = o;
    this.out = o.path("out", "benchmarks/target/embeddings").toAbsolutePath();
    Path data = o.path("data", "/work/shared/data");
    this.peers = new Peers(o.str("python", "/usr/bin/python3"), o.path("peers", "/work/shared/peers"), data,
        o.path("gensim-cpu-wrapper", "benchmarks/src/main/python/gensim_cpu.py"));
    this.epochs = o.integer("epochs", 5);
    this.minCount = o.integer("min-count", 5);
  }

  /**
   * @param args see {@code --help}
   * @throws Exception on any failure (a benchmark stops at the first)
   */
  public static void main(String[] args) throws Exception {
    BenchOptions o = BenchOptions.parse(args);
    if (o.help) {
      System.out.print(BenchOptions.USAGE);
      return;
    }
    new Word2VecBenchmark(o).run();
  }

  private void run() throws Exception {
    List<String> parts = o.list("parts", "en,sweep,es");
    if (parts.contains("memory") && parts.size() > 1) {
      throw new IllegalArgumentException("--parts memory runs alone (it needs its own -Xmx)");
    }
    Files.createDirectories(out);
    long t0 = System.nanoTime();
    heading(String.format(Locale.ROOT, "Word2Vec benchmark, %s (parts %s)",
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), String.join(",", parts)));
    emit(String.format(Locale.ROOT, "Machine: %d cores visible, %s RAM, load average at start %s; JVM max heap %s; java %s",
        Runtime.getRuntime().availableProcessors(), HeapMonitor.gib(totalRam()), loadAverage(),
        HeapMonitor.gib(Runtime.getRuntime().maxMemory()), System.getProperty("java.version")));
    SparkSession.Builder b = SparkSession.builder().master(o.str("master", "local[2]")).appName("verbo-w2v-benchmark")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.local.dir", out.resolve("spark-tmp").toString());
    if (o.values.containsKey("max-result-size")) {
      b.config("spark.driver.maxResultSize", o.str("max-result-size", "1g"));
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      BenchCorpus en = null;
      Map<Integer, VerboResult> sweep = new LinkedHashMap<>();
      if (parts.contains("en") || parts.contains("sweep") || parts.contains("variants")) {
        en = BenchCorpus.prepare(spark, "corpus-en", o.path("data", "/work/shared/data").resolve("corpus-en"),
            out.resolve("en"), BenchCorpus.lowerWhitespace(), minCount);
        emit(en.line());
      }
      if (parts.contains("en")) {
        english(spark, en, sweep);
      }
      if (parts.contains("sweep")) {
        sweep(spark, en, sweep);
      }
      if (parts.contains("variants")) {
        variants(spark, en, sweep);
      }
      if (parts.contains("es")) {
        spanish(spark);
      }
      if (parts.contains("memory")) {
        memory(spark);
      }
    } finally {
      spark.stop();
    }
    emit(String.format(Locale.ROOT, "%nTotal wall time %.1f s; load average at end %s", (System.nanoTime() - t0) / 1e9,
        loadAverage()));
    Path file = out.resolve("report-" + String.join("-", parts) + ".md");
    Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
    System.out.println("Report written to " + file);
  }

  // ---------------------------------------------------------------- corpus-en: three systems

  /** Verbo's outcome on one configuration. */
  record VerboResult(Word2VecSettings settings, Word2VecFit fit, double trainSeconds, double roundSeconds,
      double cpuSeconds, WordVectors vectors, Path file, Peers.Scores scores, String load) {
    int partitions() {
      return settings.numPartitions();
    }

    int rounds() {
      return settings.roundsPerEpoch();
    }

    double alpha() {
      return settings.alpha();
    }
  }

  private void english(SparkSession spark, BenchCorpus en, Map<Integer, VerboResult> sweep) throws IOException {
    heading("corpus-en: Verbo vs Spark MLlib vs gensim");
    int p = o.integer("partitions", 2);
    // Verbo's objectives side by side: neg5 (the default, gensim's objective) and hs-neg1 (HS plus one
    // negative sample, the small-corpus recipe of docs/embeddings.md).
    Map<String, VerboResult> verbos = new LinkedHashMap<>();
    for (String objective : o.list("objectives", "neg5,hs-neg1")) {
      Word2VecSettings s = objective(objective, p);
      verbos.put(objective, verbo(spark, en,
          out.resolve(String.format(Locale.ROOT, "en/verbo-p%d-%s.txt", p, objective)), s));
    }
    if (verbos.containsKey("neg5")) {
      sweep.put(p, verbos.get("neg5"));
    }

    int mp = o.integer("mllib-partitions", 2);
    String mllibLoad = loadAverage();
    MllibRunner.Run mllib = MllibRunner.train(spark, en.read(spark), en.vocab(), 100, 5, minCount, epochs, mp);
    Path mllibFile = out.resolve("en/mllib.txt");
    save(mllib.vectors(), mllibFile);
    emit(String.format(Locale.ROOT, "MLlib: fit %.1f s = vocabulary job %.1f s + training %.1f s (%d jobs), process CPU %.1f s,"
        + " %d vectors", mllib.fitSeconds(), mllib.vocabSeconds(), mllib.trainSeconds(), mllib.jobs(), mllib.cpuSeconds(),
        mllib.vectors().size()));

    int workers = o.integer("gensim-workers", 2);
    String gensimLoad = loadAverage();
    Peers.GensimRun gensim = peers.gensim(en.textFile(), workers, epochs, minCount, out.resolve("en/gensim.txt"), true);
    emit(String.format(Locale.ROOT, "gensim: corpus_words %d (ours %d), vocab %d, vocab %.1f s, train %.1f s, %d words/s,"
        + " train CPU %.1f s; its own scores WS-353 %.4f, MEN %.4f, analogy %.4f", gensim.corpusWords(), en.tokens(),
        gensim.vocab(), gensim.vocabSeconds(), gensim.trainSeconds(), gensim.trainWordsPerS(), gensim.trainCpuSeconds(),
        gensim.ownWs353(), gensim.ownMen(), gensim.ownAnalogy()));
    if (gensim.corpusWords() != en.tokens()) {
      emit("WARNING: gensim counted a different number of corpus words than we did");
    }

    // The referee, after all training (never concurrently with a timed run).
    for (Map.Entry<String, VerboResult> e : verbos.entrySet()) {
      e.setValue(withScores(e.getValue()));
    }
    if (verbos.containsKey("neg5")) {
      sweep.put(p, verbos.get("neg5"));
    }
    Peers.Scores ms = peers.evaluate(mllibFile);
    Peers.Scores gs = peers.evaluate(gensim.vectors());

    double words = (double) en.tokens() * epochs;
    double mWps = words / mllib.trainSeconds();
    double gWps = words / gensim.trainSeconds();
    emit("");
    emit(String.format(Locale.ROOT, "Throughput = %,d corpus tokens x %d epochs / training seconds (vocabulary building"
        + " excluded); quality scored by eval_vectors.py on every system's word2vec text file.", en.tokens(), epochs));
    emit("");
    emit("| system | configuration | train s | words/s | vs MLlib | vs gensim | words/CPU-s | WS-353 (OOV%) | MEN (OOV%) | analogy | vectors | load avg before |");
    emit("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (Map.Entry<String, VerboResult> e : verbos.entrySet()) {
      VerboResult v = e.getValue();
      emit(row("Verbo " + e.getKey(), describe(v.settings()), v.trainSeconds(), words / v.trainSeconds(), mWps, gWps,
          words / v.cpuSeconds(), v.scores(), v.load()));
    }
    emit(row("Spark MLlib 3.5.9", String.format(Locale.ROOT, "numPartitions %d, stepSize 0.025, skip-gram HS", mp),
        mllib.trainSeconds(), mWps, mWps, gWps, words / mllib.cpuSeconds(), ms, mllibLoad));
    emit(row("gensim (peer script)", String.format(Locale.ROOT, "workers %d, skip-gram neg 5", workers),
        gensim.trainSeconds(), gWps, mWps, gWps, words / gensim.trainCpuSeconds(), gs, gensimLoad));
    emit("");
    emit(String.format(Locale.ROOT, "Verbo's fit includes the memory check, tables, the encoding + sharding job and all"
        + " averaging rounds. words/CPU-s = corpus words x epochs / process CPU seconds: Verbo and MLlib (%.1f s) JVM CPU"
        + " (all threads, GC and JIT included) over the whole fit; gensim %.1f s of Python process CPU inside"
        + " Word2Vec.train (benchmarks/src/main/python/gensim_cpu.py). On a shared machine wall time depends on the"
        + " neighbours' load; CPU time much less, but it hides a system's inability to use both cores.",
        mllib.cpuSeconds(), gensim.trainCpuSeconds()));
    double bestWs = Math.max(ms.ws353(), gs.ws353());
    double bestMen = Math.max(ms.men(), gs.men());
    for (Map.Entry<String, VerboResult> e : verbos.entrySet()) {
      VerboResult v = e.getValue();
      double vWps = words / v.trainSeconds();
      emit("");
      emit("Goals, Verbo " + e.getKey() + ":");
      emit(goal("throughput >= 3x MLlib", vWps / mWps >= 3,
          String.format(Locale.ROOT, "%.2fx MLlib (%.2fx gensim) in words/s; per CPU-second %.2fx MLlib, %.2fx gensim",
              vWps / mWps, vWps / gWps, mllib.cpuSeconds() / v.cpuSeconds(),
              gensim.trainCpuSeconds() / v.cpuSeconds())));
      emit(goal("WS-353 within 0.02 of the best peer", v.scores().ws353() >= bestWs - 0.02,
          String.format(Locale.ROOT, "%.4f vs best peer %.4f (%+.4f)", v.scores().ws353(), bestWs,
              v.scores().ws353() - bestWs)));
      emit(goal("MEN within 0.02 of the best peer", v.scores().men() >= bestMen - 0.02,
          String.format(Locale.ROOT, "%.4f vs best peer %.4f (%+.4f)", v.scores().men(), bestMen,
              v.scores().men() - bestMen)));
      emit(goal("analogy accuracy >= 8%", v.scores().analogy() >= 0.08,
          String.format(Locale.ROOT, "%.2f%%", 100 * v.scores().analogy())));
    }
  }

  /**
   * @param name neg5 (negative sampling, k = 5) or hs-neg1 (hierarchical softmax plus one negative sample)
   * @param partitions training partitions
   * @return skip-gram settings of the benchmark (100 dims, window 5, sample 1e-3, alpha = P x 0.025)
   */
  private Word2VecSettings objective(String name, int partitions) {
    int rounds = partitions > 1 ? o.integer("rounds", 4) : 1;
    double alpha = Math.min(partitions * o.dbl("alpha-per-partition", 0.025), 1.0);
    boolean hs = switch (name) {
      case "neg5" -> false;
      case "hs-neg1" -> true;
      default -> throw new IllegalArgumentException("Unknown --objectives entry " + name + " (neg5, hs-neg1)");
    };
    return new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, hs ? 1 : 5, hs, 1e-3, alpha, 0.0001, epochs,
        rounds, partitions, 2, 1L, 10_000);
  }

  private static String row(String system, String config, double seconds, double wps, double mllibWps, double gensimWps,
      double cpuWps, Peers.Scores s, String load) {
    return String.format(Locale.ROOT,
        "| %s | %s | %.1f | %,.0f | %.2fx | %.2fx | %s | %.4f (%.1f) | %.4f (%.1f) | %.2f%% | %,d | %s |",
        system, config, seconds, wps, wps / mllibWps, wps / gensimWps,
        Double.isNaN(cpuWps) ? "n/a" : String.format(Locale.ROOT, "%,.0f", cpuWps), s.ws353(), s.ws353Oov(), s.men(),
        s.menOov(), 100 * s.analogy(), s.vocab(), load);
  }

  private static String goal(String what, boolean met, String detail) {
    return String.format(Locale.ROOT, "- %s: **%s** — %s", what, met ? "met" : "NOT met", detail);
  }

  // ---------------------------------------------------------------- partition sweep

  private void sweep(SparkSession spark, BenchCorpus en, Map<Integer, VerboResult> done) throws IOException {
    heading("corpus-en: Verbo partition sweep (same total epochs; alpha = P x "
        + o.dbl("alpha-per-partition", 0.025) + ")");
    List<Integer> ps = o.ints("sweep", "1,2,4,8");
    String objective = o.str("sweep-objective", "neg5");
    emit("Objective: " + objective);
    Map<Integer, VerboResult> results = new LinkedHashMap<>();
    for (int p : ps) {
      results.put(p, done.containsKey(p) && objective.equals("neg5") ? done.get(p)
          : verbo(spark, en, out.resolve("en"), p, objective));
    }
    for (int p : ps) {
      if (results.get(p).scores() == null) {
        results.put(p, withScores(results.get(p)));
      }
    }
    VerboResult base = results.get(ps.contains(1) ? 1 : ps.get(0));
    double words = (double) en.tokens() * epochs;
    emit("");
    emit("| partitions | rounds/epoch | alpha | train s | words/s | WS-353 | Δ vs P=" + base.partitions()
        + " | MEN | Δ | analogy | Δ | final loss | load avg before |");
    emit("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (VerboResult r : results.values()) {
      Peers.Scores s = r.scores();
      emit(String.format(Locale.ROOT, "| %d | %d | %.3f | %.1f | %,.0f | %.4f | %+.4f | %.4f | %+.4f | %.2f%% | %+.2f | %.4f | %s |",
          r.partitions(), r.rounds(), r.alpha(), r.trainSeconds(), words / r.trainSeconds(), s.ws353(),
          s.ws353() - base.scores().ws353(), s.men(), s.men() - base.scores().men(), 100 * s.analogy(),
          100 * (s.analogy() - base.scores().analogy()), r.fit().finalLoss(), r.load()));
    }
    VerboResult last = results.get(ps.get(ps.size() - 1));
    double dWs = base.scores().ws353() - last.scores().ws353();
    double dMen = base.scores().men() - last.scores().men();
    emit("");
    emit(goal("averaging costs <= 0.03 Spearman at " + last.partitions() + " partitions", dWs <= 0.03 && dMen <= 0.03,
        String.format(Locale.ROOT, "drop WS-353 %.4f, MEN %.4f vs %d partition(s)", dWs, dMen, base.partitions())));
  }

  // ---------------------------------------------------------------- Verbo

  private VerboResult verbo(SparkSession spark, BenchCorpus c, Path dir, int partitions) throws IOException {
    return verbo(spark, c, dir, partitions, "neg5");
  }

  private VerboResult verbo(SparkSession spark, BenchCorpus c, Path dir, int partitions, String objective)
      throws IOException {
    return verbo(spark, c, dir.resolve(String.format(Locale.ROOT, "verbo-p%d-%s.txt", partitions, objective)),
        objective(objective, partitions));
  }

  private VerboResult verbo(SparkSession spark, BenchCorpus c, Path file, Word2VecSettings s) throws IOException {
    String load = loadAverage();
    Dataset<Row> tokens = c.read(spark);
    long cpu0 = processCpuNanos();
    Word2VecFit fit = new Word2VecTrainer(s).fit(spark, tokens, c.vocab());
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    double roundSeconds = fit.rounds().stream().mapToDouble(RoundStats::seconds).sum();
    save(fit.vectors(), file);
    emit(String.format(Locale.ROOT, "Verbo %s, %s: fit %.1f s (rounds %.1f s),"
        + " %,d in-vocabulary words/epoch, %,.0f corpus words/s, process CPU %.1f s, final loss %.4f; %s",
        c.name(), describe(s), fit.seconds(), roundSeconds, fit.corpusWords(),
        (double) c.tokens() * epochs / fit.seconds(), cpu, fit.finalLoss(), fit.memory().formula()));
    return new VerboResult(s, fit, fit.seconds(), roundSeconds, cpu, fit.vectors(), file, null, load);
  }

  private static String describe(Word2VecSettings s) {
    return String.format(Locale.ROOT, "%d partition(s), %d round(s)/epoch, alpha %.3f, %s%s%s, sample %s",
        s.numPartitions(), s.roundsPerEpoch(), s.alpha(), s.architecture().configName(),
        s.negative() > 0 ? " neg " + s.negative() : "", s.hierarchicalSoftmax() ? " HS" : "", s.sample());
  }

  // ---------------------------------------------------------------- corpus-en: Verbo variants

  /**
   * Verbo variants that close part of the gap to MLlib's objective: MLlib trains skip-gram with
   * hierarchical softmax and no subsampling.
   */
  private void variants(SparkSession spark, BenchCorpus en, Map<Integer, VerboResult> done) throws IOException {
    heading("corpus-en: Verbo variants (objective and subsampling as MLlib's)");
    int p = o.integer("partitions", 2);
    int rounds = p > 1 ? o.integer("rounds", 4) : 1;
    double alpha = p * o.dbl("alpha-per-partition", 0.025);
    Map<String, Word2VecSettings> configs = new LinkedHashMap<>();
    configs.put("hs", new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, 0, true, 1e-3, alpha, 0.0001, epochs,
        rounds, p, 2, 1L, 10_000));
    configs.put("sample0", new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, 5, false, 0, alpha, 0.0001,
        epochs, rounds, p, 2, 1L, 10_000));
    configs.put("hs-neg5", new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, 5, true, 1e-3, alpha, 0.0001,
        epochs, rounds, p, 2, 1L, 10_000));
    for (int k : new int[] {1, 2, 3}) {
      configs.put("hs-neg" + k, new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, k, true, 1e-3, alpha,
          0.0001, epochs, rounds, p, 2, 1L, 10_000));
    }
    for (String sample : new String[] {"1e-4", "3e-4"}) {
      double t = Double.parseDouble(sample);
      configs.put("hs-s" + sample, new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, 0, true, t, alpha,
          0.0001, epochs, rounds, p, 2, 1L, 10_000));
      configs.put("neg5-s" + sample, new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, 5, false, t, alpha,
          0.0001, epochs, rounds, p, 2, 1L, 10_000));
      for (int k : new int[] {1, 2}) {
        configs.put("hs-neg" + k + "-s" + sample, new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, k,
            true, t, alpha, 0.0001, epochs, rounds, p, 2, 1L, 10_000));
      }
    }
    configs.put("hs-sample0", new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, 0, true, 0, alpha, 0.0001,
        epochs, rounds, p, 2, 1L, 10_000));
    List<String> wanted = o.list("variants", "hs,sample0");
    Map<String, VerboResult> results = new LinkedHashMap<>();
    if (done.containsKey(p)) {
      results.put("default (neg 5, sample 1e-3)", done.get(p));
    }
    for (String v : wanted) {
      if (!configs.containsKey(v)) {
        throw new IllegalArgumentException("unknown variant " + v + "; known: " + configs.keySet());
      }
      results.put(v, verbo(spark, en, out.resolve("en/verbo-" + v + ".txt"), configs.get(v)));
    }
    for (Map.Entry<String, VerboResult> e : results.entrySet()) {
      if (e.getValue().scores() == null) {
        e.setValue(withScores(e.getValue()));
      }
    }
    double words = (double) en.tokens() * epochs;
    emit("");
    emit("| variant | settings | train s | words/s | words/CPU-s | WS-353 | MEN | analogy | load avg before |");
    emit("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (Map.Entry<String, VerboResult> e : results.entrySet()) {
      VerboResult r = e.getValue();
      emit(String.format(Locale.ROOT, "| %s | %s | %.1f | %,.0f | %,.0f | %.4f | %.4f | %.2f%% | %s |", e.getKey(),
          describe(r.settings()), r.trainSeconds(), words / r.trainSeconds(),
          words / r.cpuSeconds(), r.scores().ws353(), r.scores().men(), 100 * r.scores().analogy(), r.load()));
    }
  }

  private VerboResult withScores(VerboResult r) throws IOException {
    return new VerboResult(r.settings(), r.fit(), r.trainSeconds(), r.roundSeconds(), r.cpuSeconds(), r.vectors(),
        r.file(), peers.evaluate(r.file()), r.load());
  }

  // ---------------------------------------------------------------- corpus-es

  private void spanish(SparkSession spark) throws IOException {
    heading("corpus-es (conha19): nearest neighbours of probe words");
    BenchCorpus es = BenchCorpus.prepare(spark, "corpus-es", o.path("data", "/work/shared/data").resolve("corpus-es"),
        out.resolve("es"), BenchCorpus.verboTokenizer(), minCount);
    emit(es.line());
    int p = o.integer("partitions", 2);
    VerboResult verbo = verbo(spark, es, out.resolve("es"), p);
    Map<String, WordVectors> systems = new LinkedHashMap<>();
    Map<String, Double> wps = new LinkedHashMap<>();
    Map<String, String> loads = new LinkedHashMap<>();
    double words = (double) es.tokens() * epochs;
    systems.put("Verbo", verbo.vectors());
    wps.put("Verbo", words / verbo.trainSeconds());
    loads.put("Verbo", verbo.load());
    if (o.bool("es-mllib", true)) {
      loads.put("MLlib", loadAverage());
      MllibRunner.Run m = MllibRunner.train(spark, es.read(spark), es.vocab(), 100, 5, minCount, epochs,
          o.integer("mllib-partitions", 2));
      save(m.vectors(), out.resolve("es/mllib.txt"));
      systems.put("MLlib", m.vectors());
      wps.put("MLlib", words / m.trainSeconds());
    }
    loads.put("gensim", loadAverage());
    Peers.GensimRun g = peers.gensim(es.textFile(), o.integer("gensim-workers", 2), epochs, minCount,
        out.resolve("es/gensim.txt"), false);
    try (InputStream in = Files.newInputStream(g.vectors())) {
      systems.put("gensim", WordVectors.load(in, VectorFormat.WORD2VEC_TEXT));
    }
    wps.put("gensim", words / g.trainSeconds());
    emit("");
    emit("| system | words/s | vs MLlib | vectors | load avg before |");
    emit("| --- | ---: | ---: | ---: | --- |");
    for (String sys : systems.keySet()) {
      emit(String.format(Locale.ROOT, "| %s | %,.0f | %s | %,d | %s |", sys, wps.get(sys),
          wps.containsKey("MLlib") ? String.format(Locale.ROOT, "%.2fx", wps.get(sys) / wps.get("MLlib")) : "-",
          systems.get(sys).size(), loads.get(sys)));
    }
    List<String> probes = o.list("probes", "casa,mujer,rey,noche,bueno,ciudad,amor");
    int k = o.integer("neighbours", 8);
    emit("");
    emit("| probe | system | nearest neighbours (cosine) |");
    emit("| --- | --- | --- |");
    for (String probe : probes) {
      for (Map.Entry<String, WordVectors> e : systems.entrySet()) {
        ProbeNeighbours n = EmbeddingEvaluator.neighbours(e.getValue(), List.of(probe), k, 300_000).get(0);
        String cell = !n.found() ? "(not in vocabulary)" : n.neighbours().stream()
            .map(x -> String.format(Locale.ROOT, "%s %.2f", x.token(), x.similarity())).collect(Collectors.joining(", "));
        emit(String.format(Locale.ROOT, "| %s | %s | %s |", probe, e.getKey(), cell));
      }
    }
    emit("");
    emit("Overlap of the top-" + k + " neighbour sets (mean over found probes):");
    List<String> names = new ArrayList<>(systems.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        emit(String.format(Locale.ROOT, "- %s / %s: %.1f of %d", names.get(i), names.get(j),
            overlap(systems.get(names.get(i)), systems.get(names.get(j)), probes, k), k));
      }
    }
  }

  private static double overlap(WordVectors a, WordVectors b, List<String> probes, int k) {
    double sum = 0;
    int n = 0;
    for (String p : probes) {
      ProbeNeighbours x = EmbeddingEvaluator.neighbours(a, List.of(p), k, 300_000).get(0);
      ProbeNeighbours y = EmbeddingEvaluator.neighbours(b, List.of(p), k, 300_000).get(0);
      if (x.found() && y.found()) {
        List<String> ys = y.neighbours().stream().map(Neighbour::token).toList();
        sum += x.neighbours().stream().filter(t -> ys.contains(t.token())).count();
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  // ---------------------------------------------------------------- memory

  private void memory(SparkSession spark) throws IOException {
    int dim = o.integer("memory-dim", 300);
    int vocabWords = o.integer("memory-vocab", 500_000);
    heading(String.format(Locale.ROOT, "Memory: synthetic vocabulary of %,d words x %d dims on %s", vocabWords, dim,
        spark.sparkContext().master()));
    int ids = o.integer("memory-ids", vocabWords);
    SyntheticCorpus.Prepared c = SyntheticCorpus.prepare(spark, out.resolve("memory/tokens"),
        ids, 1.0, o.longValue("memory-tokens", 2_000_000L), 20, vocabWords, 7L);
    emit(String.format(Locale.ROOT, "synthetic corpus: %,d sentences x 20 = %,d tokens (every one of %,d ids once, then"
        + " Zipf(1.0) draws over them): %,d distinct, vocabulary %,d words (+ PAD/UNK rows), in-vocabulary tokens %,d;"
        + " %.1f s", c.sentences(), c.tokenCount(), ids, c.distinct(), c.vocab().size() - 2, inVocab(c.vocab()),
        c.seconds()));
    if (c.vocab().size() - 2 < vocabWords) {
      throw new IllegalStateException("vocabulary smaller than --memory-vocab: raise --memory-tokens or --memory-ids");
    }
    int partitions = o.integer("partitions", 2);
    Word2VecSettings s = new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, dim, 5, 5, false, 1e-3,
        partitions * o.dbl("alpha-per-partition", 0.025), 0.0001, o.integer("memory-epochs", 1), 1, partitions, 2, 1L,
        10_000);
    long maxHeap = Runtime.getRuntime().maxMemory();
    String maxResult = spark.sparkContext().getConf().get("spark.driver.maxResultSize", "1g (default)");
    emit(String.format(Locale.ROOT, "JVM max heap %s (%,d bytes), spark.driver.maxResultSize %s, %d partitions", HeapMonitor.gib(maxHeap),
        maxHeap, maxResult, partitions));
    MemoryEstimate e;
    try {
      e = Word2VecMemory.check(spark, c.vocab().size(), s);
    } catch (InvalidConfigException ex) {
      emit("");
      emit("**The memory check REFUSED to train** (before any Spark job):");
      emit("");
      emit("> " + ex.getMessage());
      return;
    }
    emit("memory check passed: " + e.formula());
    System.gc();
    long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    Word2VecFit fit;
    long guard = (long) (o.dbl("memory-guard-gib", 2.5) * (1L << 30));
    long cpu0 = processCpuNanos();
    HeapMonitor mon = new HeapMonitor(guard);
    try {
      fit = new Word2VecTrainer(s).fit(spark, spark.read().parquet(c.tokens().toString()), c.vocab());
    } finally {
      mon.close();
    }
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    long wordsRead = fit.rounds().stream().mapToLong(r -> r.stats().wordsRead()).sum();
    emit("");
    emit("| quantity | bytes | GiB |");
    emit("| --- | ---: | ---: |");
    emit(mem("one copy of the weights (V x D x 4 x matrices)", e.copyBytes()));
    emit(mem(String.format(Locale.ROOT, "predicted driver (%d copies)", MemoryEstimate.DRIVER_COPIES), e.driverBytes()));
    emit(mem(String.format(Locale.ROOT, "predicted executor (%d copies, %d cores)", e.executorCopies(), e.executorCores()),
        e.executorBytes()));
    emit(mem(String.format(Locale.ROOT, "**predicted for this JVM** (%s, %d copies)",
        e.local() ? "local mode: 6 + 2 x task slots" : "driver", e.driverJvmCopies()), e.driverJvmBytes()));
    emit(mem("heap in use before training (after System.gc)", baseline));
    emit(mem("measured peak heap in use (polled every 10 ms; includes garbage)", mon.maxUsed()));
    emit(mem("measured peak heap in use right after any GC (" + mon.collections() + " GCs)", mon.maxAfterGc()));
    emit(mem("**measured peak live heap** (right after a full GC; " + mon.majorCollections() + " full GCs)",
        mon.maxAfterMajorGc()));
    emit(mem("measured peak live heap minus the baseline (what training cost)", mon.maxAfterMajorGc() - baseline));
    emit(mem("measured peak committed heap", mon.maxCommitted()));
    emit("");
    emit(String.format(Locale.ROOT, "Training: fit %.1f s (rounds %.1f s), %,d in-vocabulary words read = %,.0f words/s"
        + " (%,.0f corpus tokens/s), process CPU %.1f s, final loss %.4f; predicted / measured peak live = %.2f; GC: %s",
        fit.seconds(), fit.rounds().stream().mapToDouble(RoundStats::seconds).sum(), wordsRead,
        wordsRead / fit.seconds(), c.tokenCount() * (double) s.epochs() / fit.seconds(), cpu, fit.finalLoss(),
        e.driverJvmBytes() / (double) Math.max(1, mon.maxAfterMajorGc()),
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).collect(Collectors.joining(", "))));
    for (RoundStats r : fit.rounds()) {
      emit("  " + r.line());
    }
  }

  private static long inVocab(Vocabulary v) {
    long n = 0;
    for (int i = 2; i < v.size(); i++) {
      n += v.count(i);
    }
    return n;
  }

  private static String mem(String what, long bytes) {
    return String.format(Locale.ROOT, "| %s | %,d | %.2f |", what, bytes, bytes / (double) (1L << 30));
  }

  // ---------------------------------------------------------------- helpers

  private static void save(WordVectors v, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      v.save(os, VectorFormat.WORD2VEC_TEXT);
    }
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long totalRam() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "n/a";
    }
  }

  private void heading(String h) {
    emit("");
    emit("## " + h);
    emit("");
  }

  private void emit(String line) {
    System.out.println(line);
    System.out.flush();
    report.append(line).append('\n');
  }
}
