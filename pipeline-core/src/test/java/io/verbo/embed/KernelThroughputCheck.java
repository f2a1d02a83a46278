package io.verbo.embed;

import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Manual single-thread throughput measurement of {@link CpuWord2VecKernel} (a {@code main()}, not
 * a unit test: unit tests never assert wall-clock time). Reads every {@code .txt} file under the
 * given folder (default {@code /work/shared/data/corpus-en}), lower-cases and splits on whitespace
 * (as the gensim peer script does), keeps words seen at least 5 times, and trains one epoch per
 * configuration after a warm-up epoch. Words/s counts words read (before subsampling), as gensim
 * and word2vec.c report it.
 *
 * <pre>
 * cd pipeline-core && java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.verbo.embed.KernelThroughputCheck [corpus-dir] [epochs]
 * </pre>
 */
public final class KernelThroughputCheck {
  private KernelThroughputCheck() {}

  /**
   * @param args optional corpus folder, optional epochs per timed run
   * @throws IOException if the corpus cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "/work/shared/data/corpus-en");
    int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
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
    System.out.printf(Locale.ROOT, "corpus %s: %d sentences, %d words in vocabulary, vocabulary %d%n",
        root, sentences.size(), words, vocab.size());
    Word2VecSettings sg = Word2VecSettings.defaults().withEpochs(epochs);
    Word2VecSettings cbow = new Word2VecSettings(Word2VecArchitecture.CBOW, 100, 5, 5, false, 1e-3, 0.05, 0.0001,
        epochs, 1, 0, 2, 1L, 10_000);
    Word2VecSettings hs = new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, 0, true, 1e-3, 0.025, 0.0001,
        epochs, 1, 0, 2, 1L, 10_000);
    for (int rep = 0; rep < 2; rep++) {
      run("skip-gram neg5", vocab, sg, sentences, rep == 0);
      run("cbow neg5", vocab, cbow, sentences, rep == 0);
      run("skip-gram hs", vocab, hs, sentences, rep == 0);
    }
  }

  private static void run(String name, Vocabulary vocab, Word2VecSettings s, List<int[]> sentences, boolean warmup) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    LocalWord2Vec.Result r = LocalWord2Vec.train(vocab, s, sentences, CpuWord2VecKernel.FACTORY);
    double sec = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    KernelStats total = r.rounds().stream().reduce(KernelStats.EMPTY, KernelStats::plus);
    System.out.printf(Locale.ROOT,
        "%s%-16s %d epoch(s): wall %.2f s = %,.0f words/s; thread CPU %.2f s = %,.0f words/CPU-s; loss %.4f%n",
        warmup ? "[warm-up] " : "", name, s.epochs(), sec, total.wordsRead() / sec, cpu, total.wordsRead() / cpu,
        total.meanLoss());
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
