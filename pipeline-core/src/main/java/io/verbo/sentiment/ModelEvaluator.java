package io.verbo.sentiment;

import static org.apache.spark.sql.functions.col;

import io.verbo.config.Split;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.eval.ClassificationAccumulator;
import io.verbo.eval.EvaluationResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Evaluates a saved model on one split of a tokens dataset (the {@code evaluate} job): the model is
 * broadcast once, each executor decodes it once ({@link ExecutorModels}), every partition returns a
 * {@link ClassificationAccumulator} and the driver merges them. Documents whose label is not one of
 * the model's classes are skipped. Stateless.
 */
public final class ModelEvaluator {
  private ModelEvaluator() {}

  /**
   * @param spark the session
   * @param tokens the tokens dataset ({@code label, tokens, split})
   * @param modelDir a saved model folder (any Hadoop path)
   * @param split the split to evaluate
   * @return the metrics, in the model's label order
   */
  public static EvaluationResult evaluate(
      SparkSession spark, Dataset<Row> tokens, Path modelDir, Split split) {
    return evaluate(spark, tokens, modelDir, List.of(split)).get(split);
  }

  /**
   * Evaluates several splits in one pass over the tokens, with one broadcast of the model.
   *
   * @param spark the session
   * @param tokens the tokens dataset ({@code label, tokens, split})
   * @param modelDir a saved model folder (any Hadoop path)
   * @param splits the splits to evaluate
   * @return the metrics per split, in the order of {@code splits} (a split without documents has
   *     a count of 0)
   */
  public static Map<Split, EvaluationResult> evaluate(
      SparkSession spark, Dataset<Row> tokens, Path modelDir, List<Split> splits) {
    ModelFiles files = ModelArtifact.read(modelDir, spark.sparkContext().hadoopConfiguration());
    String key = modelDir + "@" + files.version();
    List<String> labels = ModelCodec.decodeLabels(files);
    List<String> splitLabels = splits.stream().map(Split::label).toList();
    Broadcast<ModelFiles> model =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(files);
    try {
      Dataset<Row> rows =
          SentimentDataSets.withLabelIndex(tokens, labels)
              .filter(
                  col(CorpusSchemas.SPLIT)
                      .isin(splitLabels.toArray())
                      .and(col(SentimentDataSets.LABEL_INDEX).geq(0)))
              .select(
                  col(SentimentDataSets.LABEL_INDEX),
                  col(CorpusSchemas.TOKENS),
                  col(CorpusSchemas.SPLIT));
      int k = labels.size();
      List<ClassificationAccumulator> accs =
          rows.javaRDD()
              .mapPartitions(
                  (Iterator<Row> it) ->
                      List.of(evaluatePartition(model, key, it, k, splitLabels)).iterator())
              .fold(empty(k, splitLabels.size()), ModelEvaluator::merge);
      Map<Split, EvaluationResult> out = new LinkedHashMap<>();
      for (int i = 0; i < splits.size(); i++) {
        out.put(splits.get(i), accs.get(i).result(labels));
      }
      return out;
    } finally {
      model.destroy();
    }
  }

  private static List<ClassificationAccumulator> empty(int k, int n) {
    List<ClassificationAccumulator> accs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      accs.add(new ClassificationAccumulator(k));
    }
    return accs;
  }

  private static List<ClassificationAccumulator> merge(
      List<ClassificationAccumulator> a, List<ClassificationAccumulator> b) {
    List<ClassificationAccumulator> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      out.add(a.get(i).merge(b.get(i)));
    }
    return out;
  }

  private static List<ClassificationAccumulator> evaluatePartition(
      Broadcast<ModelFiles> files, String key, Iterator<Row> rows, int k, List<String> splits) {
    List<ClassificationAccumulator> accs = empty(k, splits.size());
    if (!rows.hasNext()) {
      return accs;
    }
    WorkerThreads.configureCurrentThread();
    SentimentModel m = ExecutorModels.get(key, () -> SentimentModel.fromFiles(files.value()));
    List<int[]> seqs = new ArrayList<>(BatchScorer.CHUNK);
    List<Integer> truth = new ArrayList<>(BatchScorer.CHUNK);
    List<Integer> split = new ArrayList<>(BatchScorer.CHUNK);
    while (rows.hasNext()) {
      Row r = rows.next();
      truth.add(r.getInt(0));
      seqs.add(m.encoder().encode(r.getList(1)));
      split.add(splits.indexOf(r.getString(2)));
      if (seqs.size() == BatchScorer.CHUNK || !rows.hasNext()) {
        double[][] probs = m.probabilities(seqs);
        for (int i = 0; i < probs.length; i++) {
          accs.get(split.get(i)).add(truth.get(i), probs[i]);
        }
        seqs.clear();
        truth.clear();
        split.clear();
      }
    }
    return accs;
  }
}
