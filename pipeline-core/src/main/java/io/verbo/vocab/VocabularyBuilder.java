package io.verbo.vocab;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.verbo.config.VocabSettings;
import io.verbo.corpus.CorpusSchemas;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Builds a {@link Vocabulary} from a tokens dataset in one pass over it: per token the total count
 * and the document frequency (partial sums per partition, {@link PartitionTokenCounts}, added up by
 * token), tokens under {@code min-count} dropped, the rest ordered by count
 * (descending) then token (ascending), cut to {@code max-size}. Only the kept tokens travel to the
 * driver. Immutable.
 */
public final class VocabularyBuilder {
  private final VocabSettings settings;

  /** @param settings vocabulary settings */
  public VocabularyBuilder(VocabSettings settings) {
    this.settings = settings;
  }

  /**
   * The outcome of a fit.
   *
   * @param vocabulary the vocabulary
   * @param documents documents counted
   * @param distinctTokens distinct tokens before {@code min-count} and {@code max-size}
   * @param totalTokens token occurrences counted
   * @param coveredTokens occurrences of tokens that made it into the vocabulary
   */
  public record Fit(
      Vocabulary vocabulary, long documents, long distinctTokens, long totalTokens, long coveredTokens) {}

  /**
   * @param tokens a dataset with {@code doc_id}, {@code tokens} and {@code split} columns
   * @return the vocabulary and its statistics
   */
  public Fit fit(Dataset<Row> tokens) {
    Dataset<Row> docs = tokens;
    if (!settings.splits().isEmpty()) {
      docs = docs.filter(col(CorpusSchemas.SPLIT).isin(settings.splits().toArray()));
    }
    SparkSession spark = docs.sparkSession();
    // internal rows: the counting reads Parquet's UTF-8 bytes without converting rows to Java objects
    JavaRDD<Row> partialRows =
        docs.select(col(CorpusSchemas.TOKENS))
            .queryExecution()
            .toRdd()
            .toJavaRDD()
            .mapPartitions(it -> PartitionTokenCounts.count(it, PartitionTokenCounts.MAX_ENTRIES));
    Dataset<Row> partial = spark.createDataFrame(partialRows, PartitionTokenCounts.SCHEMA);
    Dataset<Row> perToken =
        partial.groupBy(col("token")).agg(sum(col("count")).as("count"), sum(col("doc_freq")).as("doc_freq")).cache();
    try {
      Row totals =
          perToken
              .agg(
                  count(col("token")),
                  sum(when(col("token").isNotNull(), col("count"))),
                  sum(when(col("token").isNull(), col("count"))))
              .first();
      long distinct = totals.getLong(0);
      long total = totals.isNullAt(1) ? 0 : totals.getLong(1);
      long documents = totals.isNullAt(2) ? 0 : totals.getLong(2);
      Dataset<Row> kept =
          perToken
              .filter(col("token").isNotNull())
              .filter(col("count").geq(settings.minCount()))
              .filter(col("token").notEqual(settings.padToken()).and(col("token").notEqual(settings.unkToken())))
              // The kept tokens all go to the driver anyway: one partition sorted locally avoids a
              // global sort's range shuffle (200 x 200 shuffle files at the default partitions,
              // ~25 s of fixed cost measured by benchmarks/run-tokenize.sh).
              .coalesce(1)
              .sortWithinPartitions(col("count").desc(), col("token").asc());
      if (settings.maxSize() > 0) {
        kept = kept.limit(settings.maxSize() - 2);
      }
      List<Row> rows = kept.collectAsList();
      List<String> names = new ArrayList<>(rows.size() + 2);
      long[] counts = new long[rows.size() + 2];
      long[] dfs = new long[rows.size() + 2];
      names.add(settings.padToken());
      names.add(settings.unkToken());
      long covered = 0;
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        names.add(r.getString(0));
        counts[i + 2] = r.getLong(1);
        dfs[i + 2] = r.getLong(2);
        covered += counts[i + 2];
      }
      return new Fit(new Vocabulary(names, counts, dfs), documents, distinct, total, covered);
    } finally {
      perToken.unpersist();
    }
  }
}
