package io.verbo.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.VerboPipelineException;
import io.verbo.config.VerboConfig;
import io.verbo.corpus.TokenizeService;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.testing.SparkTestBase;
import io.verbo.testing.TestConfigs;
import io.verbo.testing.TestPaths;
import io.verbo.vocab.VocabularyService;
import io.verbo.vocab.VocabularySummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train, import and report stages end to end on local[2], reading every output back. */
class EmbeddingServiceTest extends SparkTestBase {
  private static final List<VectorFormat> ALL =
      List.of(VectorFormat.WORD2VEC_TEXT, VectorFormat.WORD2VEC_BINARY, VectorFormat.GLOVE_TEXT);

  @TempDir Path tmp;

  private static VerboConfig textCorpus(Path root, Path file) {
    return TestConfigs.localFiles(root, List.of(file), "verbo.input.format=text", "verbo.input.id-column=\"\"",
        "verbo.input.title-column=\"\"", "verbo.input.label-column=\"\"", "verbo.input.lang-column=\"\"",
        "verbo.tokenizer.lowercase=true", "verbo.vocab.min-count=3");
  }

  private static void assertSameVectors(WordVectors actual, WordVectors expected, String what) {
    assertThat(actual.tokens()).as("%s: tokens in order", what).isEqualTo(expected.tokens());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.vector(i)).as("%s: vector of %s", what, expected.token(i)).containsExactly(expected.vector(i));
    }
  }

  @Test
  void trainsOnDataSamplesAndCommitsEveryFormat() throws IOException {
    VerboConfig config = textCorpus(tmp.resolve("run"), TestPaths.sample("corpus/unlabelled-es-en.txt"));
    RunLayout layout = new RunLayout(config.run().root());
    assertThatThrownBy(() -> EmbeddingService.train(spark, new EmbeddingRequest(layout, "w2v",
        Word2VecSettings.defaults(), List.of(), ALL, config)))
        .as("no tokens yet").isInstanceOf(VerboPipelineException.class).hasMessageContaining("verbo tokenize");
    TokenizeService.run(spark, config);
    VocabularySummary vocab = VocabularyService.run(spark, config);
    Word2VecSettings s = new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 24, 4, 4, false, 1e-3, 0.025, 0.0001,
        2, 2, 2, 2, 5L, 10_000);
    EmbeddingSummary summary = EmbeddingService.train(spark, new EmbeddingRequest(layout, "w2v", s, List.of(), ALL, config));

    Path dir = tmp.resolve("run/embeddings/w2v");
    assertThat(summary.output()).endsWith("embeddings/w2v");
    assertThat(summary.words()).as("every vocabulary token but PAD and UNK").isEqualTo(vocab.size() - 2);
    assertThat(summary.rounds()).isEqualTo(4);
    assertThat(summary.line()).startsWith("train-embeddings: w2v: ");
    assertThat(tmp.resolve("run/_staging")).as("staging removed after commit").doesNotExist();

    org.apache.hadoop.fs.Path hdir = new org.apache.hadoop.fs.Path(dir.toString());
    WordVectors parquet = EmbeddingArtifact.readParquet(spark, hdir);
    assertThat(parquet.size()).isEqualTo(summary.words());
    assertThat(parquet.count(0)).as("counts kept, most frequent first").isGreaterThanOrEqualTo(parquet.count(1));
    Dataset<Row> data = spark.read().parquet(dir.resolve("data").toString());
    assertThat(data.schema()).as("Parquet schema").isEqualTo(EmbeddingArtifact.SCHEMA.asNullable());
    for (VectorFormat f : ALL) {
      try (InputStream in = Files.newInputStream(dir.resolve(f.fileName()))) {
        VectorFileReader.Result r = VectorFileReader.read(in, VectorFormat.AUTO);
        assertThat(r.format()).isEqualTo(f);
        assertThat(r.bad().total()).as("our %s file reads back cleanly", f).isZero();
        assertSameVectors(r.vectors(), parquet, f.configName() + " file vs Parquet");
      }
    }
    assertSameVectors(EmbeddingArtifact.readPlain(hdir, new Configuration()), parquet, "plain-Java load");
    assertThat(spark.read().parquet(dir.resolve("rounds").toString()).count()).as("training curve").isEqualTo(4);

    JsonNode meta = ArtifactMetadata.read(hdir, new Configuration());
    assertThat(meta.path("artifact").asText()).isEqualTo("embeddings");
    assertThat(meta.path("config").path("word2vec").path("vectorSize").asInt()).as("settings serialized").isEqualTo(24);
    assertThat(meta.path("config").path("run").path("vocab").path("minCount").asInt()).as("run config serialized").isEqualTo(3);
    assertThat(meta.path("counts").path("vectors").asLong()).isEqualTo(summary.words());
    assertThat(meta.path("inputs")).hasSize(2);

    Path pairs = Files.writeString(tmp.resolve("pairs.txt"), "muy bueno 5\nproducto calidad 6\nfoo bar 1\n");
    EvaluationRequest req = new EvaluationRequest(List.of(pairs.toString()), List.of(), List.of("calidad", "nope"), 3, 300_000);
    EmbeddingReport report = EmbeddingEvaluator.evaluate(parquet, "w2v", req, new Configuration());
    assertThat(report.similarity().get(0).oov()).as("foo/bar are not in the corpus").isEqualTo(1);
    org.apache.hadoop.fs.Path written = EmbeddingReportWriter.commit(spark, layout, "w2v", report, config);
    assertThat(spark.read().parquet(written + "/data").count()).as("one row per report number").isEqualTo(report.rows().size());
  }

  @Test
  void importsGloveAndWord2vecFilesCountingBadLines() throws IOException {
    RunLayout layout = new RunLayout(tmp.resolve("imp").toString());
    Path glove = Files.writeString(tmp.resolve("glove.6B.3d.txt"),
        "the 0.1 0.2 0.3\nof 0.4 0.5\n, 1 2 3\nniño -1 abc 2\nniño 1 1 1\nthe 7 7 7\n", StandardCharsets.UTF_8);
    ImportSummary s = EmbeddingImportService.importVectors(spark,
        new ImportRequest(glove.toString(), VectorFormat.AUTO, layout, "glove", List.of(VectorFormat.WORD2VEC_BINARY), null));
    assertThat(s.format()).isEqualTo(VectorFormat.GLOVE_TEXT);
    assertThat(s.kept()).isEqualTo(3);
    assertThat(s.badByReason()).as("bad lines counted, not fatal").isEqualTo(Map.of(
        BadLines.WRONG_DIMENSION, 1L, BadLines.NOT_A_NUMBER, 1L, BadLines.DUPLICATE_TOKEN, 1L));
    assertThat(s.entries()).isEqualTo(s.kept() + s.bad());
    assertThat(s.line()).contains("bad 3 (duplicate_token=1, not_a_number=1, wrong_dimension=1)");
    org.apache.hadoop.fs.Path dir = EmbeddingLayout.dir(layout, "glove");
    WordVectors imported = EmbeddingArtifact.readParquet(spark, dir);
    assertThat(imported.tokens()).as("file order kept").containsExactly("the", ",", "niño");
    assertThat(imported.vector("niño").orElseThrow()).containsExactly(1f, 1f, 1f);
    assertThat(imported.count(0)).as("counts unknown for imported vectors").isZero();
    assertThat(ArtifactMetadata.read(dir, new Configuration()).path("counts").path("bad_wrong_dimension").asLong()).isEqualTo(1);

    ImportSummary again = EmbeddingImportService.importVectors(spark, new ImportRequest(
        dir + "/vectors.bin", VectorFormat.AUTO, layout, "copy", List.of(), null));
    assertThat(again.format()).as("our binary file, detected").isEqualTo(VectorFormat.WORD2VEC_BINARY);
    assertSameVectors(EmbeddingArtifact.readParquet(spark, EmbeddingLayout.dir(layout, "copy")), imported, "re-import");

    Path empty = Files.writeString(tmp.resolve("bad.txt"), "x 1 z\ny 2 w\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EmbeddingImportService.importVectors(spark,
        new ImportRequest(empty.toString(), VectorFormat.GLOVE_TEXT, layout, "bad", List.of(), null)))
        .isInstanceOf(VerboPipelineException.class).hasMessageContaining("no valid vector");
  }
}
