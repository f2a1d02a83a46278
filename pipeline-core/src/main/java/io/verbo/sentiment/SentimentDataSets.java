package io.verbo.sentiment;

import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import io.verbo.config.Split;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The Spark side of encoding: labelled token rows become bucketed, padded, masked minibatches on
 * the executors, partition by partition; nothing is collected to the driver. Stateless.
 */
public final class SentimentDataSets {
  /** Column holding the class number (-1: label not among the classes). */
  public static final String LABEL_INDEX = "label_index";

  private SentimentDataSets() {}

  /**
   * The classes when none are configured: the distinct labels of the train split, sorted.
   *
   * @param tokens a tokens dataset ({@code split}, {@code label})
   * @return the sorted distinct train labels
   */
  public static List<String> trainLabels(Dataset<Row> tokens) {
    return tokens
        .filter(
            col(CorpusSchemas.SPLIT)
                .equalTo(Split.TRAIN.label())
                .and(col(CorpusSchemas.LABEL).isNotNull()))
        .select(CorpusSchemas.LABEL)
        .distinct()
        .orderBy(CorpusSchemas.LABEL)
        .collectAsList()
        .stream()
        .map(row -> row.getString(0))
        .toList();
  }

  /**
   * @param tokens the tokens dataset ({@code doc_id, label, tokens, split, ...})
   * @param labels class names, index = class number
   * @return the labelled rows with {@link #LABEL_INDEX} added (unlabelled rows dropped)
   */
  public static Dataset<Row> withLabelIndex(Dataset<Row> tokens, List<String> labels) {
    return tokens
        .filter(col(CorpusSchemas.LABEL).isNotNull())
        .withColumn(
            LABEL_INDEX,
            array_position(lit(labels.toArray(new String[0])), col(CorpusSchemas.LABEL))
                .cast("int")
                .minus(1));
  }

  /**
   * @param labelled rows of one split with a valid {@link #LABEL_INDEX}
   * @param encoding max-len (lengths are capped at it)
   * @return equal-frequency length buckets from Spark's approximate quantiles
   */
  public static Buckets buckets(Dataset<Row> labelled, EncodingSettings encoding) {
    if (!encoding.bucketBoundaries().isEmpty() || encoding.bucketCount() <= 1) {
      return Buckets.of(encoding.bucketBoundaries(), encoding.maxLen());
    }
    Dataset<Row> lengths =
        labelled.select(
            greatest(lit(1), least(size(col(CorpusSchemas.TOKENS)), lit(encoding.maxLen())))
                .alias("len"));
    double[] q =
        lengths
            .stat()
            .approxQuantile("len", Buckets.cutProbabilities(encoding.bucketCount()), 0.001);
    return Buckets.fromQuantiles(q, encoding.maxLen());
  }

  /**
   * @param labelled rows with a valid {@link #LABEL_INDEX}
   * @param vocabulary the broadcast vocabulary
   * @param encoding encoding settings
   * @param buckets length buckets
   * @param batchSize examples per minibatch
   * @param numClasses number of classes
   * @param seed shuffle seed for training; {@code null} for evaluation (no shuffling)
   * @return minibatches, built lazily on the executors
   */
  public static JavaRDD<DataSet> minibatches(
      Dataset<Row> labelled,
      Broadcast<Vocabulary> vocabulary,
      EncodingSettings encoding,
      Buckets buckets,
      int batchSize,
      int numClasses,
      Long seed) {
    return labelled
        .select(col(LABEL_INDEX), col(CorpusSchemas.TOKENS))
        .javaRDD()
        .mapPartitionsWithIndex(
            new BuildBatches(vocabulary, encoding, buckets, batchSize, numClasses, seed), true);
  }

  /** Encodes one partition and plans its minibatches; the DataSets are made one at a time. */
  private static final class BuildBatches
      implements Function2<Integer, Iterator<Row>, Iterator<DataSet>> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<Vocabulary> vocabulary;
    private final EncodingSettings encoding;
    private final Buckets buckets;
    private final int batchSize;
    private final int numClasses;
    private final Long seed;

    BuildBatches(
        Broadcast<Vocabulary> vocabulary,
        EncodingSettings encoding,
        Buckets buckets,
        int batchSize,
        int numClasses,
        Long seed) {
      this.vocabulary = vocabulary;
      this.encoding = encoding;
      this.buckets = buckets;
      this.batchSize = batchSize;
      this.numClasses = numClasses;
      this.seed = seed;
    }

    @Override
    public Iterator<DataSet> call(Integer partition, Iterator<Row> rows) {
      SequenceEncoder encoder = new SequenceEncoder(vocabulary.value(), encoding);
      List<int[]> sequences = new ArrayList<>();
      List<Integer> labels = new ArrayList<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        sequences.add(encoder.encode(r.getList(1)));
        labels.add(r.getInt(0));
      }
      int[] lengths = new int[sequences.size()];
      for (int i = 0; i < lengths.length; i++) {
        lengths[i] = sequences.get(i).length;
      }
      Random rng = seed == null ? null : new Random(seed * 1_000_003L + partition);
      Iterator<int[]> plan = BatchBuilder.plan(lengths, buckets, batchSize, rng).iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return plan.hasNext();
        }

        @Override
        public DataSet next() {
          if (!plan.hasNext()) {
            throw new NoSuchElementException();
          }
          int[] idx = plan.next();
          List<int[]> seqs = new ArrayList<>(idx.length);
          int[] ys = new int[idx.length];
          for (int k = 0; k < idx.length; k++) {
            seqs.add(sequences.get(idx[k]));
            ys[k] = labels.get(idx[k]);
          }
          return BatchBuilder.toDataSet(seqs, ys, numClasses);
        }
      };
    }
  }
}
