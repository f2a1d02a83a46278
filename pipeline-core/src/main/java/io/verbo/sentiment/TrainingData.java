package io.verbo.sentiment;

import static org.apache.spark.sql.functions.col;

import io.verbo.VerboPipelineException;
import io.verbo.config.Split;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.vocab.Vocabulary;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data side of a Spark training run: the tokens dataset checked and read, the classes resolved,
 * documents counted per split and class, length buckets computed, the vocabulary broadcast, and the
 * lazily built minibatch RDDs of the three splits (validation persisted: it is read every epoch).
 * Driver-side; {@link #close()} releases the cached data and the broadcast.
 */
final class TrainingData implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingData.class);

  final List<String> labels;

  /** Per split: documents per class, and in the last slot documents whose label is no class. */
  final Map<String, long[]> counts;

  final Buckets buckets;
  final JavaRDD<DataSet> train;
  final JavaRDD<DataSet> validation;
  final JavaRDD<DataSet> test;
  private final Broadcast<Vocabulary> vocabulary;

  private TrainingData(
      List<String> labels,
      Map<String, long[]> counts,
      Buckets buckets,
      Broadcast<Vocabulary> vocabulary,
      JavaRDD<DataSet> train,
      JavaRDD<DataSet> validation,
      JavaRDD<DataSet> test) {
    this.labels = labels;
    this.counts = counts;
    this.buckets = buckets;
    this.vocabulary = vocabulary;
    this.train = train;
    this.validation = validation;
    this.test = test;
  }

  /**
   * @param spark the session
   * @param r the request
   * @return the prepared data
   * @throws VerboPipelineException if columns are missing or there is nothing to train on
   */
  static TrainingData prepare(SparkSession spark, SentimentTrainRequest r) {
    Dataset<Row> tokens = spark.read().parquet(r.tokens().toString());
    for (String c : List.of(CorpusSchemas.LABEL, CorpusSchemas.TOKENS, CorpusSchemas.SPLIT)) {
      if (!Arrays.asList(tokens.columns()).contains(c)) {
        throw new VerboPipelineException(
            "Cannot train: " + r.tokens() + " has no column '" + c + "'; run tokenize first", null);
      }
    }
    List<String> labels = r.labels().isEmpty() ? SentimentDataSets.trainLabels(tokens) : r.labels();
    Dataset<Row> labelled = SentimentDataSets.withLabelIndex(tokens, labels);
    Map<String, long[]> counts = countBySplit(labelled, labels.size());
    long[] trainCounts = counts.getOrDefault(Split.TRAIN.label(), new long[labels.size() + 1]);
    long trainDocs = Arrays.stream(trainCounts, 0, labels.size()).sum();
    if (labels.size() < 2 || trainDocs == 0) {
      throw new VerboPipelineException(
          "Cannot train: need labelled training documents of at least 2 classes, found "
              + trainDocs
              + " for classes "
              + labels,
          null);
    }
    LOG.info(
        "train-sentiment {}: classes {}, documents per split and class (+ unknown label) {}",
        r.runId(),
        labels,
        render(counts));

    SentimentSettings s = r.settings();
    int bs = s.distributed().batchSizePerWorker();
    int k = labels.size();
    Dataset<Row> trainRows = split(labelled, Split.TRAIN);
    Buckets buckets = SentimentDataSets.buckets(trainRows, s.encoding());
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Vocabulary> vocab = jsc.broadcast(r.vocabulary());
    JavaRDD<DataSet> train =
        SentimentDataSets.minibatches(
            trainRows, vocab, s.encoding(), buckets, bs, k, s.training().seed());
    JavaRDD<DataSet> validation =
        SentimentDataSets.minibatches(
                split(labelled, Split.VALIDATION), vocab, s.encoding(), buckets, bs, k, null)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<DataSet> test =
        SentimentDataSets.minibatches(
            split(labelled, Split.TEST), vocab, s.encoding(), buckets, bs, k, null);
    LOG.info("train-sentiment {}: length buckets {}, minibatch {}", r.runId(), buckets, bs);
    return new TrainingData(labels, counts, buckets, vocab, train, validation, test);
  }

  /**
   * @return training documents per class, in label order
   */
  long[] trainCounts() {
    long[] c = counts.getOrDefault(Split.TRAIN.label(), new long[labels.size() + 1]);
    return Arrays.copyOf(c, labels.size());
  }

  /**
   * @return labelled training documents
   */
  long trainDocuments() {
    return Arrays.stream(trainCounts()).sum();
  }

  /**
   * @param split a split
   * @return its labelled documents
   */
  long documents(Split split) {
    long[] c = counts.getOrDefault(split.label(), new long[labels.size() + 1]);
    return Arrays.stream(c, 0, labels.size()).sum();
  }

  @Override
  public void close() {
    train.unpersist(false);
    validation.unpersist(false);
    vocabulary.destroy();
  }

  private static Dataset<Row> split(Dataset<Row> labelled, Split split) {
    return labelled.filter(
        col(CorpusSchemas.SPLIT)
            .equalTo(split.label())
            .and(col(SentimentDataSets.LABEL_INDEX).geq(0)));
  }

  private static Map<String, long[]> countBySplit(Dataset<Row> labelled, int k) {
    Map<String, long[]> out = new TreeMap<>();
    for (Row row :
        labelled
            .groupBy(CorpusSchemas.SPLIT, SentimentDataSets.LABEL_INDEX)
            .count()
            .collectAsList()) {
      int idx = row.getInt(1);
      out.computeIfAbsent(row.getString(0), x -> new long[k + 1])[idx < 0 ? k : idx] +=
          row.getLong(2);
    }
    return out;
  }

  private static String render(Map<String, long[]> counts) {
    Map<String, String> m = new LinkedHashMap<>();
    counts.forEach((split, c) -> m.put(split, Arrays.toString(c)));
    return m.toString();
  }
}
