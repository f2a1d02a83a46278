package io.verbo.embed;

import io.verbo.store.RunLayout;
import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes and reads the content of an embeddings artifact folder ({@link EmbeddingLayout}): the
 * Parquet table in {@code data/} and the word2vec/GloVe files beside it. The Parquet rows are made
 * on executors from a broadcast copy of the vectors, in slices of about 64 MiB. Callers commit the
 * folder with {@link io.verbo.store.StagedArtifact}. Stateless.
 */
public final class EmbeddingArtifact {
  /** The embeddings table: token, count (0 = unknown), vector, index (rank in file order). */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("token", DataTypes.StringType, false),
      DataTypes.createStructField("count", DataTypes.LongType, false),
      DataTypes.createStructField("vector", DataTypes.createArrayType(DataTypes.FloatType, false), false),
      DataTypes.createStructField("index", DataTypes.IntegerType, false)});

  private static final long SLICE_BYTES = 64L << 20;

  private EmbeddingArtifact() {}

  /**
   * Writes {@code data/} and the requested files into an artifact folder.
   *
   * @param spark the session
   * @param vectors the vectors
   * @param artifactDir the (staging) folder
   * @param formats files to write besides Parquet
   * @return per format, how many tokens the format could not hold (see {@link VectorFileWriter})
   * @throws VerboStorageException on I/O errors
   */
  public static Map<VectorFormat, Integer> write(
      SparkSession spark, WordVectors vectors, Path artifactDir, List<VectorFormat> formats) {
    writeParquet(spark, vectors, RunLayout.dataIn(artifactDir));
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Map<VectorFormat, Integer> skipped = new LinkedHashMap<>();
    for (VectorFormat f : formats) {
      Path file = EmbeddingLayout.fileIn(artifactDir, f);
      try (OutputStream out = file.getFileSystem(conf).create(file, true)) {
        skipped.put(f, VectorFileWriter.write(vectors, f, out));
      } catch (IOException e) {
        throw new VerboStorageException("Cannot write " + file, e);
      }
    }
    return skipped;
  }

  /**
   * @param spark the session
   * @param vectors the vectors
   * @param dataDir the Parquet folder to create
   */
  public static void writeParquet(SparkSession spark, WordVectors vectors, Path dataDir) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long bytes = (long) vectors.size() * vectors.dimension() * 4;
    int slices = (int) Math.max(1, Math.min(vectors.size(), (bytes + SLICE_BYTES - 1) / SLICE_BYTES));
    List<int[]> ranges = new ArrayList<>(slices);
    for (int s = 0; s < slices; s++) {
      ranges.add(new int[] {(int) ((long) vectors.size() * s / slices), (int) ((long) vectors.size() * (s + 1) / slices)});
    }
    Broadcast<WordVectors> b = jsc.broadcast(vectors);
    try {
      spark.createDataFrame(jsc.parallelize(ranges, slices).flatMap(r -> rows(b.value(), r[0], r[1])), SCHEMA)
          .write()
          .parquet(dataDir.toString());
    } finally {
      b.destroy();
    }
  }

  private static java.util.Iterator<Row> rows(WordVectors v, int from, int to) {
    return new java.util.Iterator<>() {
      private int i = from;

      @Override
      public boolean hasNext() {
        return i < to;
      }

      @Override
      public Row next() {
        if (i >= to) {
          throw new java.util.NoSuchElementException();
        }
        int r = i++;
        return RowFactory.create(v.token(r), v.count(r), v.vector(r), r);
      }
    };
  }

  /**
   * @param spark the session
   * @param artifactDir an embeddings artifact folder
   * @return its vectors, in index order
   * @throws IllegalStateException if the table is inconsistent (index gaps, mixed dimensions)
   */
  public static WordVectors readParquet(SparkSession spark, Path artifactDir) {
    String path = RunLayout.dataIn(artifactDir).toString();
    List<String> tokens = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    float[] data = new float[0];
    int dim = -1;
    java.util.Iterator<Row> it = spark.read().parquet(path).select("token", "count", "vector", "index")
        .orderBy("index").toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      List<Float> v = r.getList(2);
      if (dim < 0) {
        dim = v.size();
      }
      if (r.getInt(3) != tokens.size() || v.size() != dim) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "Cannot load embeddings %s: row %d has index %d and %d values (expected index %d, %d values)",
            path, tokens.size(), r.getInt(3), v.size(), tokens.size(), dim));
      }
      if ((long) (tokens.size() + 1) * dim > data.length) {
        data = java.util.Arrays.copyOf(data, (int) Math.min(Word2VecWeights.MAX_ELEMENTS,
            Math.max((long) (tokens.size() + 1) * dim, 2L * data.length)));
      }
      for (int d = 0; d < dim; d++) {
        data[tokens.size() * dim + d] = v.get(d);
      }
      tokens.add(r.getString(0));
      counts.add(r.getLong(1));
    }
    if (dim < 0) {
      throw new IllegalStateException("Cannot load embeddings " + path + ": the table is empty");
    }
    return new WordVectors(tokens, counts.stream().mapToLong(Long::longValue).toArray(),
        java.util.Arrays.copyOf(data, tokens.size() * dim), dim);
  }

  /**
   * Loads an artifact's vectors without Spark, from its word2vec binary file (else its text file).
   *
   * @param artifactDir an embeddings artifact folder on any Hadoop file system
   * @param conf Hadoop configuration
   * @return the vectors (counts are 0: these formats do not store them)
   * @throws VerboStorageException if neither file exists or one cannot be read
   */
  public static WordVectors readPlain(Path artifactDir, Configuration conf) {
    try {
      FileSystem fs = artifactDir.getFileSystem(conf);
      for (VectorFormat f : List.of(VectorFormat.WORD2VEC_BINARY, VectorFormat.WORD2VEC_TEXT, VectorFormat.GLOVE_TEXT)) {
        Path file = EmbeddingLayout.fileIn(artifactDir, f);
        if (fs.exists(file)) {
          try (InputStream in = fs.open(file)) {
            return VectorFileReader.read(in, f).vectors();
          }
        }
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot read embeddings in " + artifactDir, e);
    }
    throw new VerboStorageException("Cannot load embeddings without Spark: " + artifactDir
        + " has no vectors.bin, vectors.txt or vectors.glove.txt (write it with " + EmbeddingKeys.FORMATS + ")", null);
  }
}
