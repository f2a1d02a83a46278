package io.verbo.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a CSV/TSV byte stream into records, honouring RFC 4180 quoting: a line break inside a
 * double-quoted field belongs to the field. Works on bytes, before any decoding, so invalid UTF-8
 * stays visible to the caller; this is safe because the quote and the line feed are ASCII and never
 * occur inside a multi-byte UTF-8 sequence.
 *
 * <p>Contract: records come in file order; the trailing {@code \r\n} or {@code \n} is removed;
 * blank lines between records are skipped (they are not records); a UTF-8 byte-order mark at the
 * start is dropped. A record longer than {@code maxRecordBytes} is returned truncated with {@link
 * Chunk#tooLarge()} set, and memory stays bounded. A quote still open at end of stream is returned
 * with {@link Chunk#unterminatedQuote()} set. Not thread-safe; one instance per stream.
 */
public final class CsvRecordSplitter implements Iterator<CsvRecordSplitter.Chunk> {
  /**
   * One record's bytes.
   *
   * @param bytes the record's bytes (only the first {@code length} are meaningful)
   * @param length number of bytes
   * @param line 1-based physical line where the record starts
   * @param unterminatedQuote whether a quoted field was still open at end of stream
   * @param tooLarge whether the record was longer than the limit and got truncated
   */
  public record Chunk(byte[] bytes, int length, long line, boolean unterminatedQuote, boolean tooLarge) {}

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final int maxRecordBytes;
  private final byte[] buf = new byte[BUFFER];
  private int bufLen;
  private int bufPos;
  private long line = 1;
  private boolean eof;
  private boolean first = true;
  private Chunk next;

  /**
   * @param in the stream (not closed by this class)
   * @param maxRecordBytes the longest record kept whole
   */
  public CsvRecordSplitter(InputStream in, int maxRecordBytes) {
    this.in = in;
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = readRecord();
    }
    return next != null;
  }

  @Override
  public Chunk next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Chunk c = next;
    next = null;
    return c;
  }

  private Chunk readRecord() {
    if (first) {
      first = false;
      skipByteOrderMark();
    }
    byte[] rec = new byte[256];
    int len = 0;
    boolean inQuotes = false;
    boolean tooLarge = false;
    long startLine = line;
    boolean any = false;
    while (true) {
      int b = read();
      if (b < 0) {
        if (!any) {
          return null;
        }
        len = stripCr(rec, len);
        return new Chunk(rec, len, startLine, inQuotes, tooLarge);
      }
      if (b == '\n') {
        line++;
        if (!inQuotes) {
          int trimmed = stripCr(rec, len);
          if (trimmed == 0 && !tooLarge) {
            // A blank line is not a record; start again on the next line.
            startLine = line;
            any = false;
            len = 0;
            continue;
          }
          return new Chunk(rec, trimmed, startLine, false, tooLarge);
        }
      } else if (b == '"') {
        inQuotes = !inQuotes;
      }
      any = true;
      if (len < maxRecordBytes) {
        if (len == rec.length) {
          rec = Arrays.copyOf(rec, Math.min(maxRecordBytes, rec.length * 2));
        }
        rec[len++] = (byte) b;
      } else {
        tooLarge = true;
      }
    }
  }

  private void skipByteOrderMark() {
    fill();
    if (bufLen >= 3
        && (buf[0] & 0xFF) == 0xEF
        && (buf[1] & 0xFF) == 0xBB
        && (buf[2] & 0xFF) == 0xBF) {
      bufPos = 3;
    }
  }

  private static int stripCr(byte[] rec, int len) {
    return len > 0 && rec[len - 1] == '\r' ? len - 1 : len;
  }

  private int read() {
    if (bufPos >= bufLen) {
      fill();
      if (bufPos >= bufLen) {
        return -1;
      }
    }
    return buf[bufPos++] & 0xFF;
  }

  private void fill() {
    if (eof || bufPos < bufLen) {
      return;
    }
    try {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
        bufLen = 0;
      } else {
        bufLen = n;
      }
      bufPos = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read CSV stream", e);
    }
  }
}
