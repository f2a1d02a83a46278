package io.verbo.benchmarks.embed;

import io.verbo.vocab.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A synthetic corpus for the memory run, over {@code ids} token ids rendered as strings {@code
 * w<id>}: first every id once (so the vocabulary has all {@code ids} words whatever the corpus
 * size), in sentences of {@code length} consecutive ids, then sentences of {@code length} tokens
 * drawn independently from a Zipf(s) distribution over the ids, up to {@code tokens} tokens in
 * all. Each sentence depends only on (seed, sentence number), so the Spark tasks that write the
 * tokens dataset and the driver that counts the tokens for the vocabulary see the same corpus. The
 * vocabulary keeps the {@code maxWords} most frequent tokens (as {@code verbo.vocab.max-size}
 * would), ordered as Verbo's: descending count, then token.
 */
final class SyntheticCorpus {
  private SyntheticCorpus() {}

  /** The prepared corpus. */
  record Prepared(Path tokens, long sentences, long tokenCount, int distinct, Vocabulary vocab, double seconds) {}

  static Prepared prepare(SparkSession spark, Path out, int ids, double s, long tokens, int length, int maxWords,
      long seed) {
    long t0 = System.nanoTime();
    double[] cdf = new double[ids];
    double acc = 0;
    for (int i = 0; i < ids; i++) {
      acc += Math.pow(i + 1, -s);
      cdf[i] = acc;
    }
    for (int i = 0; i < ids; i++) {
      cdf[i] /= acc;
    }
    long coverage = (ids + length - 1) / length;
    long sentences = Math.max(coverage, (tokens + length - 1) / length);
    long[] counts = new long[ids];
    int[] buf = new int[length];
    for (long k = 0; k < sentences; k++) {
      draw(cdf, seed, k, coverage, buf);
      for (int id : buf) {
        counts[id]++;
      }
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<double[]> bCdf = jsc.broadcast(cdf);
    int slices = 8;
    List<long[]> ranges = new ArrayList<>();
    for (int i = 0; i < slices; i++) {
      ranges.add(new long[] {sentences * i / slices, sentences * (i + 1) / slices});
    }
    JavaRDD<Row> rows = jsc.parallelize(ranges, slices).flatMap(r -> {
      double[] c = bCdf.value();
      int[] b = new int[length];
      List<Row> out2 = new ArrayList<>();
      for (long k = r[0]; k < r[1]; k++) {
        draw(c, seed, k, coverage, b);
        String[] toks = new String[length];
        for (int i = 0; i < length; i++) {
          toks[i] = "w" + b[i];
        }
        out2.add(RowFactory.create(String.format(Locale.ROOT, "s%08d", k), toks));
      }
      return out2.iterator();
    });
    spark.createDataFrame(rows, BenchCorpus.SCHEMA).write().mode(SaveMode.Overwrite).parquet(out.toString());
    bCdf.destroy();

    Integer[] order = IntStream.range(0, ids).filter(i -> counts[i] > 0).boxed().toArray(Integer[]::new);
    int distinct = order.length;
    Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a])
        : ("w" + a).compareTo("w" + b));
    int kept = Math.min(distinct, maxWords);
    List<String> names = new ArrayList<>(kept + 2);
    long[] c = new long[kept + 2];
    names.add("<pad>");
    names.add("<unk>");
    for (int i = 0; i < kept; i++) {
      names.add("w" + order[i]);
      c[i + 2] = counts[order[i]];
    }
    return new Prepared(out, sentences, sentences * length, distinct, new Vocabulary(names, c, c.clone()),
        (System.nanoTime() - t0) / 1e9);
  }

  private static void draw(double[] cdf, long seed, long sentence, long coverage, int[] out) {
    if (sentence < coverage) {
      for (int i = 0; i < out.length; i++) {
        out[i] = (int) ((sentence * out.length + i) % cdf.length);
      }
      return;
    }
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + sentence);
    for (int i = 0; i < out.length; i++) {
      int j = Arrays.binarySearch(cdf, r.nextDouble());
      out[i] = Math.min(j < 0 ? -j - 1 : j, cdf.length - 1);
    }
  }
}
