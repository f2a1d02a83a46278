package io.verbo.benchmarks.sentiment;

import io.verbo.embed.CpuWord2VecKernel;
import io.verbo.embed.KernelStats;
import io.verbo.embed.LocalWord2Vec;
import io.verbo.embed.VectorFormat;
import io.verbo.embed.Word2VecArchitecture;
import io.verbo.embed.Word2VecSettings;
import io.verbo.embed.WordVectors;
import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our Word2Vec ({@link LocalWord2Vec}: Verbo's kernel, plan and seeds with one shard, bit-identical
 * to {@code Word2VecTrainer} with one partition) on a corpus plus the task's own sentences.
 *
 * @param vectors the trained vectors
 * @param sentences sentences trained on
 * @param tokens corpus tokens (before the min count)
 * @param vocabulary words kept (min count applied)
 * @param settingsLine the settings, for the report
 * @param wallSeconds training wall time (vocabulary and encoding included)
 * @param cpuSeconds CPU time of the training thread
 * @param finalLoss mean loss of the last round
 * @param file the word2vec text file written
 */
record OurVectors(WordVectors vectors, long sentences, long tokens, int vocabulary, String settingsLine,
    double wallSeconds, double cpuSeconds, double finalLoss, Path file) {

  static Word2VecSettings settings(String variant, int epochs) {
    int negative = switch (variant) {
      case "neg5", "hs-neg5" -> 5;
      case "hs-neg1" -> 1;
      case "hs" -> 0;
      default -> throw new IllegalArgumentException("Unknown --w2v " + variant + " (neg5, hs, hs-neg1, hs-neg5)");
    };
    boolean hs = variant.startsWith("hs");
    // One shard, so alpha = 1 x 0.025 (docs/embeddings.md: alpha ~ P x 0.025); 1 round per epoch.
    return new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 100, 5, negative, hs, 1e-3, 0.025, 0.0001,
        epochs, 1, 1, 2, 1L, 10_000);
  }

  static OurVectors train(List<String[]> sentences, Word2VecSettings s, int minCount, Path file) throws IOException {
    long t0 = System.nanoTime();
    double c0 = Cpu.thread();
    Map<String, Long> counts = new HashMap<>();
    long tokens = 0;
    for (String[] sentence : sentences) {
      for (String t : sentence) {
        counts.merge(t, 1L, Long::sum);
      }
      tokens += sentence.length;
    }
    List<Map.Entry<String, Long>> kept = new ArrayList<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getValue() >= minCount) {
        kept.add(e);
      }
    }
    kept.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    List<String> words = new ArrayList<>(List.of("<pad>", "<unk>"));
    long[] c = new long[kept.size() + 2];
    Map<String, Integer> index = new HashMap<>();
    for (Map.Entry<String, Long> e : kept) {
      index.put(e.getKey(), words.size());
      c[words.size()] = e.getValue();
      words.add(e.getKey());
    }
    Vocabulary vocab = new Vocabulary(words, c, new long[c.length]);
    List<int[]> encoded = new ArrayList<>(sentences.size());
    for (String[] sentence : sentences) {
      int[] ids = new int[sentence.length];
      int n = 0;
      for (String t : sentence) {
        Integer i = index.get(t);
        if (i != null) {
          ids[n++] = i;
        }
      }
      if (n > 0) {
        encoded.add(n == ids.length ? ids : java.util.Arrays.copyOf(ids, n));
      }
    }
    LocalWord2Vec.Result r = LocalWord2Vec.train(vocab, s, encoded, CpuWord2VecKernel.FACTORY);
    WordVectors v = WordVectors.fromWeights(vocab, r.weights());
    List<KernelStats> rounds = r.rounds();
    double loss = rounds.isEmpty() ? Double.NaN : rounds.get(rounds.size() - 1).meanLoss();
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = Cpu.thread() - c0;
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      v.save(out, VectorFormat.WORD2VEC_TEXT);
    }
    String line = String.format(Locale.ROOT,
        "skip-gram, %d dims, window %d, negative %d, hierarchical softmax %s, sample %s, alpha %s -> %s, %d epochs,"
            + " min count %d, seed %d, one shard (LocalWord2Vec)",
        s.vectorSize(), s.window(), s.negative(), s.hierarchicalSoftmax(), s.sample(), s.alpha(), s.minAlpha(),
        s.epochs(), minCount, s.seed());
    return new OurVectors(v, sentences.size(), tokens, kept.size(), line, wall, cpu, loss, file);
  }
}
