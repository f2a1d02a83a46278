package io.verbo.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.config.InvalidConfigException;
import io.verbo.config.VerboConfig;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.testing.SparkTestBase;
import io.verbo.testing.TestConfigs;
import io.verbo.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tokenize stage on local[2], reading every output back from Parquet. */
class TokenizeServiceTest extends SparkTestBase {
  @TempDir Path tmp;

  private static Map<String, Long> countsBy(Dataset<Row> df, String column) {
    return df.groupBy(column).count().collectAsList().stream()
        .collect(Collectors.toMap(r -> String.valueOf(r.get(0)), r -> r.getLong(1)));
  }

  @Test
  void samplesReconcileAndBrokenRecordsAreRejectedExactly() {
    Path reviews = TestPaths.sample("reviews/reviews.csv");
    Path broken = TestPaths.sample("broken/broken-reviews.csv");
    VerboConfig config = TestConfigs.localFiles(tmp.resolve("run"), List.of(reviews, broken));
    TokenizeSummary s = TokenizeService.run(spark, config);

    RunLayout layout = new RunLayout(config.run().root());
    Dataset<Row> tokens = spark.read().parquet(layout.tokens().toString());
    Dataset<Row> rejects = spark.read().parquet(layout.rejects().toString());
    assertThat(tokens.schema()).as("tokens schema").isEqualTo(CorpusSchemas.TOKENS_SCHEMA.asNullable());
    assertThat(s.read()).as("read = kept + rejected").isEqualTo(s.kept() + s.rejected());
    assertThat(tokens.count()).as("kept rows on disk").isEqualTo(s.kept());
    assertThat(rejects.count()).as("reject rows on disk").isEqualTo(s.rejected());
    assertThat(s.kept()).as("3,200+ reviews plus 7 valid broken-file rows").isGreaterThanOrEqualTo(3207);

    Dataset<Row> brokenRejects = rejects.filter(col(CorpusSchemas.SOURCE).endsWith("broken-reviews.csv"));
    assertThat(countsBy(brokenRejects, CorpusSchemas.REASON))
        .as("rejects of the broken file, as in data-samples/broken/EXPECTED.md")
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("invalid_utf8", 2L, "empty_text", 2L, "unknown_label", 2L, "malformed_row", 4L, "document_too_large", 1L));
    assertThat(s.rejectedByReason()).as("summary by reason matches disk").isEqualTo(countsBy(rejects, CorpusSchemas.REASON));
    assertThat(tokens.filter(col(CorpusSchemas.SOURCE).endsWith("broken-reviews.csv")).count())
        .as("valid rows of the broken file are kept").isEqualTo(7);

    TokenizedDocument expected = plainJava(reviews, config, "es-000001");
    Row first = tokens.filter(col(CorpusSchemas.DOC_ID).equalTo("es-000001")).first();
    assertThat(first.<String>getList(first.fieldIndex(CorpusSchemas.TOKENS)))
        .as("Spark path gives the same tokens as the plain-Java reader and classifier")
        .isEqualTo(expected.tokens());
    assertThat(first.getString(first.fieldIndex(CorpusSchemas.TEXT))).as("title first, then body").isEqualTo(expected.text());
    assertThat(first.getString(first.fieldIndex(CorpusSchemas.LABEL))).isEqualTo(expected.label());
    assertThat(first.getString(first.fieldIndex(CorpusSchemas.SPLIT))).isEqualTo(expected.split());
    assertThat(first.getString(first.fieldIndex(CorpusSchemas.LANG))).isEqualTo("es");
    assertThat(first.getInt(first.fieldIndex(CorpusSchemas.N_TOKENS)))
        .isEqualTo(first.getList(first.fieldIndex(CorpusSchemas.TOKENS)).size());
    assertThat(expected.tokens()).as("lower-cased").allMatch(t -> t.equals(t.toLowerCase(java.util.Locale.ROOT)));

    Map<String, Long> splits = countsBy(tokens, CorpusSchemas.SPLIT);
    assertThat(splits.keySet()).containsExactlyInAnyOrder("train", "validation", "test");
    assertThat(splits.get("train") / (double) s.kept()).as("train share near 0.8").isBetween(0.75, 0.85);
    assertThat(countsBy(tokens, CorpusSchemas.LABEL).keySet()).containsExactlyInAnyOrder("negative", "neutral", "positive");

