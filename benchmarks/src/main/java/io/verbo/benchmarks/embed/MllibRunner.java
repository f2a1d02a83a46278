package io.verbo.benchmarks.embed;

import io.verbo.embed.WordVectors;
import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.spark.ml.feature.Word2Vec;
import org.apache.spark.ml.feature.Word2VecModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Spark MLlib's {@code org.apache.spark.ml.feature.Word2Vec} (skip-gram with hierarchical
 * softmax, its only mode) on the same tokens dataset. Its training time excludes vocabulary
 * building the same way as for the other systems: {@code mllib.feature.Word2Vec.fit} first runs
 * one job, {@code learnVocab}'s {@code collect}, then one job per iteration; a listener records
 * when that first job ends, and training time is the rest of {@code fit} (sentence encoding and
 * the repartition of the sentences included, as Verbo's sharding is included in its time).
 */
final class MllibRunner {
  private MllibRunner() {}

  /** The outcome. */
  record Run(WordVectors vectors, double fitSeconds, double vocabSeconds, double trainSeconds, double cpuSeconds,
      int jobs) {}

  static Run train(SparkSession spark, Dataset<Row> tokens, Vocabulary order, int vectorSize, int window,
      int minCount, int epochs, int partitions) {
    JobTimes times = new JobTimes();
    spark.sparkContext().addSparkListener(times);
    Word2Vec w2v = new Word2Vec().setInputCol("tokens").setOutputCol("vector").setVectorSize(vectorSize)
        .setWindowSize(window).setMinCount(minCount).setMaxIter(epochs).setNumPartitions(partitions);
    long cpu0 = Word2VecBenchmark.processCpuNanos();
    long t0 = System.currentTimeMillis();
    Word2VecModel model;
    long t1;
    long cpu1;
    try {
      model = w2v.fit(tokens);
      t1 = System.currentTimeMillis();
      cpu1 = Word2VecBenchmark.processCpuNanos();
      for (int i = 0; i < 50 && times.ends.isEmpty(); i++) {
        sleep(100); // listener events arrive asynchronously
      }
    } finally {
      spark.sparkContext().removeSparkListener(times);
    }
    long firstEnd = times.ends.isEmpty() ? t0 : times.ends.firstEntry().getValue();
    double vocab = (firstEnd - t0) / 1e3;
    double fit = (t1 - t0) / 1e3;
    return new Run(toVectors(model, order), fit, vocab, fit - vocab, (cpu1 - cpu0) / 1e9, times.ends.size());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** MLlib's vectors in the Verbo vocabulary's order (most frequent first), extra words after. */
  static WordVectors toVectors(Word2VecModel model, Vocabulary order) {
    List<Row> rows = new ArrayList<>(model.getVectors().collectAsList());
    rows.sort(Comparator.comparingInt((Row r) -> {
      int i = order.indexOf(r.getString(0));
      return i < 0 ? Integer.MAX_VALUE : i;
    }).thenComparing(r -> r.getString(0)));
    int dim = ((Vector) rows.get(0).get(1)).size();
    List<String> tokens = new ArrayList<>(rows.size());
    long[] counts = new long[rows.size()];
    float[] v = new float[rows.size() * dim];
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      tokens.add(r.getString(0));
      int k = order.indexOf(r.getString(0));
      counts[i] = k < 0 ? 0 : order.count(k);
      double[] x = ((Vector) r.get(1)).toArray();
      for (int d = 0; d < dim; d++) {
        v[i * dim + d] = (float) x[d];
      }
    }
    return new WordVectors(tokens, counts, v, dim);
  }

  /** Job end times by job id. */
  static final class JobTimes extends SparkListener {
    final ConcurrentSkipListMap<Integer, Long> starts = new ConcurrentSkipListMap<>();
    final ConcurrentSkipListMap<Integer, Long> ends = new ConcurrentSkipListMap<>();

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
      starts.put(jobStart.jobId(), jobStart.time());
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd jobEnd) {
      if (starts.containsKey(jobEnd.jobId())) {
        ends.put(jobEnd.jobId(), jobEnd.time());
      }
    }
  }
}
