package io.verbo.corpus;

import java.io.Serializable;

/**
 * One record as read from the corpus, before labels and tokens: either parsed (text and columns
 * set, {@code reject == null}) or already rejected by the reader (reason and detail set).
 *
 * @param source the file (or dataset) it came from
 * @param position where in the source: physical line number for CSV/TSV, byte offset of the line
 *     for text and JSON Lines, row id for Parquet
 * @param docId the id column's value, or null when there is none
 * @param text the document text, or null for a reader reject
 * @param rawLabel the raw label value, or null
 * @param lang the language value, or null
 * @param reject the reader's reject reason, or null when parsed
 * @param detail human-readable explanation of the reject, or null
 * @param raw the raw record content (for rejects), possibly long; truncated when written
 */
public record RawRecord(
    String source,
    long position,
    String docId,
    String text,
    String rawLabel,
    String lang,
    RejectReason reject,
    String detail,
    String raw)
    implements Serializable {

  /**
   * @return a parsed record
   * @param source source
   * @param position position
   * @param docId id or null
   * @param text text
   * @param rawLabel raw label or null
   * @param lang language or null
   * @param raw raw content, kept in case a later check rejects the record
   */
  public static RawRecord parsed(
      String source, long position, String docId, String text, String rawLabel, String lang, String raw) {
    return new RawRecord(source, position, docId, text, rawLabel, lang, null, null, raw);
  }

  /**
   * @return a record the reader rejected
   * @param source source
   * @param position position
   * @param reason why
   * @param detail explanation
   * @param raw raw content
   */
  public static RawRecord rejected(
      String source, long position, RejectReason reason, String detail, String raw) {
    return new RawRecord(source, position, null, null, null, null, reason, detail, raw);
  }

  /** @return whether the reader already rejected this record */
  public boolean isRejected() {
    return reject != null;
  }
}