    JsonNode meta = ArtifactMetadata.read(layout.tokenized(), new Configuration());
    assertThat(meta.path("artifact").asText()).isEqualTo("tokenized");
    assertThat(meta.path("counts").path("records_read").asLong()).isEqualTo(s.read());
    assertThat(meta.path("counts").path("rejected_malformed_row").asLong()).isEqualTo(s.rejectedByReason().get("malformed_row"));
    assertThat(meta.path("config").path("input").path("title_column").asText(meta.path("config").path("input").path("titleColumn").asText()))
        .as("full config record serialized").isEqualTo("title");
    assertThat(meta.path("versions").path("java").asText()).isNotEmpty();
    assertThat(meta.path("inputs")).hasSize(2);
  }

  private static TokenizedDocument plainJava(Path csv, VerboConfig config, String docId) {
    TokenizeParams params = TokenizeParams.from(config);
    DocumentClassifier classifier = new DocumentClassifier(params);
    try (java.io.InputStream in = Files.newInputStream(csv)) {
      CsvFileReader reader = new CsvFileReader(in, csv.toString(), params.input(), params.maxRecordBytes(), params.rejectRawMaxChars());
      while (reader.hasNext()) {
        Classified c = classifier.classify(reader.next());
        if (c.kept() != null && c.kept().docId().equals(docId)) {
          return c.kept();
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("no kept document " + docId + " in " + csv);
  }

  @Test
  void splitIsStableAcrossPartitioningAndReruns() {
    Path reviews = TestPaths.sample("reviews/reviews.csv");
    VerboConfig a = TestConfigs.localFiles(tmp.resolve("a"), List.of(reviews));
    VerboConfig b = TestConfigs.localFiles(tmp.resolve("b"), List.of(reviews), "verbo.input.min-partitions=7");
    TokenizeService.run(spark, a);
    TokenizeService.run(spark, b);
    Dataset<Row> da = spark.read().parquet(new RunLayout(a.run().root()).tokens().toString()).select("doc_id", "split", "tokens");
    Dataset<Row> db = spark.read().parquet(new RunLayout(b.run().root()).tokens().toString()).select("doc_id", "split", "tokens");
    assertThat(db.rdd().getNumPartitions()).as("repartitioned input").isGreaterThanOrEqualTo(1);
    assertThat(da.except(db).count()).as("same ids, splits and tokens whatever the partitioning").isZero();
    assertThat(db.except(da).count()).isZero();
  }

  @Test
  void rerunReplacesTheArtifactAndLeavesNoStaging() throws IOException {
    Path in = tmp.resolve("in.txt");
    Files.writeString(in, "one line\nsecond line here\n", StandardCharsets.UTF_8);
    Path root = tmp.resolve("rerun");
    VerboConfig first = TestConfigs.localFiles(root, List.of(in), "verbo.input.format=text",
        "verbo.input.id-column=\"\"", "verbo.input.title-column=\"\"", "verbo.input.label-column=\"\"", "verbo.input.lang-column=\"\"");
    TokenizeService.run(spark, first);
    Files.writeString(in, "only one now\n", StandardCharsets.UTF_8);
    TokenizeSummary s = TokenizeService.run(spark, first);
    assertThat(s.kept()).isEqualTo(1);
    assertThat(spark.read().parquet(new RunLayout(root.toString()).tokens().toString()).count()).as("replaced, not appended").isEqualTo(1);
    assertThat(root.resolve("_staging")).as("staging area removed after commit").doesNotExist();
  }

  @Test
  void textFormatRejectsInvalidUtf8AndBlankLines() throws IOException {
    Path in = tmp.resolve("corpus.txt");
    byte[] good = "Me encantó el producto 😍\n\nIt's great!!!\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'b', 'a', 'd', ' ', (byte) 0xC3, '(', '\n'};
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Files.write(in, all);
    VerboConfig c = TestConfigs.localFiles(tmp.resolve("text"), List.of(in), "verbo.input.format=text",
        "verbo.input.id-column=\"\"", "verbo.input.title-column=\"\"", "verbo.input.label-column=\"\"", "verbo.input.lang-column=\"\"");
    TokenizeSummary s = TokenizeService.run(spark, c);
    assertThat(s.kept()).isEqualTo(2);
    assertThat(s.rejectedByReason()).isEqualTo(Map.of("empty_text", 1L, "invalid_utf8", 1L));
    Row rej = spark.read().parquet(new RunLayout(c.run().root()).rejects().toString()).filter(col("reason").equalTo("invalid_utf8")).first();
    assertThat(rej.getLong(rej.fieldIndex("position"))).as("byte offset of the bad line").isEqualTo(good.length);
    Row kept = spark.read().parquet(new RunLayout(c.run().root()).tokens().toString()).filter(col("doc_id").endsWith(":0")).first();
    assertThat(kept.getString(kept.fieldIndex("label"))).as("unlabelled corpus").isNull();
    assertThat(kept.<String>getList(kept.fieldIndex("tokens"))).contains("😍");
  }

  @Test
  void jsonLinesSamplesAndBadObjects() throws IOException {
    Path extra = TestPaths.sample("reviews/reviews-extra.jsonl");
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, "{\"review_id\":\"x1\",\"stars\":5,\"text\":\"ok\"}\nnot json\n[1,2]\n{\"review_id\":\"x2\",\"stars\":5}\n", StandardCharsets.UTF_8);
    VerboConfig c = TestConfigs.localFiles(tmp.resolve("jsonl"), List.of(extra, bad), "verbo.input.format=jsonl",
        "verbo.input.title-column=\"\"", "verbo.input.lang-column=\"\"");
    TokenizeSummary s = TokenizeService.run(spark, c);
    long extraLines;
    try (var lines = Files.lines(extra)) {
      extraLines = lines.count();
    }
    assertThat(s.read()).as("every JSONL line is a record").isEqualTo(extraLines + 4);
    assertThat(s.rejectedByReason()).as("3 bad lines").containsEntry("malformed_row", 2L).containsEntry("missing_column", 1L);
    Row x1 = spark.read().parquet(new RunLayout(c.run().root()).tokens().toString()).filter(col("doc_id").equalTo("x1")).first();
    assertThat(x1.getString(x1.fieldIndex("label"))).as("numeric stars read as text then mapped").isEqualTo("positive");
  }

  @Test
  void tsvAndParquetInputs() throws IOException {
    Path tsv = tmp.resolve("in.tsv");
    Files.writeString(tsv, "id\tstars\ttext\na\t5\tgood, really good\nb\t1\t\"quoted\ttab\"\n", StandardCharsets.UTF_8);
    VerboConfig t = TestConfigs.localFiles(tmp.resolve("tsv"), List.of(tsv), "verbo.input.format=tsv",
        "verbo.input.id-column=id", "verbo.input.title-column=\"\"", "verbo.input.lang-column=\"\"");
    TokenizeSummary ts = TokenizeService.run(spark, t);
    assertThat(ts.kept()).as("both TSV rows").isEqualTo(2);

    StructType schema = new StructType().add("id", DataTypes.StringType).add("stars", DataTypes.IntegerType).add("text", DataTypes.StringType);
    Path parquet = tmp.resolve("in.parquet");
    spark.createDataFrame(List.of(RowFactory.create("p1", 5, "Excelente calidad"), RowFactory.create("p2", 2, null)), schema)
        .coalesce(1).write().parquet(parquet.toString());
    VerboConfig p = TestConfigs.localFiles(tmp.resolve("pq"), List.of(parquet), "verbo.input.format=parquet",
        "verbo.input.id-column=id", "verbo.input.title-column=\"\"", "verbo.input.lang-column=\"\"");
    TokenizeSummary ps = TokenizeService.run(spark, p);
    assertThat(ps.kept()).isEqualTo(1);
    assertThat(ps.rejectedByReason()).as("null text").isEqualTo(Map.of("empty_text", 1L));

    VerboConfig missing = TestConfigs.localFiles(tmp.resolve("pq2"), List.of(parquet), "verbo.input.format=parquet",
        "verbo.input.id-column=id", "verbo.input.title-column=\"\"", "verbo.input.lang-column=language");
    assertThatThrownBy(() -> TokenizeService.run(spark, missing))
        .as("a Parquet input without a configured column fails before any work")
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.input.lang-column")
        .hasMessageContaining("language");
  }

  @Test
  void csvHeaderWithoutConfiguredColumnRejectsEveryRowOfThatFile() throws IOException {
    Path csv = tmp.resolve("nolabel.csv");
    Files.writeString(csv, "review_id,lang,product,rating,title,text\nz1,en,toys,5,t,fine\nz2,en,toys,1,t,bad\n", StandardCharsets.UTF_8);
    VerboConfig c = TestConfigs.localFiles(tmp.resolve("nolabel"), List.of(csv));
    TokenizeSummary s = TokenizeService.run(spark, c);
    assertThat(s.kept()).isZero();
    assertThat(s.rejectedByReason()).isEqualTo(Map.of("missing_column", 2L));
    Row r = spark.read().parquet(new RunLayout(c.run().root()).rejects().toString()).first();
    assertThat(r.getString(r.fieldIndex("detail"))).contains("'stars'").contains("rating");
  }
}
