package io.verbo.benchmarks.embed;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.benchmarks.JsonLinesProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Python side: the gensim peer ({@code gensim_word2vec.py}) and the referee that scores every
 * system's vectors ({@code eval_vectors.py}), both run as subprocesses with Debian's python3.
 */
final class Peers {

  private final String python;
  private final Path peers;
  private final Path data;
  private final Path cpuWrapper;

  /**
   * @param cpuWrapper {@code gensim_cpu.py} (runs the peer script unchanged and adds its training
   *     CPU seconds), or null / a missing file to run the peer script directly
   */
  Peers(String python, Path peers, Path data, Path cpuWrapper) {
    this.python = python;
    this.peers = peers;
    this.data = data;
    this.cpuWrapper = cpuWrapper != null && Files.isRegularFile(cpuWrapper) ? cpuWrapper : null;
  }

  Path ws353() {
    return data.resolve("wordsim/EN-WS-353-ALL.txt");
  }

  Path men() {
    return data.resolve("wordsim/EN-MEN-TR-3k.txt");
  }

  Path analogy() {
    return data.resolve("analogy/questions-words.txt");
  }

  /** Scores of one vector file by the referee. */
  record Scores(double ws353, double ws353Oov, double men, double menOov, double analogy, int vocab, double seconds) {
    static final Scores NONE = new Scores(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0);
  }

  /** What the gensim peer script reported. */
  record GensimRun(long corpusWords, int vocab, double vocabSeconds, double trainSeconds, long trainWordsPerS,
      double ownWs353, double ownMen, double ownAnalogy, double wallSeconds, double trainCpuSeconds, Path vectors) {}

  /** @return the referee's scores of a word2vec text file */
  Scores evaluate(Path vectors) throws IOException {
    long t0 = System.nanoTime();
    List<JsonNode> out = run(List.of(python, peers.resolve("eval_vectors.py").toString(), "--vectors",
        vectors.toString(), "--sim", ws353().toString(), men().toString(), "--analogy", analogy().toString()));
    JsonNode j = out.get(out.size() - 1);
    return new Scores(
        j.path("spearman:EN-WS-353-ALL.txt").asDouble(Double.NaN), j.path("oov%:EN-WS-353-ALL.txt").asDouble(Double.NaN),
        j.path("spearman:EN-MEN-TR-3k.txt").asDouble(Double.NaN), j.path("oov%:EN-MEN-TR-3k.txt").asDouble(Double.NaN),
        j.path("analogy_accuracy").asDouble(Double.NaN), j.path("vocab").asInt(), (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Trains gensim on the prepared corpus file (tokens already lower-cased, so {@code --lower 0}
   * feeds gensim exactly the tokens the other systems get) and saves its vectors.
   *
   * @param withEnglishEval pass the English gold files (the script's own scores, a cross-check)
   */
  GensimRun gensim(Path corpusFile, int workers, int epochs, int minCount, Path save, boolean withEnglishEval)
      throws IOException {
    List<String> cmd = new ArrayList<>(List.of(python));
    if (cpuWrapper != null) {
      cmd.add(cpuWrapper.toString());
    }
    cmd.addAll(List.of(peers.resolve("gensim_word2vec.py").toString(), "--corpus", corpusFile.toString(), "--workers", Integer.toString(workers), "--epochs", Integer.toString(epochs),
        "--min-count", Integer.toString(minCount), "--dim", "100", "--window", "5", "--lower", "0",
        "--save", save.toString()));
    if (withEnglishEval) {
      cmd.addAll(List.of("--sim", ws353().toString(), men().toString(), "--analogy", analogy().toString()));
    }
    long t0 = System.nanoTime();
    List<JsonNode> out = run(cmd);
    JsonNode j = out.stream().filter(n -> n.has("peer")).findFirst()
        .orElseThrow(() -> new IOException("no JSON line of the peer script in " + out));
    double cpu = out.stream().filter(n -> n.has("train_cpu_seconds")).mapToDouble(n -> n.get("train_cpu_seconds").asDouble())
        .findFirst().orElse(Double.NaN);
    return new GensimRun(j.path("corpus_words").asLong(), j.path("vocab").asInt(), j.path("vocab_seconds").asDouble(),
        j.path("train_seconds").asDouble(), j.path("train_words_per_s").asLong(),
        j.path("spearman:EN-WS-353-ALL.txt").asDouble(Double.NaN), j.path("spearman:EN-MEN-TR-3k.txt").asDouble(Double.NaN),
        j.path("analogy_accuracy").asDouble(Double.NaN), (System.nanoTime() - t0) / 1e9, cpu, save);
  }

  /** Runs a script that prints JSON lines; returns them in order; stderr goes to ours. */
  private static List<JsonNode> run(List<String> cmd) throws IOException {
    // gensim seeds each word's initial vector with Python's hash(): fix it so runs repeat.
    return JsonLinesProcess.run(cmd, Map.of("PYTHONHASHSEED", "0"));
  }

  static void requireFile(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      throw new IOException("Missing " + p);
    }
  }
}
