package io.verbo.corpus;

import io.verbo.text.Tokenizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a {@link RawRecord} into a kept {@link TokenizedDocument} or a {@link RejectedRecord}.
 * Checks, in order: the reader's own reject; length over {@code max-doc-chars} ({@code
 * document_too_large}); blank text ({@code empty_text}); with a label column, a value that maps to
 * no class ({@code unknown_label}); no tokens after normalisation ({@code empty_text}). Document ids
 * come from the id column or, when it is absent or blank, {@code <file name>:<position>}.
 *
 * <p>Thread-safe if its {@link Tokenizer} is (it is).
 */
public final class DocumentClassifier {
  private final TokenizeParams params;
  private final Tokenizer tokenizer;
  private final SplitAssigner splits;

  /** @param params executor-side parameters */
  public DocumentClassifier(TokenizeParams params) {
    this.params = params;
    this.tokenizer = new Tokenizer(params.tokenizer());
    this.splits = new SplitAssigner(params.split());
  }

  /**
   * @param r a record from a reader
   * @return its outcome
   */
  public Classified classify(RawRecord r) {
    String docId = docId(r);
    if (r.isRejected()) {
      return reject(r, r.reject(), r.detail(), docId);
    }
    String text = r.text();
    int max = params.input().maxDocChars();
    if (text != null && text.length() > max) {
      return reject(
          r,
          RejectReason.DOCUMENT_TOO_LARGE,
          String.format(Locale.ROOT, "%d characters, more than verbo.input.max-doc-chars = %d", text.length(), max),
          docId);
    }
    if (text == null || text.isBlank()) {
      return reject(r, RejectReason.EMPTY_TEXT, "the text is empty", docId);
    }
    String label = null;
    if (params.input().labelColumnOpt().isPresent()) {
      Optional<String> mapped = params.labels().classify(r.rawLabel());
      if (mapped.isEmpty()) {
        return reject(
            r,
            RejectReason.UNKNOWN_LABEL,
            "label value " + quote(r.rawLabel()) + " maps to no class; see verbo.labels.mapping",
            docId);
      }
      label = mapped.get();
    }
    List<String> tokens = tokenizer.tokenize(text);
    if (tokens.isEmpty()) {
      return reject(r, RejectReason.EMPTY_TEXT, "no tokens after normalisation", docId);
    }
    String lang = r.lang() == null || r.lang().isBlank() ? null : r.lang().strip();
    TokenizedDocument doc =
        new TokenizedDocument(
            docId,
            params.keepText() ? text : null,
            label,
            lang,
            tokens,
            splits.assign(docId).label(),
            r.source(),
            r.position());
    return new Classified(doc, null);
  }

  private Classified reject(RawRecord r, RejectReason reason, String detail, String docId) {
    String raw = Truncate.chars(r.raw(), params.rejectRawMaxChars());
    return new Classified(null, new RejectedRecord(r.source(), r.position(), reason, detail, docId, raw));
  }

  private static String docId(RawRecord r) {
    if (r.docId() != null && !r.docId().isBlank()) {
      return r.docId().strip();
    }
    return fileName(r.source()) + ":" + r.position();
  }

  private static String fileName(String source) {
    int slash = source.lastIndexOf('/');
    return slash >= 0 ? source.substring(slash + 1) : source;
  }

  private static String quote(String s) {
    return s == null ? "(missing)" : "\"" + s + "\"";
  }
}
