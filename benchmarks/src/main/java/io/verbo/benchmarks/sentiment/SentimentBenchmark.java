package io.verbo.benchmarks.sentiment;

import io.verbo.benchmarks.embed.BenchCorpus;
import io.verbo.embed.WordVectors;
import io.verbo.sentiment.ClassWeighting;
import io.verbo.sentiment.Pooling;
import io.verbo.sentiment.StoppingMetric;
import io.verbo.text.TokenizerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Sentiment benchmarks of issue 4: quality on MR (stratified k-fold CV; random embeddings vs our
 * Word2Vec frozen and fine-tuned), Rest-Mex (3 classes), and training speed (single-JVM DL4J vs
 * Verbo on local[2] with parameter averaging vs the PyTorch peer). Started by hand through {@code
 * benchmarks/run-sentiment.sh}; see {@code benchmarks/README-sentiment.md}.
 */
public final class SentimentBenchmark {
  private SentimentBenchmark() {}

  /**
   * @param args see {@code --help}
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    SentimentOptions o = SentimentOptions.parse(args);
    String tag = o.get("tag").isEmpty()
        ? DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT).format(ZonedDateTime.now(ZoneOffset.UTC)) : o.get("tag");
    Path out = o.path("out");
    Path work = o.path("work");
    Files.createDirectories(out);
    Files.createDirectories(work);
    Map<String, Object> machine = machine();
    String command = "benchmarks/run-sentiment.sh " + System.getenv().getOrDefault("VERBO_BENCH_ARGS", String.join(" ", args));
    System.out.println("== " + command);
    System.out.println("== machine " + machine);
    for (String part : o.list("parts")) {
      switch (part) {
        case "quality" -> quality(o, "quality", SentimentData.mr(Path.of(o.get("data"))), "corpus-en",
            BenchCorpus.lowerWhitespace(), o.list("configs"), o.integer("folds"),
            o.integerOr("run-folds", o.integer("folds")), o.integer("max-len"), ClassWeighting.NONE,
            StoppingMetric.ACCURACY, new TokenizerOptions(true, false, 0), out.resolve("sentiment-quality-" + tag + ".md"),
            work, machine, command);
        case "restmex" -> quality(o, "restmex", SentimentData.restMex(Path.of(o.get("data"))), "corpus-es",
            BenchCorpus.verboTokenizer(), o.list("restmex-configs"), o.integer("restmex-folds"),
            o.integerOr("restmex-run-folds", o.integer("restmex-folds")), o.integer("restmex-max-len"),
            ClassWeighting.BALANCED, StoppingMetric.MACRO_F1, new TokenizerOptions(true, false, 0),
            out.resolve("sentiment-restmex-" + tag + ".md"), work, machine, command);
        case "speed" -> speed(o, SentimentData.mr(Path.of(o.get("data"))), out.resolve("sentiment-speed-" + tag + ".md"),
            work, machine, command);
        default -> throw new IllegalArgumentException("Unknown part " + part + " (quality, restmex, speed)");
      }
    }
    System.out.println("== done " + Cpu.loadAverage());
    System.exit(0);
  }

  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    try {
      m.put("cpu", Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.replaceAll(".*:\\s*", "")).orElse("?"));
      m.put("mem_total", Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll(".*:\\s*", ""));
    } catch (IOException e) {
      m.put("cpu", "?");
    }
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    m.put("OMP_NUM_THREADS", System.getenv("OMP_NUM_THREADS"));
    m.put("commit", System.getenv().getOrDefault("VERBO_COMMIT", "?"));
    m.put("nice", System.getenv().getOrDefault("VERBO_NICE", "?"));
    return m;
  }

  private static void quality(SentimentOptions o, String part, SentimentData.Labelled data, String corpus,
      Function<String, String[]> tok, List<String> configNames, int k, int runFolds, int maxLen, ClassWeighting cw,
      StoppingMetric metric, TokenizerOptions tokenizer, Path md, Path work, Map<String, Object> machine,
      String command) throws Exception {
    long t0 = System.nanoTime();
    double cpu0 = Cpu.process();
    String load0 = Cpu.loadAverage();
    CrossValidation.Plan plan = new CrossValidation.Plan(data.name(), k, maxLen, o.integer("bucket-count"),
        o.integer("batch"), o.real("dropout"), o.integer("epochs"), o.integer("fine-tune-epochs"),
        o.real("fine-tune-lr"), o.integer("patience"), o.real("inner-val"), o.integer("seed"), cw, metric, tokenizer,
        new CrossValidation.Network(o.integer("lstm-units"), Boolean.parseBoolean(o.get("bidirectional")),
            Pooling.valueOf(o.get("pooling").toUpperCase(Locale.ROOT)), o.real("lr")));
    CrossValidation cv = new CrossValidation(plan, data, work);
    List<CrossValidation.Config> configs = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (String c : configNames) {
      if (c.equals("ours-frozen") && configNames.contains("ours-finetuned")) {
        order.add(c); // reported from ours-finetuned's frozen stage
        continue;
      }
      configs.add(CrossValidation.Config.of(c));
      if (c.equals("ours-finetuned") && !order.contains("ours-frozen")) {
        order.add("ours-frozen");
      }
      order.add(c);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    List<CrossValidation.FoldResult> results = Collections.synchronizedList(new ArrayList<>());
    Map<String, Object> w2v = new LinkedHashMap<>();
    json.put("part", part);
    json.put("command", command);
    json.put("machine", machine);
    json.put("options", o.all());
    json.put("plan", plan);
    json.put("k", k);
    json.put("folds_run", runFolds);
    json.put("load_at_start", load0);
    json.put("word2vec", w2v);
    json.put("results", results);
    Object lock = new Object();
    Runnable save = () -> {
      synchronized (lock) {
        try {
          json.put("wall_seconds_so_far", (System.nanoTime() - t0) / 1e9);
          json.put("process_cpu_seconds_so_far", Cpu.process() - cpu0);
          json.put("load_now", Cpu.loadAverage());
          List<CrossValidation.FoldResult> copy;
          synchronized (results) {
            copy = new ArrayList<>(results);
          }
          SentimentReport.write(md, json, markdown(data, plan, runFolds, w2v, copy, order, command, machine, load0,
              (System.nanoTime() - t0) / 1e9, Cpu.process() - cpu0));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    int[] folds = cv.folds();
    int[] sizes = new int[k];
    for (int f : folds) {
      sizes[f]++;
    }
    System.out.printf(Locale.ROOT, "== %s: %d documents, %d folds (sizes %s), running %d, configs %s, load %s%n",
        data.name(), data.docs().size(), k, java.util.Arrays.toString(sizes), runFolds, configNames, load0);
    boolean needVectors = configs.stream().anyMatch(CrossValidation.Config::pretrained);
    ExecutorService pool = Executors.newFixedThreadPool(o.integer("concurrent"));
    List<Future<?>> futures = new ArrayList<>();
    java.util.concurrent.atomic.AtomicReference<WordVectors> vectors = new java.util.concurrent.atomic.AtomicReference<>();
    List<Runnable> deferred = new ArrayList<>();
    for (int f = 0; f < runFolds; f++) {
      for (CrossValidation.Config c : configs) {
        int fold = f;
        Runnable task = () -> {
          try {
            cv.run(c, fold, vectors.get(), r -> {
              results.add(r);
              save.run();
            });
          } catch (Exception e) {
            e.printStackTrace();
            throw new RuntimeException(e);
          }
        };
        if (c.pretrained() && needVectors) {
          deferred.add(task);
        } else if (deferred.isEmpty() && futures.size() < o.integer("concurrent")) {
          futures.add(pool.submit(task)); // runs while our Word2Vec trains
        } else {
          deferred.add(task);
        }
      }
    }
    if (needVectors) {
      List<String[]> sentences = new ArrayList<>(SentimentData.corpus(Path.of(o.get("data")).resolve(corpus), tok));
      int corpusSentences = sentences.size();
      sentences.addAll(SentimentData.sentencesOf(data));
      System.out.printf(Locale.ROOT, "== our Word2Vec (%s) on %s (%d sentences) + %s (%d sentences), load %s%n",
          o.get("w2v"), corpus, corpusSentences, data.name(), data.docs().size(), Cpu.loadAverage());
      OurVectors v = OurVectors.train(sentences, OurVectors.settings(o.get("w2v"), o.integer("w2v-epochs")),
          o.integer("w2v-min-count"), work.resolve(part + "-vectors.txt"));
      vectors.set(v.vectors());
      w2v.put("variant", o.get("w2v"));
      w2v.put("settings", v.settingsLine());
      w2v.put("corpus", corpus + " + " + data.name() + " (all documents, unlabelled)");
      w2v.put("sentences", v.sentences());
      w2v.put("tokens", v.tokens());
      w2v.put("vocabulary", v.vocabulary());
      w2v.put("wall_seconds", v.wallSeconds());
      w2v.put("thread_cpu_seconds", v.cpuSeconds());
      w2v.put("final_loss", v.finalLoss());
      w2v.put("vectors_file", v.file().toString());
      System.out.printf(Locale.ROOT, "== Word2Vec done: %s; %,d tokens, vocabulary %,d, %.0f s, %.0f CPU-s, loss %.4f%n",
          v.settingsLine(), v.tokens(), v.vocabulary(), v.wallSeconds(), v.cpuSeconds(), v.finalLoss());
      save.run();
    }
    for (Runnable r : deferred) {
      futures.add(pool.submit(r));
    }
    pool.shutdown();
    for (Future<?> f : futures) {
      f.get();
    }
    save.run();
    System.out.println();
    System.out.println(SentimentReport.qualityTable(results, order));
  }

  private static String markdown(SentimentData.Labelled data, CrossValidation.Plan plan, int runFolds,
      Map<String, Object> w2v, List<CrossValidation.FoldResult> results, List<String> order, String command,
      Map<String, Object> machine, String load0, double wall, double cpu) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Sentiment quality: ").append(data.name()).append("\n\n");
    sb.append("Command: `").append(command).append("`\n\n");
    sb.append("Machine: ").append(machine).append("\n\n");
    sb.append(String.format(Locale.ROOT, "Load average at start: %s; now: %s. Wall so far %.0f s, process CPU %.0f s.%n%n",
        load0, Cpu.loadAverage(), wall, cpu));
    sb.append(String.format(Locale.ROOT, "Data: %d documents, labels %s. Stratified %d-fold CV (StratifiedFolds, seed %d);"
            + " **%d of %d folds run**%s.%n%n", data.docs().size(), data.labels(), plan.k(), plan.seed(), runFolds,
        plan.k(), runFolds < plan.k() ? " (not the full CV)" : ""));
    sb.append("Plan: ").append(plan).append("\n\n");
    sb.append("Our Word2Vec: ").append(w2v).append("\n\n");
    sb.append(SentimentReport.qualityTable(results, order));
    return sb.toString();
  }

  private static void speed(SentimentOptions o, SentimentData.Labelled mr, Path md, Path work,
      Map<String, Object> machine, String command) throws IOException {
    SpeedRun run = new SpeedRun(o, mr, work);
    String load0 = Cpu.loadAverage();
    long t0 = System.nanoTime();
    Map<String, Object> json = new LinkedHashMap<>();
    List<SpeedRun.Measurement> ms = new ArrayList<>();
    json.put("part", "speed");
    json.put("command", command);
    json.put("machine", machine);
    json.put("options", o.all());
    json.put("data", run.describe());
    json.put("settings", run.settings(o.integer("bucket-count")));
    json.put("load_at_start", load0);
    json.put("results", ms);
    System.out.println("== speed: " + run.describe());
    run.run(o.list("speed-variants"), m -> {
      ms.add(m);
      json.put("wall_seconds_so_far", (System.nanoTime() - t0) / 1e9);
      StringBuilder sb = new StringBuilder();
      sb.append("# Sentiment training speed on MR\n\n");
      sb.append("Command: `").append(command).append("`\n\n");
      sb.append("Machine: ").append(machine).append("\n\n");
      sb.append("Load average at start: ").append(load0).append("; now: ").append(Cpu.loadAverage()).append("\n\n");
      sb.append("Data: ").append(run.describe()).append("\n\n");
      sb.append("Settings (Verbo variants): ").append(run.settings(o.integer("bucket-count"))).append("\n\n");
      sb.append(SentimentReport.speedTable(ms));
      try {
        SentimentReport.write(md, json, sb.toString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    System.out.println();
    System.out.println(SentimentReport.speedTable(ms));
  }
}
