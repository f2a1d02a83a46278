package io.verbo.corpus;

import io.verbo.config.ConfigKeys;
import io.verbo.config.InputSettings;
import io.verbo.config.InvalidConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * Reads a corpus into an RDD of {@link RawRecord}s, one per physical record, on the executors.
 *
 * <ul>
 *   <li>text, JSON Lines: Hadoop's splittable line reader; each line's bytes are decoded strictly
 *       (position = byte offset of the line);
 *   <li>CSV, TSV: one task per file (quoted fields may span lines, so a file cannot be split at
 *       arbitrary bytes), streamed with bounded memory; gzip and other Hadoop codecs are
 *       decompressed by file extension (position = physical line number);
 *   <li>Parquet: Spark's reader; configured columns must exist (checked on the driver), values are
 *       cast to string (position = row id).
 * </ul>
 *
 * Stateless; the functions it ships capture only serializable parameters.
 */
public final class CorpusReader {
  private CorpusReader() {}

  /**
   * @param spark the session
   * @param params executor-side parameters
   * @param files the resolved input files
   * @return every record read
   * @throws InvalidConfigException if a Parquet input lacks a configured column
   */
  public static JavaRDD<RawRecord> read(SparkSession spark, TokenizeParams params, InputFiles files) {
    InputSettings input = params.input();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String paths = String.join(",", files.files());
    JavaRDD<RawRecord> records =
        switch (input.format()) {
          case TEXT, JSONL -> readLines(jsc, paths, params);
          case CSV, TSV -> readCsv(jsc, paths, params);
          case PARQUET -> readParquet(spark, files, params);
        };
    int min = input.minPartitions();
    if (min > 0 && records.getNumPartitions() < min) {
      records = records.repartition(min);
    }
    return records;
  }

  private static JavaRDD<RawRecord> readLines(JavaSparkContext jsc, String paths, TokenizeParams params) {
    Configuration conf = new Configuration(jsc.hadoopConfiguration());
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines =
        (JavaNewHadoopRDD<LongWritable, Text>)
            jsc.newAPIHadoopFile(paths, TextInputFormat.class, LongWritable.class, Text.class, conf);
    return lines.mapPartitionsWithInputSplit(
        (split, it) -> new LineRecords(((FileSplit) split).getPath().toString(), it, params), false);
  }

  private static JavaRDD<RawRecord> readCsv(JavaSparkContext jsc, String paths, TokenizeParams params) {
    return jsc.binaryFiles(paths)
        .flatMap(
            file -> {
              String source = file._1();
              PortableDataStream stream = file._2();
              InputStream in = open(stream, source);
              TaskContext ctx = TaskContext.get();
              if (ctx != null) {
                ctx.addTaskCompletionListener((TaskContext c) -> closeQuietly(in));
              }
              return new CsvFileReader(
                  in, source, params.input(), params.maxRecordBytes(), params.rejectRawMaxChars());
            });
  }

  private static InputStream open(PortableDataStream stream, String source) throws IOException {
    InputStream raw = stream.open();
    CompressionCodec codec = new CompressionCodecFactory(stream.getConfiguration()).getCodec(new Path(source));
    return codec == null ? raw : codec.createInputStream(raw);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close input stream", e);
    }
  }

  private static JavaRDD<RawRecord> readParquet(SparkSession spark, InputFiles files, TokenizeParams params) {
    InputSettings input = params.input();
    Dataset<Row> df = spark.read().parquet(files.files().toArray(new String[0]));
    List<String> present = Arrays.asList(df.columns());
    for (String col : input.requiredColumns()) {
      if (!present.contains(col)) {
        throw new InvalidConfigException(
            keyOf(input, col),
            col,
            "is not a column of the Parquet input (columns: " + present + ")",
            "name an existing column in " + keyOf(input, col));
      }
    }
    List<String> cols = input.requiredColumns();
    List<Column> selected = new ArrayList<>();
    for (String col : cols) {
      selected.add(functions.col(col).cast("string").as(col));
    }
    selected.add(functions.input_file_name().as("__source"));
    selected.add(functions.monotonically_increasing_id().as("__position"));
    ColumnSelector columns = new ColumnSelector(input);
    return df.select(selected.toArray(new Column[0]))
        .toJavaRDD()
        .map(
            row ->
                columns.select(
                    row.getString(cols.size()),
                    row.getLong(cols.size() + 1),
                    col -> row.getString(cols.indexOf(col)),
                    null));
  }

  private static String keyOf(InputSettings input, String col) {
    if (col.equals(input.idColumn())) {
      return ConfigKeys.INPUT_ID_COLUMN;
    }
    if (col.equals(input.labelColumn())) {
      return ConfigKeys.INPUT_LABEL_COLUMN;
    }
    if (col.equals(input.titleColumn())) {
      return ConfigKeys.INPUT_TITLE_COLUMN;
    }
    if (col.equals(input.langColumn())) {
      return ConfigKeys.INPUT_LANG_COLUMN;
    }
    return ConfigKeys.INPUT_TEXT_COLUMNS;
  }

  /** Lines of one input split as records: strict UTF-8, then plain text or JSON. */
  private static final class LineRecords implements Iterator<RawRecord> {
    private final String source;
    private final Iterator<Tuple2<LongWritable, Text>> lines;
    private final TokenizeParams params;
    private final StrictUtf8 utf8 = new StrictUtf8();
    private final JsonLineParser json;

    LineRecords(String source, Iterator<Tuple2<LongWritable, Text>> lines, TokenizeParams params) {
      this.source = source;
      this.lines = lines;
      this.params = params;
      this.json =
          params.input().format() == io.verbo.corpus.CorpusFormat.JSONL
              ? new JsonLineParser(params.input(), params.rejectRawMaxChars())
              : null;
    }

    @Override
    public boolean hasNext() {
      return lines.hasNext();
    }

    @Override
    public RawRecord next() {
      Tuple2<LongWritable, Text> line = lines.next();
      long offset = line._1().get();
      Text t = line._2();
      byte[] bytes = t.getBytes();
      int len = t.getLength();
      if (len > params.maxRecordBytes()) {
        return RawRecord.rejected(
            source,
            offset,
            RejectReason.DOCUMENT_TOO_LARGE,
            "line longer than " + params.maxRecordBytes() + " bytes",
            Truncate.chars(StrictUtf8.lenient(bytes, 0, Math.min(len, 4 * params.rejectRawMaxChars())), params.rejectRawMaxChars()));
      }
      String text = utf8.decodeOrNull(bytes, 0, len);
      if (text == null) {
        return RawRecord.rejected(
            source,
            offset,
            RejectReason.INVALID_UTF8,
            utf8.describeError(bytes, 0, len),
            Truncate.chars(StrictUtf8.lenient(bytes, 0, len), params.rejectRawMaxChars()));
      }
      if (json != null) {
        return json.parse(text, source, offset);
      }
      return RawRecord.parsed(source, offset, null, text, null, null, text);
    }
  }
}
