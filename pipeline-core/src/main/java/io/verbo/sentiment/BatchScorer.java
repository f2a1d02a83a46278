package io.verbo.sentiment;

import static org.apache.spark.sql.functions.col;

import io.verbo.corpus.CorpusSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch inference: scores a documents dataset with a saved model. The model's files are read once
 * on the driver and broadcast once; each executor JVM decodes them once ({@link ExecutorModels},
 * keyed by model path and content hash) and every partition is scored in minibatches of similar
 * length.
 *
 * <p>Input: {@code doc_id} plus {@code tokens} (preferred: exactly what training saw) or {@code
 * text} (tokenized with the model's saved tokenizer options). Output: {@link #SCHEMA}, with {@code
 * probabilities} in the order of the model's labels ({@code model.json}). Lazy, like any Dataset;
 * stateless.
 */
public final class BatchScorer {
  private static final Logger LOG = LoggerFactory.getLogger(BatchScorer.class);

  /** Documents decoded and scored together. */
  static final int CHUNK = 512;

  /** The predictions dataset. */
  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(CorpusSchemas.DOC_ID, DataTypes.StringType, false),
            DataTypes.createStructField(CorpusSchemas.LABEL, DataTypes.StringType, false),
            DataTypes.createStructField(
                "probabilities", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
          });

  private BatchScorer() {}

  /**
   * @param spark the session
   * @param documents {@code doc_id} and {@code tokens} or {@code text}
   * @param modelDir a saved model folder (any Hadoop path)
   * @return the predictions: {@code doc_id, label, probabilities}
   * @throws IllegalArgumentException if the input has neither column
   */
  public static Dataset<Row> score(SparkSession spark, Dataset<Row> documents, Path modelDir) {
    List<String> columns = Arrays.asList(documents.columns());
    boolean useTokens = columns.contains(CorpusSchemas.TOKENS);
    if (!columns.contains(CorpusSchemas.DOC_ID)
        || (!useTokens && !columns.contains(CorpusSchemas.TEXT))) {
      throw new IllegalArgumentException(
          "Cannot score: input needs doc_id and tokens (or text), has " + columns);
    }
    ModelFiles files = ModelArtifact.read(modelDir, spark.sparkContext().hadoopConfiguration());
    String key = modelDir + "@" + files.version();
    LOG.info(
        "score: model {} ({} bytes), input column {}",
        key,
        files.network().length,
        useTokens ? "tokens" : "text");
    Broadcast<ModelFiles> model =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(files);
    JavaRDD<Row> predictions =
        documents
            .select(
                col(CorpusSchemas.DOC_ID),
                col(useTokens ? CorpusSchemas.TOKENS : CorpusSchemas.TEXT))
            .javaRDD()
            .mapPartitions(new ScorePartition(model, key, useTokens));
    return spark.createDataFrame(predictions, SCHEMA);
  }

  /** Scores one partition in chunks with the executor's shared model. */
  private static final class ScorePartition implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<ModelFiles> files;
    private final String key;
    private final boolean useTokens;

    ScorePartition(Broadcast<ModelFiles> files, String key, boolean useTokens) {
      this.files = files;
      this.key = key;
      this.useTokens = useTokens;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      if (!rows.hasNext()) {
        return rows;
      }
      WorkerThreads.configureCurrentThread();
      SentimentModel m = ExecutorModels.get(key, () -> SentimentModel.fromFiles(files.value()));
      return new Iterator<>() {
        private Iterator<Row> chunk = List.<Row>of().iterator();

        @Override
        public boolean hasNext() {
          return chunk.hasNext() || rows.hasNext();
        }

        @Override
        public Row next() {
          if (!chunk.hasNext()) {
            if (!rows.hasNext()) {
              throw new NoSuchElementException();
            }
            chunk = scoreChunk(m).iterator();
          }
          return chunk.next();
        }

        private List<Row> scoreChunk(SentimentModel model) {
          List<String> ids = new ArrayList<>(CHUNK);
          List<List<String>> docs = new ArrayList<>(CHUNK);
          while (rows.hasNext() && ids.size() < CHUNK) {
            Row r = rows.next();
            ids.add(r.getString(0));
            docs.add(useTokens ? r.getList(1) : model.tokenize(r.getString(1)));
          }
          List<Prediction> preds = model.predictBatch(docs);
          List<Row> out = new ArrayList<>(ids.size());
          for (int i = 0; i < ids.size(); i++) {
            Prediction p = preds.get(i);
            out.add(RowFactory.create(ids.get(i), p.label(), p.probabilities()));
          }
          return out;
        }
      };
    }
  }
}
