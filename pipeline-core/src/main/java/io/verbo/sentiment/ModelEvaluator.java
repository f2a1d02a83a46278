package io.verbo.sentiment;

import static org.apache.spark.sql.functions.col;

import io.verbo.config.Split;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.eval.ClassificationAccumulator;
import io.verbo.eval.EvaluationResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
    ModelFiles files = ModelArtifact.read(modelDir, spark.sparkContext().hadoopConfiguration());
    String key = modelDir + "@" + files.version();
    List<String> labels = ModelCodec.decodeLabels(files);
    Broadcast<ModelFiles> model =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(files);
    try {
      Dataset<Row> rows =
          SentimentDataSets.withLabelIndex(tokens, labels)
              .filter(
                  col(CorpusSchemas.SPLIT)
                      .equalTo(split.label())
                      .and(col(SentimentDataSets.LABEL_INDEX).geq(0)))
              .select(col(SentimentDataSets.LABEL_INDEX), col(CorpusSchemas.TOKENS));
      int k = labels.size();
      ClassificationAccumulator acc =
          rows.javaRDD()
              .mapPartitions(
                  (Iterator<Row> it) -> List.of(evaluatePartition(model, key, it, k)).iterator())
              .fold(new ClassificationAccumulator(k), ClassificationAccumulator::merge);
      return acc.result(labels);
    } finally {
      model.destroy();
    }
  }

  private static ClassificationAccumulator evaluatePartition(
      Broadcast<ModelFiles> files, String key, Iterator<Row> rows, int k) {
    ClassificationAccumulator acc = new ClassificationAccumulator(k);
    if (!rows.hasNext()) {
      return acc;
    }
    WorkerThreads.configureCurrentThread();
    SentimentModel m = ExecutorModels.get(key, () -> SentimentModel.fromFiles(files.value()));
    List<int[]> seqs = new ArrayList<>(BatchScorer.CHUNK);
    List<Integer> truth = new ArrayList<>(BatchScorer.CHUNK);
    while (rows.hasNext()) {
      Row r = rows.next();
      truth.add(r.getInt(0));
      seqs.add(m.encoder().encode(r.getList(1)));
      if (seqs.size() == BatchScorer.CHUNK || !rows.hasNext()) {
        double[][] probs = m.probabilities(seqs);
        for (int i = 0; i < probs.length; i++) {
          acc.add(truth.get(i), probs[i]);
        }
        seqs.clear();
        truth.clear();
      }
    }
    return acc;
  }
}
