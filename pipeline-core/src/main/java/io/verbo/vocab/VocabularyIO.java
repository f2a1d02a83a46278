package io.verbo.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.verbo.store.RunLayout;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Stores a {@link Vocabulary} as Parquet ({@code token, count, doc_freq, index}, one file) in the
 * {@code data/} folder of an artifact folder ({@link RunLayout#dataIn}) and reads it back, checking
 * that indices are complete. Stateless.
 */
public final class VocabularyIO {
  /** The vocabulary dataset's schema. */
  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("token", DataTypes.StringType, false),
            DataTypes.createStructField("count", DataTypes.LongType, false),
            DataTypes.createStructField("doc_freq", DataTypes.LongType, false),
            DataTypes.createStructField("index", DataTypes.IntegerType, false)
          });

  private VocabularyIO() {}

  /**
   * @param spark the session
   * @param vocab the vocabulary
   * @param artifactDir the artifact folder (usually a staging folder)
   */
  public static void write(SparkSession spark, Vocabulary vocab, Path artifactDir) {
    // The vocabulary travels once as a broadcast; rows inside a task would make one task carry all
    // of it (Spark warns about task sizes from ~150k tokens on).
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Vocabulary> shared = jsc.broadcast(vocab);
    try {
      spark
          .range(vocab.size())
          .coalesce(1)
          .map(
              (MapFunction<Long, Row>)
                  i -> {
                    Vocabulary v = shared.value();
                    int index = Math.toIntExact(i);
                    return RowFactory.create(v.token(index), v.count(index), v.docFreq(index), index);
                  },
              Encoders.row(SCHEMA))
          .write()
          .parquet(RunLayout.dataIn(artifactDir).toString());
    } finally {
      shared.destroy();
    }
  }

  /**
   * @param spark the session
   * @param artifactDir an artifact folder written by {@link #write}
   * @return the vocabulary
   * @throws IllegalStateException if indices are not 0..n-1
   */
  public static Vocabulary read(SparkSession spark, Path artifactDir) {
    String path = RunLayout.dataIn(artifactDir).toString();
    List<Row> rows = spark.read().parquet(path).orderBy("index").collectAsList();
    List<String> tokens = new ArrayList<>(rows.size());
    long[] counts = new long[rows.size()];
    long[] dfs = new long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      int index = r.getInt(r.fieldIndex("index"));
      if (index != i) {
        throw new IllegalStateException(
            String.format(Locale.ROOT, "Cannot load vocabulary %s: index %d found where %d expected", path, index, i));
      }
      tokens.add(r.getString(r.fieldIndex("token")));
      counts[i] = r.getLong(r.fieldIndex("count"));
      dfs[i] = r.getLong(r.fieldIndex("doc_freq"));
    }
    return new Vocabulary(tokens, counts, dfs);
  }
}
