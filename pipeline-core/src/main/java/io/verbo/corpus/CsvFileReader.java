package io.verbo.corpus;

import io.verbo.config.InputSettings;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads one CSV/TSV file into {@link RawRecord}s, lazily and with bounded memory: every physical
 * record becomes exactly one parsed or rejected record (the header is not a record). Not
 * thread-safe; one instance per file.
 *
 * <p>Rejects: bytes that are not UTF-8 ({@code invalid_utf8}); a wrong field count, characters
 * after a closing quote or a quote never closed ({@code malformed_row}); a header without a
 * configured column ({@code missing_column}, for every row of that file); a record longer than the
 * byte limit ({@code document_too_large}).
 */
public final class CsvFileReader implements Iterator<RawRecord> {
  private final CsvRecordSplitter splitter;
  private final String source;
  private final InputSettings input;
  private final ColumnSelector columns;
  private final StrictUtf8 utf8 = new StrictUtf8();
  private final int rawMaxChars;
  private final int maxRecordBytes;
  private Map<String, Integer> header;
  private String missingColumnDetail;
  private RawRecord pendingHeaderReject;

  /**
   * @param in the file's bytes (closed by the caller)
   * @param source the file name used in records
   * @param input input settings (columns, separator, header flag)
   * @param maxRecordBytes records longer than this are rejected as too large
   * @param rawMaxChars how much raw content to keep in rejects
   */
  public CsvFileReader(
      InputStream in, String source, InputSettings input, int maxRecordBytes, int rawMaxChars) {
    this.splitter = new CsvRecordSplitter(in, maxRecordBytes);
    this.source = source;
    this.input = input;
    this.columns = new ColumnSelector(input);
    this.rawMaxChars = rawMaxChars;
    this.maxRecordBytes = maxRecordBytes;
    if (input.header()) {
      readHeader();
    }
  }

  private void readHeader() {
    if (!splitter.hasNext()) {
      header = Map.of();
      return;
    }
    CsvRecordSplitter.Chunk chunk = splitter.next();
    String text = utf8.decodeOrNull(chunk.bytes(), 0, chunk.length());
    header = new LinkedHashMap<>();
    if (text == null || chunk.unterminatedQuote() || chunk.tooLarge()) {
      missingColumnDetail = "the header line of " + source + " cannot be read";
      pendingHeaderReject =
          RawRecord.rejected(
              source,
              chunk.line(),
              text == null ? RejectReason.INVALID_UTF8 : RejectReason.MALFORMED_ROW,
              "header line: "
                  + (text == null
                      ? utf8.describeError(chunk.bytes(), 0, chunk.length())
                      : "unreadable header"),
              truncate(StrictUtf8.lenient(chunk.bytes(), 0, chunk.length())));
      return;
    }
    try {
      List<String> names = CsvFieldParser.parse(text, input.effectiveSeparator());
      for (int i = 0; i < names.size(); i++) {
        header.putIfAbsent(names.get(i).strip(), i);
      }
    } catch (MalformedRecordException e) {
      missingColumnDetail = "the header line of " + source + " is malformed: " + e.getMessage();
      return;
    }
    String missing = columns.firstMissing(header::containsKey);
    if (missing != null) {
      missingColumnDetail = ColumnSelector.missingDetail(missing, "the header of " + source, header);
    }
  }

  @Override
  public boolean hasNext() {
    return pendingHeaderReject != null || splitter.hasNext();
  }

  @Override
  public RawRecord next() {
    if (pendingHeaderReject != null) {
      RawRecord r = pendingHeaderReject;
      pendingHeaderReject = null;
      return r;
    }
    if (!splitter.hasNext()) {
      throw new NoSuchElementException();
    }
    return toRecord(splitter.next());
  }

  private RawRecord toRecord(CsvRecordSplitter.Chunk chunk) {
    long line = chunk.line();
    if (chunk.tooLarge()) {
      return RawRecord.rejected(
          source,
          line,
          RejectReason.DOCUMENT_TOO_LARGE,
          String.format(Locale.ROOT, "record longer than %d bytes", maxRecordBytes),
          truncate(StrictUtf8.lenient(chunk.bytes(), 0, chunk.length())));
    }
    String text = utf8.decodeOrNull(chunk.bytes(), 0, chunk.length());
    if (text == null) {
      return RawRecord.rejected(
          source,
          line,
          RejectReason.INVALID_UTF8,
          utf8.describeError(chunk.bytes(), 0, chunk.length()),
          truncate(StrictUtf8.lenient(chunk.bytes(), 0, chunk.length())));
    }
    if (chunk.unterminatedQuote()) {
      return RawRecord.rejected(
          source,
          line,
          RejectReason.MALFORMED_ROW,
          "a quoted field is never closed (runs to the end of the file)",
          truncate(text));
    }
    if (missingColumnDetail != null) {
      return RawRecord.rejected(source, line, RejectReason.MISSING_COLUMN, missingColumnDetail, truncate(text));
    }
    List<String> fields;
    try {
      fields = CsvFieldParser.parse(text, input.effectiveSeparator());
    } catch (MalformedRecordException e) {
      return RawRecord.rejected(source, line, RejectReason.MALFORMED_ROW, e.getMessage(), truncate(text));
    }
    if (input.header()) {
      if (fields.size() != header.size()) {
        return RawRecord.rejected(
            source,
            line,
            RejectReason.MALFORMED_ROW,
            String.format(
                Locale.ROOT, "expected %d fields as in the header, got %d", header.size(), fields.size()),
            truncate(text));
      }
      return columns.select(source, line, col -> fields.get(header.get(col)), text);
    }
    // Without a header, columns are named _c0, _c1, ... as in Spark's CSV reader.
    String missing = columns.firstMissing(col -> positional(col) >= 0 && positional(col) < fields.size());
    if (missing != null) {
      return RawRecord.rejected(
          source,
          line,
          RejectReason.MISSING_COLUMN,
          "column '" + missing + "' is not in this row of " + fields.size() + " fields",
          truncate(text));
    }
    return columns.select(source, line, col -> fields.get(positional(col)), text);
  }

  private static int positional(String col) {
    if (col.startsWith("_c")) {
      try {
        return Integer.parseInt(col.substring(2));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  private String truncate(String s) {
    return Truncate.chars(s, rawMaxChars);
  }
}
