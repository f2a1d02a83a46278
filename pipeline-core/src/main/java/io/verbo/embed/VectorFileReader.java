package io.verbo.embed;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads word2vec text, word2vec binary and GloVe text files into {@link WordVectors}, keeping file
 * order. A bad line (entry) is skipped and counted in {@link BadLines} with its reason — wrong
 * number of values, a value that is not a number or not finite, invalid UTF-8, a blank line, a
 * repeated token (first kept, as gensim) — never fatal; a file that is not in the format at all
 * (no header where one is required) is. Counts are not stored in these formats: they are 0
 * (unknown). Stateless.
 */
public final class VectorFileReader {
  private static final Pattern HEADER = Pattern.compile("\\s*(\\d+)\\s+(\\d+)\\s*");
  private static final int GLOVE_SNIFF_LINES = 100;
  private static final int MAX_TOKEN_BYTES = 1 << 16;

  private VectorFileReader() {}

  /**
   * What was read.
   *
   * @param vectors the valid entries, in file order
   * @param format the format read (resolved when {@link VectorFormat#AUTO} was asked)
   * @param entries lines or entries seen (header excluded)
   * @param headerCount vector count announced by the header, or -1 (GloVe)
   * @param bad the skipped lines
   */
  public record Result(WordVectors vectors, VectorFormat format, long entries, long headerCount, BadLines bad) {}

