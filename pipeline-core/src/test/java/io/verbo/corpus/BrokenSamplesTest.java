package io.verbo.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.config.VerboConfig;
import io.verbo.testing.TestConfigs;
import io.verbo.testing.TestPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * data-samples/broken/broken-reviews.csv through the plain-Java reader and classifier (no Spark):
 * every record's outcome as documented in data-samples/broken/EXPECTED.md.
 */
class BrokenSamplesTest {
  /** review id (or line for the unreadable ones) -> expected outcome, from EXPECTED.md. */
  static final Map<Long, String> EXPECTED_BY_LINE = new LinkedHashMap<>();

  static {
    EXPECTED_BY_LINE.put(2L, "kept");
    EXPECTED_BY_LINE.put(3L, "invalid_utf8");
    EXPECTED_BY_LINE.put(4L, "invalid_utf8");
    EXPECTED_BY_LINE.put(5L, "kept");
    EXPECTED_BY_LINE.put(6L, "empty_text");
    EXPECTED_BY_LINE.put(7L, "empty_text");
    EXPECTED_BY_LINE.put(8L, "kept");
    EXPECTED_BY_LINE.put(11L, "unknown_label");
    EXPECTED_BY_LINE.put(12L, "unknown_label");
    EXPECTED_BY_LINE.put(13L, "kept");
    EXPECTED_BY_LINE.put(14L, "malformed_row");
    EXPECTED_BY_LINE.put(15L, "malformed_row");
    EXPECTED_BY_LINE.put(16L, "kept");
    EXPECTED_BY_LINE.put(17L, "malformed_row");
    EXPECTED_BY_LINE.put(18L, "kept");
    EXPECTED_BY_LINE.put(19L, "document_too_large");
    EXPECTED_BY_LINE.put(20L, "kept");
    EXPECTED_BY_LINE.put(21L, "malformed_row");
  }

  @Test
  void everyBrokenRecordHasItsDocumentedOutcome() throws IOException {
    Path file = TestPaths.sample("broken/broken-reviews.csv");
    VerboConfig config = TestConfigs.localFiles(Path.of("/tmp/unused"), List.of(file));
    TokenizeParams params = TokenizeParams.from(config);
    DocumentClassifier classifier = new DocumentClassifier(params);
    List<Classified> outcomes = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      new CsvFileReader(in, file.toString(), params.input(), params.maxRecordBytes(), params.rejectRawMaxChars())
          .forEachRemaining(r -> outcomes.add(classifier.classify(r)));
    }
    Map<Long, String> actual = new LinkedHashMap<>();
    for (Classified c : outcomes) {
      long line = c.kept() != null ? c.kept().position() : c.rejected().position();
      actual.put(line, c.outcome());
    }
    assertThat(actual).as("outcome per physical start line").containsExactlyEntriesOf(EXPECTED_BY_LINE);

    Classified tooBig = outcomes.stream().filter(c -> c.outcome().equals("document_too_large")).findFirst().orElseThrow();
    assertThat(tooBig.rejected().raw().length()).as("raw is truncated to reject-raw-max-chars (+ marker)")
        .isLessThan(config.output().rejectRawMaxChars() + 40);
    assertThat(tooBig.rejected().docId()).as("id known for a parsed row").isEqualTo("es-b00016");

    Classified badUtf8 = outcomes.stream().filter(c -> c.outcome().equals("invalid_utf8")).findFirst().orElseThrow();
    assertThat(badUtf8.rejected().detail()).as("detail names the byte").contains("0xC3");
    assertThat(badUtf8.rejected().raw()).as("raw is shown with replacement characters").contains("\uFFFD");

    Classified multiline = outcomes.stream().filter(c -> c.kept() != null && c.kept().docId().equals("es-b00007")).findFirst().orElseThrow();
    assertThat(multiline.kept().text()).as("quoted newline kept in the text").contains("\n");
    assertThat(multiline.kept().label()).as("4 stars").isEqualTo("positive");
  }
}
