package io.verbo.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.config.VerboConfig;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.testing.SparkTestBase;
import io.verbo.testing.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input at scale: a seeded 100,000-record CSV corpus (five files) in which 5% of the records are
 * corrupted in every way the tokenizer detects ({@link CorruptCorpus.Kind}: invalid UTF-8, too few
 * or too many fields, characters after a closing quote, an unterminated quote, empty / blank /
 * token-less text, unknown / empty labels, text over {@code max-doc-chars}, records over the
 * reader's byte limit, a header without the text column) goes through the tokenize stage on
 * local[2]. Proves, from the Parquet and {@code _metadata.json} read back: every corrupted record
 * is rejected with its expected reason at its exact file and line, no clean record is rejected or
 * lost, read = kept + rejected exactly, and the metadata counts are those numbers.
 */
class CorruptedCorpusTest extends SparkTestBase {
  private static final int RECORDS = 100_000;
  private static final int CORRUPTED = 5_000;
  private static final int MAX_DOC_CHARS = 2_000;

  @TempDir Path tmp;

  @Test
  void everyCorruptedRecordIsRejectedWithItsReasonAndTheCountsReconcile() throws Exception {
    VerboConfig config =
        TestConfigs.localFiles(
            tmp.resolve("run"),
            List.of(tmp.resolve("in").toAbsolutePath().resolve("*.csv")),
            "verbo.input.id-column=id",
            "verbo.input.title-column=\"\"",
            "verbo.input.text-columns=[text]",
            "verbo.input.label-column=label",
            "verbo.input.lang-column=\"\"",
            "verbo.input.max-doc-chars=" + MAX_DOC_CHARS);
    Files.createDirectories(tmp.resolve("in"));
    CorruptCorpus corpus =
        CorruptCorpus.write(
            tmp.resolve("in"), 20_261_126L, RECORDS, CORRUPTED, 4, 10, 500, MAX_DOC_CHARS,
            TokenizeParams.from(config).maxRecordBytes());
    assertThat(corpus.truth()).as("generated records").hasSize(RECORDS);
    assertThat(corpus.expectedRejects()).as("corrupted records (5%)").hasSize(CORRUPTED);
    assertThat(corpus.truth().stream().map(CorruptCorpus.Truth::kind).collect(Collectors.toSet()))
        .as("every kind of corruption is in the corpus")
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(CorruptCorpus.Kind.class));
    assertThat(corpus.truth().stream().map(t -> t.kind().expected).collect(Collectors.toSet()))
        .as("every reject reason the tokenizer has is exercised")
        .containsAll(
            EnumSet.allOf(RejectReason.class).stream().map(RejectReason::code).collect(Collectors.toSet()));

    TokenizeSummary s = TokenizeService.run(spark, config);

    RunLayout layout = new RunLayout(config.run().root());
    Dataset<Row> rejects = spark.read().parquet(layout.rejects().toString());
    Dataset<Row> tokens = spark.read().parquet(layout.tokens().toString());
    List<Row> rejectRows =
        rejects.select(CorpusSchemas.SOURCE, CorpusSchemas.POSITION, CorpusSchemas.REASON, CorpusSchemas.DOC_ID).collectAsList();
    Map<String, String> actualRejects = new HashMap<>();
    Map<String, String> rejectIds = new HashMap<>();
    for (Row r : rejectRows) {
      String key = fileName(r.getString(0)) + ":" + r.getLong(1);
      assertThat(actualRejects.put(key, r.getString(2))).as("one reject per record: %s", key).isNull();
      rejectIds.put(key, r.getString(3));
    }
    assertThat(differences(corpus.expectedRejects(), actualRejects))
        .as("rejects by file:line = the corrupted records with their expected reasons, nothing else")
        .isEmpty();
    assertThat(actualRejects).as("one reject per corrupted record").hasSize(CORRUPTED);

    Set<CorruptCorpus.Kind> parsedByReader =
        EnumSet.of(
            CorruptCorpus.Kind.EMPTY_QUOTED,
            CorruptCorpus.Kind.BLANK_TEXT,
            CorruptCorpus.Kind.ZERO_WIDTH_ONLY,
            CorruptCorpus.Kind.LABEL_OUT_OF_RANGE,
            CorruptCorpus.Kind.LABEL_WORD,
            CorruptCorpus.Kind.LABEL_EMPTY,
            CorruptCorpus.Kind.TOO_MANY_CHARS);
    corpus.truth().stream()
        .filter(t -> parsedByReader.contains(t.kind()))
        .forEach(t -> assertThat(rejectIds.get(t.key())).as("doc id of the parsed reject %s", t.key()).isEqualTo(t.id()));

    List<String> keptIds = tokens.select(CorpusSchemas.DOC_ID).as(Encoders.STRING()).collectAsList();
    Set<String> cleanIds =
        corpus.truth().stream().filter(t -> t.kind() == CorruptCorpus.Kind.CLEAN).map(CorruptCorpus.Truth::id)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> keptSet = new TreeSet<>(keptIds);
    assertThat(keptIds).as("no kept document twice").hasSameSizeAs(keptSet);
    assertThat(minus(cleanIds, keptSet)).as("clean records missing from tokens").isEmpty();
    assertThat(minus(keptSet, cleanIds)).as("kept records that are not clean").isEmpty();

    Map<String, Long> expectedByReason = new TreeMap<>();
    corpus.expectedRejects().values().forEach(reason -> expectedByReason.merge(reason, 1L, Long::sum));
    assertThat(s.read()).as("records read").isEqualTo(RECORDS);
    assertThat(s.kept()).as("kept").isEqualTo(RECORDS - CORRUPTED);
    assertThat(s.rejected()).as("rejected").isEqualTo(CORRUPTED);
    assertThat(s.read()).as("read = kept + rejected").isEqualTo(s.kept() + s.rejected());
    assertThat(s.rejectedByReason()).as("summary by reason").isEqualTo(expectedByReason);

    JsonNode counts = ArtifactMetadata.read(layout.tokenized(), spark.sparkContext().hadoopConfiguration()).path("counts");
    assertThat(counts.path("records_read").asLong()).as("_metadata.json records_read").isEqualTo(RECORDS);
    assertThat(counts.path("documents_kept").asLong()).as("_metadata.json documents_kept").isEqualTo(keptIds.size());
    assertThat(counts.path("records_rejected").asLong()).as("_metadata.json records_rejected").isEqualTo(rejectRows.size());
    expectedByReason.forEach(
        (reason, n) -> assertThat(counts.path("rejected_" + reason).asLong()).as("_metadata.json rejected_%s", reason).isEqualTo(n));
    assertThat(counts.path("input_files").asLong()).as("input files").isEqualTo(corpus.files().size());
  }

  /** @return "key: expected X, got Y" for every key whose outcome differs ("kept" when absent) */
  private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
    Set<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    return keys.stream()
        .filter(k -> !Objects.equals(expected.get(k), actual.get(k)))
        .map(k -> k + ": expected " + expected.getOrDefault(k, "kept") + ", got " + actual.getOrDefault(k, "kept"))
        .limit(50)
        .toList();
  }

  private static List<String> minus(Set<String> a, Set<String> b) {
    return a.stream().filter(x -> !b.contains(x)).limit(50).toList();
  }

  private static String fileName(String source) {
    return source.substring(source.lastIndexOf('/') + 1);
  }
}
