package io.verbo.corpus;

/** Why a record was rejected; {@link #code()} is the value stored in the rejects dataset. */
public enum RejectReason {
  /** The record's bytes are not valid UTF-8 (detected from the bytes, never replaced). */
  INVALID_UTF8("invalid_utf8"),
  /** The text is empty, blank, or yields no tokens. */
  EMPTY_TEXT("empty_text"),
  /** The label value maps to no configured class. */
  UNKNOWN_LABEL("unknown_label"),
  /** The row cannot be parsed: wrong field count, bad quoting, not a JSON object. */
  MALFORMED_ROW("malformed_row"),
  /** A configured column is absent from the header or the JSON object. */
  MISSING_COLUMN("missing_column"),
  /** The document is longer than {@code verbo.input.max-doc-chars}. */
  DOCUMENT_TOO_LARGE("document_too_large");

  private final String code;

  RejectReason(String code) {
    this.code = code;
  }

  /** @return the stable lower-case code stored in data and summaries */
  public String code() {
    return code;
  }
}
