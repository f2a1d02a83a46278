package io.verbo.benchmarks;

import io.verbo.text.Tokenizer;
import io.verbo.text.TokenizerOptions;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Verbo's tokenizer in exactly the Spark ML peers' pipeline shape: {@code spark.read().text(input)},
 * then {@link Tokenizer} (lower-casing, {@code Locale.ROOT}) once per line in place of {@code
 * RegexTokenizer}, then {@code explode(tokens)}, {@code groupBy(token).count()}, written as Parquet.
 * It isolates the tokenizer's cost from the extra work of the tokenize job (per-document output,
 * strict UTF-8, rejects, document frequencies, reconciliation), which variant a measures.
 */
final class VerboSameShapeVariant implements SparkVariant {
  private static final StructType TOKENS =
      new StructType().add("tokens", DataTypes.createArrayType(DataTypes.StringType), false);

  @Override
  public String id() {
    return "verbo-shape";
  }

  @Override
  public String label() {
    return "e  Verbo Tokenizer in b's pipeline shape";
  }

  /** Static, so the function Spark ships captures nothing. */
  private static Iterator<Row> tokenizeLines(Iterator<Row> lines) {
    Tokenizer tokenizer = new Tokenizer(new TokenizerOptions(true, false, 0));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Row next() {
        // one field holding the array (not the array spread over varargs)
        return RowFactory.create((Object) tokenizer.tokenize(lines.next().getString(0)).toArray(new String[0]));
      }
    };
  }

  @Override
  public Outcome run(SparkSession spark, Path input, Path out) {
    TokenizeBenchmark.deleteRecursively(out);
    spark.sparkContext().setJobDescription("verbo tokenizer, spark-ml shape");
    Stopwatch watch = Stopwatch.start();
    return SparkMlVariant.countTokens(
        spark,
        spark
            .read()
            .text(input.toString())
            .mapPartitions(
                (MapPartitionsFunction<Row, Row>) VerboSameShapeVariant::tokenizeLines,
                Encoders.row(TOKENS)),
        out,
        watch);
  }
}
