package io.verbo.benchmarks.embed;

import io.verbo.config.VocabSettings;
import io.verbo.text.Tokenizer;
import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A corpus prepared once and fed identically to every system: one sentence per line of
 * single-space separated tokens ({@code corpus.txt}, what the gensim peer script reads with
 * {@code --lower 0}), the same sentences as a Verbo tokens dataset ({@code tokens/}, Parquet with
 * {@code doc_id} and {@code tokens}, what Verbo and Spark MLlib read), and a Verbo vocabulary
 * built from that dataset by {@link VocabularyBuilder} (Spark aggregation, min count as given).
 *
 * <p>Tokens are made so that Python's {@code str.split()} (gensim's {@code LineSentence}) and our
 * split agree exactly: every line is split on Python's whitespace definition here, so no token
 * contains a character gensim would split on.
 *
 * @param name corpus name for the tables
 * @param textFile one sentence per line, tokens separated by one space
 * @param tokensParquet the Verbo tokens dataset
 * @param sentences non-empty lines
 * @param tokens token occurrences (the "corpus words" of every words/s figure)
 * @param distinct distinct tokens before the min count
 * @param vocab the Verbo vocabulary (PAD, UNK, then descending count)
 * @param seconds preparation time
 */
public record BenchCorpus(String name, Path textFile, Path tokensParquet, long sentences, long tokens, long distinct,
    Vocabulary vocab, double seconds) {

  static final StructType SCHEMA = new StructType()
      .add("doc_id", DataTypes.StringType, false)
      .add("tokens", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** English as the issue defines it: lower-cased ({@link Locale#ROOT}) whitespace tokens. */
  public static Function<String, String[]> lowerWhitespace() {
    return line -> pySplit(line.toLowerCase(Locale.ROOT));
  }

  /**
   * Spanish: Verbo's own {@link Tokenizer} (NFKC, lower-case, accents kept), so punctuation is split
   * off words ({@code casa,} becomes {@code casa ,}); conha19 is raw text, not pre-tokenised.
   */
  public static Function<String, String[]> verboTokenizer() {
    Tokenizer t = new Tokenizer(new TokenizerOptions(true, false, 0));
    return line -> pySplit(String.join(" ", t.tokenize(line)));
  }

  /**
   * Reads every {@code *.txt} under {@code source} (sorted, recursively), one sentence per line
   * ({@code \n}-separated, as gensim reads files), tokenizes, writes both forms and builds the
   * vocabulary.
   */
  static BenchCorpus prepare(SparkSession spark, String name, Path source, Path outDir,
      Function<String, String[]> tokenizer, int minCount) throws IOException {
    long t0 = System.nanoTime();
    Files.createDirectories(outDir);
    List<Path> files;
    try (Stream<Path> s = Files.walk(source)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("No .txt file under " + source);
    }
    long tokens = 0;
    long sentences = 0;
    Path text = outDir.resolve("corpus.txt");
    try (BufferedWriter w = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
      for (Path f : files) {
        for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
          String[] toks = tokenizer.apply(line);
          if (toks.length == 0) {
            continue;
          }
          sentences++;
          tokens += toks.length;
          w.write(String.join(" ", toks));
          w.write('\n');
        }
      }
    }
    // The same lines as a tokens dataset (tokens hold no whitespace, so splitting on " " is exact).
    Path parquet = outDir.resolve("tokens");
    spark.read().text(text.toString())
        .select(functions.concat(functions.lit("s"), functions.monotonically_increasing_id().cast("string")).as("doc_id"),
            functions.split(functions.col("value"), " ").as("tokens"))
        .write().mode(SaveMode.Overwrite).parquet(parquet.toString());
    Dataset<Row> ds = spark.read().parquet(parquet.toString());
    VocabularyBuilder.Fit fit = new VocabularyBuilder(new VocabSettings(minCount, 0, List.of(), "<pad>", "<unk>")).fit(ds);
    if (fit.totalTokens() != tokens) {
      throw new IllegalStateException("tokens dataset holds " + fit.totalTokens() + " tokens, text file " + tokens);
    }
    return new BenchCorpus(name, text, parquet, sentences, tokens, fit.distinctTokens(), fit.vocabulary(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** @return the Verbo tokens dataset */
  Dataset<Row> read(SparkSession spark) {
    return spark.read().parquet(tokensParquet.toString());
  }

  /** @return in-vocabulary words of one epoch (PAD/UNK excluded) */
  long vocabWords() {
    long n = 0;
    for (int i = 2; i < vocab.size(); i++) {
      n += vocab.count(i);
    }
    return n;
  }

  String line() {
    return String.format(Locale.ROOT,
        "%s: %,d sentences, %,d tokens (%,d in vocabulary), %,d distinct, vocabulary %,d words (min count applied), "
            + "prepared in %.1f s", name, sentences, tokens, vocabWords(), distinct, vocab.size() - 2, seconds);
  }

  /** Python's {@code str.isspace()} for one char: Java's whitespace plus the no-break spaces and NEL. */
  static boolean isPySpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085';
  }

  /** Python's {@code s.split()}: runs of whitespace separate, no empty fields. */
  public static String[] pySplit(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isPySpace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !isPySpace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(s.substring(i, j));
      }
      i = j;
    }
    return out.toArray(new String[0]);
  }
}
