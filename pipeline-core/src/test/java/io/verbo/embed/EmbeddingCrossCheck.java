package io.verbo.embed;

import io.verbo.testing.SparkTestBase;
import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Manual cross-check and benchmark (a {@code main()}, not a unit test). Trains skip-gram (100 dims,
 * window 5, negative 5, sample 1e-3, min count 5, 5 epochs) on lower-cased whitespace tokens of
 * {@code /work/shared/data/corpus-en}, either single-threaded ({@code local}) or with the
 * distributed trainer on an embedded {@code local[2]} Spark (default 2 partitions, 1 round per epoch),
 * writes {@code vectors.txt} and {@code vectors.bin} to the output folder and prints our
 * evaluation on {@code shared/data/wordsim/*.txt} and {@code questions-words.txt} in the JSON
 * layout of {@code shared/peers/eval_vectors.py}, to compare with that script on the same files.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:CP io.verbo.embed.EmbeddingCrossCheck local|spark OUT_DIR \
 *     [epochs] [partitions] [rounds-per-epoch] [alpha]
 * /usr/bin/python3 /work/shared/peers/eval_vectors.py --vectors OUT_DIR/vectors.txt \
 *     --sim /work/shared/data/wordsim/*.txt --analogy /work/shared/data/analogy/questions-words.txt
 * </pre>
 */
public final class EmbeddingCrossCheck {
  private static final Path DATA = Path.of("/work/shared/data");

  private EmbeddingCrossCheck() {}

  /**
   * @param args mode ({@code local} or {@code spark}), output folder, optional epochs
   * @throws IOException on I/O errors
   */
  public static void main(String[] args) throws IOException {
    String mode = args.length > 0 ? args[0] : "local";
    Path out = Path.of(args.length > 1 ? args[1] : "target/embed-crosscheck");
    int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int partitions = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    double alpha = args.length > 5 ? Double.parseDouble(args[5]) : 0.025;
    Files.createDirectories(out);
    List<String[]> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(DATA.resolve("corpus-en"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          String t = line.strip().toLowerCase(Locale.ROOT);
          if (!t.isEmpty()) {
            lines.add(t.split("\\s+"));
          }
        }
      }
    }
    Vocabulary vocab = KernelThroughputCheck.vocabulary(lines, 5);
    Word2VecSettings d = Word2VecSettings.defaults();
    Word2VecSettings s = new Word2VecSettings(d.architecture(), d.vectorSize(), d.window(), d.negative(),
        d.hierarchicalSoftmax(), d.sample(), alpha, d.minAlpha(), epochs, rounds, partitions, d.aggregationDepth(),
        d.seed(), d.maxSentenceLength());
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long t0 = System.nanoTime();
    long cpu0 = os.getProcessCpuTime();
    WordVectors vectors;
    long words;
    if (mode.equals("spark")) {
      SparkSession spark = SparkTestBase.newSession();
      StructType schema = new StructType().add("doc_id", DataTypes.StringType)
          .add("tokens", DataTypes.createArrayType(DataTypes.StringType));
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        rows.add(RowFactory.create("l" + i, lines.get(i)));
      }
      Word2VecFit fit = new Word2VecTrainer(s).fit(spark, spark.createDataFrame(rows, schema).repartition(partitions), vocab);
      vectors = fit.vectors();
      words = fit.rounds().stream().mapToLong(r -> r.stats().wordsRead()).sum();
      System.out.printf(Locale.ROOT, "distributed training: %.1f s, %.0f words/s (training only)%n", fit.seconds(),
          fit.wordsPerSecond());
      spark.stop();
    } else {
      List<int[]> sentences = new ArrayList<>();
      for (String[] l : lines) {
        int[] ids = vocab.encode(List.of(l));
        int[] kept = java.util.Arrays.stream(ids).filter(i -> i >= 2).toArray();
        if (kept.length > 0) {
          sentences.add(kept);
        }
      }
      LocalWord2Vec.Result r = LocalWord2Vec.train(vocab, s, sentences, CpuWord2VecKernel.FACTORY);
      vectors = WordVectors.fromWeights(vocab, r.weights());
      words = r.rounds().stream().mapToLong(KernelStats::wordsRead).sum();
    }
    double sec = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    // On a shared machine wall time depends on the neighbours; CPU time does not.
    System.out.printf(Locale.ROOT, "%s: %d words in %.1f s wall = %.0f words/s; process CPU %.1f s = %.0f words/CPU-s;"
        + " vocabulary %d%n", mode, words, sec, words / sec, cpu, words / cpu, vectors.size());
    for (VectorFormat f : List.of(VectorFormat.WORD2VEC_TEXT, VectorFormat.WORD2VEC_BINARY)) {
      try (OutputStream o = Files.newOutputStream(out.resolve(f.fileName()))) {
        VectorFileWriter.write(vectors, f, o);
      }
    }
    StringBuilder json = new StringBuilder("{\"vectors\": \"vectors.txt\", \"vocab\": " + vectors.size() + ", \"dim\": "
        + vectors.dimension());
    try (Stream<Path> sims = Files.list(DATA.resolve("wordsim"))) {
      for (Path f : sims.sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          SimilarityScore sc = EmbeddingEvaluator.wordSimilarity(vectors, f.getFileName().toString(), in, 300_000);
          json.append(String.format(Locale.ROOT, ", \"spearman:%s\": %.4f, \"oov%%:%s\": %.1f",
              sc.dataset(), sc.spearman(), sc.dataset(), sc.oovPercent()));
        }
      }
    }
    long a0 = System.nanoTime();
    try (InputStream in = Files.newInputStream(DATA.resolve("analogy/questions-words.txt"))) {
      AnalogyScore a = EmbeddingEvaluator.analogies(vectors, "questions-words.txt", in, 300_000);
      json.append(String.format(Locale.ROOT, ", \"analogy_accuracy\": %.4f, \"analogy_oov%%\": %.1f, \"answered\": %d}",
          a.accuracy(), a.oovPercent(), a.correct() + a.incorrect()));
    }
    System.out.println(json);
    System.out.printf(Locale.ROOT, "analogy evaluation took %.1f s%n", (System.nanoTime() - a0) / 1e9);
  }
}
