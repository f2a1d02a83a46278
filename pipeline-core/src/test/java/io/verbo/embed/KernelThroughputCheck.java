package io.verbo.embed;

import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Manual single-thread throughput measurement of {@link CpuWord2VecKernel} (a {@code main()}, not
 * a unit test: unit tests never assert wall-clock time). Reads every {@code .txt} file under the
 * given folder (default {@code /work/shared/data/corpus-en}), lower-cases and splits on whitespace
 * (as the gensim peer script does), keeps words seen at least 5 times, and trains one epoch per
 * configuration after a warm-up run of each. The timed runs are repeated (interleaved across
 * configurations) and the median words per thread-CPU second is reported: CPU time, not wall time,
 * because the machine is shared. Words/s counts words read (before subsampling), as gensim and
 * word2vec.c report it.
 *
 * <pre>
 * cd pipeline-core && mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java --add-modules=jdk.incubator.vector -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.verbo.embed.KernelThroughputCheck [corpus-dir] [epochs] [repetitions] [configurations]
 * </pre>
 *
 * <p>Configurations are a comma-separated subset of {@code hs-neg1,neg5,hs,cbow} (default
 * {@code hs-neg1,neg5}); repetitions default to 3. It prints which {@link FloatOps} the kernel
 * uses: without {@code --add-modules=jdk.incubator.vector}, or with {@code
 * -Dverbo.jvm.vector-api=false}, it measures the scalar code.
 */
public final class KernelThroughputCheck {
  private KernelThroughputCheck() {}

  /**
   * @param args optional corpus folder, epochs per timed run, repetitions, configurations
   * @throws IOException if the corpus cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "/work/shared/data/corpus-en");
    int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<String[]> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          String t = line.strip().toLowerCase(Locale.ROOT);
          if (!t.isEmpty()) {
            lines.add(t.split("\\s+"));
          }
        }
      }
    }
    Vocabulary vocab = vocabulary(lines, 5);
    List<int[]> sentences = new ArrayList<>();
    long words = 0;
    for (String[] l : lines) {
      int[] ids = new int[l.length];
      int n = 0;
      for (String w : l) {
        int i = vocab.indexOf(w);
        if (i >= 2) {
          ids[n++] = i;
        }
      }
      if (n > 0) {
        sentences.add(java.util.Arrays.copyOf(ids, n));
        words += n;
      }
    }
    System.out.printf(Locale.ROOT, "float operations: %s (java %s)%n", FloatOpsChoice.OPS.name(),
        System.getProperty("java.version"));
    System.out.printf(Locale.ROOT, "corpus %s: %d sentences, %d words in vocabulary, vocabulary %d%n",
        root, sentences.size(), words, vocab.size());
    Map<String, Word2VecSettings> configs = configurations(epochs);
    List<String> names = args.length > 3 ? List.of(args[3].split(",")) : List.of("hs-neg1", "neg5");
    for (String name : names) {
      if (!configs.containsKey(name)) {
        throw new IllegalArgumentException("unknown configuration " + name + "; known: " + configs.keySet());
      }
    }
    // Warm-up: one run of each configuration so that every path is JIT-compiled before timing.
    for (String name : names) {
      run(name, vocab, configs.get(name), sentences, "[warm-up] ");
    }
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    for (int rep = 0; rep < reps; rep++) {
      // Interleaved (not one configuration's repetitions in a row) so that a burst of load from
      // other work on a shared machine spreads over all configurations.
      for (String name : names) {
        rates.computeIfAbsent(name, k -> new ArrayList<>())
            .add(run(name, vocab, configs.get(name), sentences, "[" + (rep + 1) + "/" + reps + "] "));
      }
    }
    for (Map.Entry<String, List<Double>> e : rates.entrySet()) {
      List<Double> r = e.getValue().stream().sorted().toList();
      System.out.printf(Locale.ROOT, "MEDIAN %-8s %,.0f words/CPU-s over %d runs (min %,.0f, max %,.0f)%n",
          e.getKey(), median(r), r.size(), r.get(0), r.get(r.size() - 1));
    }
  }

  /**
   * The measured configurations, all skip-gram/CBOW with 100 dimensions, window 5 and sample 1e-3:
   * {@code neg5} (the defaults), {@code hs-neg1} (hierarchical softmax plus one negative: the
   * configuration of the quality goals), {@code hs} (hierarchical softmax only), {@code cbow}
   * (CBOW with five negatives).
   */
  private static Map<String, Word2VecSettings> configurations(int epochs) {
    Map<String, Word2VecSettings> m = new LinkedHashMap<>();
    m.put("neg5", Word2VecSettings.defaults().withEpochs(epochs));
    m.put("hs-neg1", new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, 1, true, 1e-3, 0.025, 0.0001,
        epochs, 1, 0, 2, 1L, 10_000));
    m.put("hs", new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, 0, true, 1e-3, 0.025, 0.0001,
        epochs, 1, 0, 2, 1L, 10_000));
    m.put("cbow", new Word2VecSettings(Word2VecArchitecture.CBOW, 100, 5, 5, false, 1e-3, 0.05, 0.0001,
        epochs, 1, 0, 2, 1L, 10_000));
    return m;
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** One training run; prints it and returns its words read per thread-CPU second. */
  private static double run(String name, Vocabulary vocab, Word2VecSettings s, List<int[]> sentences, String tag) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    LocalWord2Vec.Result r = LocalWord2Vec.train(vocab, s, sentences, CpuWord2VecKernel.FACTORY);
    double sec = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    KernelStats total = r.rounds().stream().reduce(KernelStats.EMPTY, KernelStats::plus);
    System.out.printf(Locale.ROOT,
        "%s%-8s %d epoch(s): wall %.2f s = %,.0f words/s; thread CPU %.2f s = %,.0f words/CPU-s; loss %.4f%n",
        tag, name, s.epochs(), sec, total.wordsRead() / sec, cpu, total.wordsRead() / cpu, total.meanLoss());
    return total.wordsRead() / cpu;
  }

  /** A vocabulary in the project's order: PAD, UNK, then descending count, ties by token. */
  static Vocabulary vocabulary(List<String[]> lines, int minCount) {
    Map<String, Long> counts = new HashMap<>();
    for (String[] l : lines) {
      for (String w : l) {
        counts.merge(w, 1L, Long::sum);
      }
    }
    List<Map.Entry<String, Long>> kept = counts.entrySet().stream()
        .filter(e -> e.getValue() >= minCount)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    List<String> tokens = new ArrayList<>(List.of("<pad>", "<unk>"));
    long[] c = new long[kept.size() + 2];
    for (int i = 0; i < kept.size(); i++) {
      tokens.add(kept.get(i).getKey());
      c[i + 2] = kept.get(i).getValue();
    }
    return new Vocabulary(tokens, c, c.clone());
  }
}
