package io.verbo.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.config.ConfigLoader;
import io.verbo.config.VerboConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {
  private static DocumentClassifier classifier(String... sets) {
    List<String> all = new java.util.ArrayList<>(List.of(
        "verbo.input.paths=x.csv", "verbo.input.format=csv", "verbo.input.label-column=stars",
        "verbo.labels.classes=[neg, pos]", "verbo.labels.mapping={\"1\": neg, \"5\": pos}",
        "verbo.input.max-doc-chars=50", "verbo.tokenizer.lowercase=true"));
    all.addAll(List.of(sets));
    VerboConfig c = ConfigLoader.load(Optional.empty(), all);
    return new DocumentClassifier(TokenizeParams.from(c));
  }

  @Test
  void keptDocumentHasTokensLabelSplitAndGeneratedId() {
    Classified c = classifier().classify(RawRecord.parsed("/data/in/r.csv", 12, null, "¡Muy BUENO!", "5", "es", "raw"));
    assertThat(c.outcome()).isEqualTo("kept");
    TokenizedDocument d = c.kept();
    assertThat(d.docId()).as("generated from file name and line").isEqualTo("r.csv:12");
    assertThat(d.tokens()).as("lower-cased tokens").containsExactly("¡", "muy", "bueno", "!");
    assertThat(d.label()).isEqualTo("pos");
    assertThat(d.lang()).isEqualTo("es");
    assertThat(d.split()).isIn("train", "validation", "test");
  }

  @Test
  void rejectsInDocumentedOrder() {
    DocumentClassifier dc = classifier();
    assertThat(dc.classify(RawRecord.parsed("f", 1, "a", "x".repeat(51), "9", null, "r")).outcome())
        .as("size is checked before the label").isEqualTo("document_too_large");
    assertThat(dc.classify(RawRecord.parsed("f", 2, "b", "   ", "9", null, "r")).outcome())
        .as("blank text before the label").isEqualTo("empty_text");
    Classified unknown = dc.classify(RawRecord.parsed("f", 3, "c", "fine text", "3", null, "r"));
    assertThat(unknown.outcome()).isEqualTo("unknown_label");
    assertThat(unknown.rejected().detail()).contains("\"3\"").contains("verbo.labels.mapping");
    assertThat(unknown.rejected().docId()).isEqualTo("c");
    assertThat(dc.classify(RawRecord.parsed("f", 4, "d", "fine", null, null, "r")).outcome())
        .as("missing label").isEqualTo("unknown_label");
    assertThat(dc.classify(RawRecord.rejected("f", 5, RejectReason.MALFORMED_ROW, "bad", "r")).outcome())
        .as("reader rejects pass through").isEqualTo("malformed_row");
  }

  @Test
  void keepTextOffDropsText() {
    Classified c = classifier("verbo.output.keep-text=false").classify(RawRecord.parsed("f", 1, "id", "good", "5", null, "r"));
    assertThat(c.kept().text()).isNull();
  }
}