  /**
   * @param in the file content (read to the end, not closed)
   * @param format the format, or {@link VectorFormat#AUTO} to detect it
   * @return the vectors and the bad-line report
   * @throws IOException on read errors
   * @throws IllegalArgumentException if the file is not in the format (bad header, no valid line
   *     to take the dimension from)
   */
  public static Result read(InputStream in, VectorFormat format) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    VectorFormat f = format == VectorFormat.AUTO ? detect(b) : format;
    return f == VectorFormat.WORD2VEC_BINARY ? readBinary(b) : readText(b, f);
  }

  /**
   * Detects the format from the first bytes (the stream is reset afterwards): a first line of two
   * integers means word2vec, binary if the bytes after the first token are not decimal text;
   * anything else is GloVe text.
   *
   * @param in a stream supporting mark/reset
   * @return the format
   * @throws IOException on read errors
   */
  public static VectorFormat detect(BufferedInputStream in) throws IOException {
    in.mark(1 << 16);
    byte[] head = in.readNBytes(1 << 15);
    in.reset();
    int nl = indexOf(head, 0, (byte) '\n');
    String first = new String(head, 0, nl < 0 ? head.length : nl, StandardCharsets.ISO_8859_1);
    Matcher m = HEADER.matcher(first);
    if (nl < 0 || !m.matches()) {
      return VectorFormat.GLOVE_TEXT;
    }
    int space = indexOf(head, nl + 1, (byte) ' ');
    if (space < 0) {
      return VectorFormat.WORD2VEC_TEXT;
    }
    int dim = Integer.parseInt(m.group(2));
    for (int i = space + 1; i < Math.min(head.length, space + 1 + 4 * Math.min(dim, 64)); i++) {
      if ("0123456789+-.eE \t\r\nNnAaIiFfTtYy".indexOf(head[i] & 0xff) < 0) {
        return VectorFormat.WORD2VEC_BINARY;
      }
    }
    return VectorFormat.WORD2VEC_TEXT;
  }

  private static Result readText(BufferedInputStream in, VectorFormat format) throws IOException {
    LineSource lines = new LineSource(in);
    BadLines bad = new BadLines();
    long headerCount = -1;
    int dim;
    List<byte[]> sniffed = new ArrayList<>();
    if (format == VectorFormat.WORD2VEC_TEXT) {
      byte[] h = lines.next();
      long[] header = parseHeader(h);
      headerCount = header[0];
      dim = (int) header[1];
    } else {
      for (byte[] l; sniffed.size() < GLOVE_SNIFF_LINES && (l = lines.next()) != null; ) {
        sniffed.add(l);
      }
      dim = commonDimension(sniffed);
    }
    VectorTableBuilder out = new VectorTableBuilder(dim, bad);
    long lineNo = format == VectorFormat.WORD2VEC_TEXT ? 1 : 0;
    long entries = 0;
    int s = 0;
    for (byte[] l = s < sniffed.size() ? sniffed.get(s++) : lines.next(); l != null;
        l = s < sniffed.size() ? sniffed.get(s++) : lines.next()) {
      lineNo++;
      entries++;
      String text;
      try {
        text = decode(l, 0, l.length);
      } catch (CharacterCodingException e) {
        bad.add(lineNo, BadLines.INVALID_UTF8, "line is not UTF-8");
        continue;
      }
      out.addTextLine(lineNo, text);
    }
    return new Result(out.build(), format, entries, headerCount, bad);
  }

  private static Result readBinary(BufferedInputStream in) throws IOException {
    LineSource lines = new LineSource(in);
    long[] header = parseHeader(lines.next());
    int dim = (int) header[1];
    BadLines bad = new BadLines();
    VectorTableBuilder out = new VectorTableBuilder(dim, bad);
    byte[] vec = new byte[dim * 4];
    ByteBuffer bb = ByteBuffer.wrap(vec).order(ByteOrder.LITTLE_ENDIAN);
    float[] values = new float[dim];
    long entry = 0;
    for (; entry < header[0]; entry++) {
      int c = in.read();
      while (c == '\n') {
        c = in.read();
      }
      ByteArrayOutputStream token = new ByteArrayOutputStream();
      while (c != ' ' && c != -1 && token.size() < MAX_TOKEN_BYTES) {
        token.write(c);
        c = in.read();
      }
      if (c != ' ' || in.readNBytes(vec, 0, vec.length) < vec.length) {
        bad.add(entry + 1, BadLines.TRUNCATED, String.format(Locale.ROOT,
            "file ends (or has no space within %d bytes) in entry %d of %d", MAX_TOKEN_BYTES, entry + 1, header[0]));
        break;
      }
      String t;
      try {
        t = decode(token.toByteArray(), 0, token.size());
      } catch (CharacterCodingException e) {
        bad.add(entry + 1, BadLines.INVALID_UTF8, "token is not UTF-8");
        continue;
      }
      bb.clear();
      for (int d = 0; d < dim; d++) {
        values[d] = bb.getFloat();
      }
      out.add(entry + 1, t, values);
    }
    return new Result(out.build(), VectorFormat.WORD2VEC_BINARY, entry, header[0], bad);
  }

  private static long[] parseHeader(byte[] line) {
    String h = line == null ? "" : new String(line, StandardCharsets.ISO_8859_1);
    Matcher m = HEADER.matcher(h);
    if (!m.matches()) {
      throw new IllegalArgumentException("Cannot read a word2vec file: the first line must be \"<count> <dimension>\", found \""
          + (h.length() > 80 ? h.substring(0, 80) + "..." : h) + "\". For files without a header use format glove-text");
    }
    long count = Long.parseLong(m.group(1));
    long dim = Long.parseLong(m.group(2));
    if (dim < 1 || dim > Word2VecSettings.MAX_VECTOR_SIZE) {
      throw new IllegalArgumentException("Cannot read a word2vec file: dimension " + dim + " in header \"" + h + "\"");
    }
    return new long[] {count, dim};
  }

  /** The most common number of values among the sniffed lines (ties: the smaller). */
  private static int commonDimension(List<byte[]> lines) {
    Map<Integer, Integer> freq = new HashMap<>();
    for (byte[] l : lines) {
      int fields = split(new String(l, StandardCharsets.ISO_8859_1)).length;
      if (fields > 1) {
        freq.merge(fields - 1, 1, Integer::sum);
      }
    }
    return freq.entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(b.getKey(), a.getKey()) : Integer.compare(a.getValue(), b.getValue()))
        .map(Map.Entry::getKey)
        .orElseThrow(() -> new IllegalArgumentException(
            "Cannot read a GloVe file: none of its first " + GLOVE_SNIFF_LINES + " lines has a token and values"));
  }

  static String[] split(String line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i <= end) {
      int j = i;
      while (j < end && line.charAt(j) != ' ' && line.charAt(j) != '\t') {
        j++;
      }
      parts.add(line.substring(i, j));
      while (j < end && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
        j++;
      }
      i = j == end ? end + 1 : j;
    }
    return parts.toArray(new String[0]);
  }

  private static String decode(byte[] b, int off, int len) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b, off, len))
        .toString();
  }

  private static int indexOf(byte[] b, int from, byte x) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** Splits a byte stream at '\n', dropping one trailing '\r'; the last line may lack its '\n'. */
  private static final class LineSource {
    private final InputStream in;
    private byte[] buf = new byte[1 << 12];

    LineSource(InputStream in) {
      this.in = in;
    }

    byte[] next() throws IOException {
      int n = 0;
      int c = in.read();
      if (c == -1) {
        return null;
      }
      while (c != -1 && c != '\n') {
        if (n == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[n++] = (byte) c;
        c = in.read();
      }
      if (n > 0 && buf[n - 1] == '\r') {
        n--;
      }
      return Arrays.copyOf(buf, n);
    }
  }
}
