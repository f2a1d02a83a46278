package io.verbo.benchmarks;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark ML peer: {@code spark.read().text(input)} then {@link RegexTokenizer} (lower-casing on,
 * {@code minTokenLength} 1) then {@code explode(tokens)} then {@code groupBy(token).count()},
 * written as Parquet (one row per distinct token with its count). No per-document output, no
 * document frequencies, no UTF-8 validation (invalid bytes become U+FFFD).
 *
 * @param id the {@code --variants} id
 * @param label the table label
 * @param pattern the tokenizer's regular expression
 * @param gaps true: the pattern matches separators; false: it matches tokens
 */
record SparkMlVariant(String id, String label, String pattern, boolean gaps)
    implements SparkVariant {

  /**
   * @return {@code \w+|[^\w\s]} matching tokens (word runs and single punctuation characters)
   */
  static SparkMlVariant regex() {
    return new SparkMlVariant(
        "regex", "b  Spark ML RegexTokenizer \\w+|[^\\w\\s]", "\\w+|[^\\w\\s]", false);
  }

  /**
   * @return Spark ML's default: split on {@code \s+}
   */
  static SparkMlVariant whitespace() {
    return new SparkMlVariant("whitespace", "c  Spark ML RegexTokenizer \\s+ (gaps)", "\\s+", true);
  }

  @Override
  public Outcome run(SparkSession spark, Path input, Path out) {
    TokenizeBenchmark.deleteRecursively(out);
    spark.sparkContext().setJobDescription("spark-ml " + id);
    Stopwatch watch = Stopwatch.start();
    RegexTokenizer tokenizer =
        new RegexTokenizer()
            .setInputCol("value")
            .setOutputCol("tokens")
            .setPattern(pattern)
            .setGaps(gaps)
            .setToLowercase(true);
    return countTokens(spark, tokenizer.transform(spark.read().text(input.toString())), out, watch);
  }

  /**
   * The part every same-shape variant shares: {@code explode(tokens)}, {@code
   * groupBy(token).count()}, written as Parquet; then the timer stops and the written counts are
   * read back for the outcome.
   *
   * @param spark the session
   * @param tokenized rows with an array column {@code tokens}
   * @param out the output folder
   * @param watch the running timer of this run
   * @return the timing and token counts
   */
  static Outcome countTokens(SparkSession spark, Dataset<Row> tokenized, Path out, Stopwatch watch) {
    tokenized
        .select(explode(col("tokens")).as("token"))
        .groupBy("token")
        .count()
        .write()
        .parquet(out.toString());
    watch.stop();
    spark.sparkContext().setJobDescription(null);
    Row totals = spark.read().parquet(out.toString()).agg(sum("count"), count("*")).first();
    long tokens = totals.isNullAt(0) ? 0 : totals.getLong(0);
    String detail = String.format(Locale.ROOT, "%d distinct tokens", totals.getLong(1));
    return new Outcome(watch.wallSeconds(), watch.cpuSeconds(), tokens, Map.of(), detail);
  }
}
