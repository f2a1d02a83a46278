package io.verbo.tune;

import static org.apache.spark.sql.functions.col;

import io.verbo.VerboPipelineException;
import io.verbo.config.Split;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.sentiment.SentimentDataSets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The documents a sweep cross-validates on: the labelled train and validation documents of the
 * tokens dataset whose label is a class, each with its group (its stratified fold, or train /
 * validation under a fixed split). Test documents are never seen by trials; only the retrained best
 * model is evaluated on them. Built on the driver; immutable after construction.
 */
final class SweepInputs {
  final List<String> labels;
  final List<String> ids;
  final String[] docLabels;
  final int[] groups;
  final boolean kfold;

  /** Tokens per document, or {@code null} when only ids were collected (distributed mode). */
  final String[][] tokens;

  private SweepInputs(
      List<String> labels,
      List<String> ids,
      String[] docLabels,
      int[] groups,
      boolean kfold,
      String[][] tokens) {
    this.labels = labels;
    this.ids = ids;
    this.docLabels = docLabels;
    this.groups = groups;
    this.kfold = kfold;
    this.tokens = tokens;
  }

  /**
   * @param spark the session
   * @param tokensPath the tokens dataset
   * @param classes configured classes (empty: the sorted labels of the train split)
   * @return the classes
   */
  static List<String> resolveLabels(SparkSession spark, Path tokensPath, List<String> classes) {
    if (!classes.isEmpty()) {
      return List.copyOf(classes);
    }
    return SentimentDataSets.trainLabels(spark.read().parquet(tokensPath.toString()));
  }

  /**
   * @param spark the session
   * @param tokensPath the tokens dataset
   * @param labels the classes
   * @return the sweep's documents: train and validation, labelled with a class
   */
  static Dataset<Row> documents(SparkSession spark, Path tokensPath, List<String> labels) {
    return spark
        .read()
        .parquet(tokensPath.toString())
        .filter(
            col(CorpusSchemas.SPLIT)
                .isin(Split.TRAIN.label(), Split.VALIDATION.label())
                .and(col(CorpusSchemas.LABEL).isin(labels.toArray())));
  }

  /**
   * @param docs {@link #documents}
   * @return a rough size in bytes of the documents held as Java strings in one JVM
   */
  static long estimateBytes(Dataset<Row> docs) {
    Row r =
        docs.agg(
                functions.count(functions.lit(1)),
                functions.sum(functions.size(col(CorpusSchemas.TOKENS))))
            .first();
    long n = r.getLong(0);
    long tokens = r.isNullAt(1) ? 0 : r.getLong(1);
    return n * 96 + tokens * 56; // array and String headers dominate short tokens
  }

  /**
   * @param docs {@link #documents}
   * @param labels the classes
   * @param folds k, or 0 for the fixed split
   * @param seed fold seed
   * @param withTokens also collect the tokens (parallel mode)
   * @return the collected inputs
   * @throws VerboPipelineException if there are too few documents
   */
  static SweepInputs collect(
      Dataset<Row> docs, List<String> labels, int folds, long seed, boolean withTokens) {
    Dataset<Row> cols =
        withTokens
            ? docs.select(
                CorpusSchemas.DOC_ID,
                CorpusSchemas.LABEL,
                CorpusSchemas.SPLIT,
                CorpusSchemas.TOKENS)
            : docs.select(CorpusSchemas.DOC_ID, CorpusSchemas.LABEL, CorpusSchemas.SPLIT);
    List<Row> rows = cols.orderBy(CorpusSchemas.DOC_ID).collectAsList();
    int n = rows.size();
    List<String> ids = new ArrayList<>(n);
    String[] docLabels = new String[n];
    String[][] tokens = withTokens ? new String[n][] : null;
    int[] groups = new int[n];
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      ids.add(r.getString(0));
      docLabels[i] = r.getString(1);
      groups[i] =
          Split.VALIDATION.label().equals(r.getString(2))
              ? SweepData.VALIDATION_GROUP
              : SweepData.TRAIN_GROUP;
      if (withTokens) {
        List<String> t = r.getList(3);
        tokens[i] = t.toArray(new String[0]);
      }
    }
    boolean kfold = folds >= 2;
    if (kfold) {
      if (n < folds) {
        throw new VerboPipelineException(
            "Cannot make " + folds + " folds of " + n + " labelled train/validation documents",
            null);
      }
      groups = StratifiedFolds.assign(ids, java.util.Arrays.asList(docLabels), folds, seed);
    } else if (java.util.Arrays.stream(groups).noneMatch(g -> g == SweepData.VALIDATION_GROUP)) {
      throw new VerboPipelineException(
          "Cannot evaluate trials on the fixed validation split: it has no labelled documents. Set "
              + SweepSettings.FOLDS
              + " >= 2 for cross-validation, or give verbo.split.validation a share",
          null);
    }
    return new SweepInputs(List.copyOf(labels), ids, docLabels, groups, kfold, tokens);
  }
}
