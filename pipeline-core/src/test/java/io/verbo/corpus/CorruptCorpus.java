package io.verbo.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a seeded CSV corpus ({@code id,text,label}, labels 1-5 stars, Spanish and English
 * sentences) in which a known set of records is corrupted in every way the CSV reader and the
 * {@link DocumentClassifier} reject, and keeps the ground truth: for every record, its file, the
 * physical line it starts on, its id and its expected outcome ({@code kept} or a reject code).
 *
 * <p>Layout: {@code corpus-0.csv .. corpus-(n-1).csv} hold the clean records and the in-file
 * corruptions, each ending with one record whose quote is never closed (it must be last: it runs to
 * the end of the file); {@code bad-header.csv} has a header without the {@code text} column, so
 * every one of its rows is {@code missing_column}.
 */
final class CorruptCorpus {
  /** Outcome of a clean record in the ground truth. */
  static final String KEPT = "kept";

  /** How a record is written, and the reject code the tokenizer must give it. */
  enum Kind {
    CLEAN(KEPT),
    /** 0xC3 followed by '(' inside the text: an invalid two-byte sequence. */
    INVALID_TWO_BYTE("invalid_utf8"),
    /** A lone 0xFF byte inside the text. */
    INVALID_FF("invalid_utf8"),
    /** Only {@code id,text}: fewer fields than the header. */
    TOO_FEW_FIELDS("malformed_row"),
    /** An unquoted comma in the text: more fields than the header. */
    TOO_MANY_FIELDS("malformed_row"),
    /** Characters after the closing quote of the text field. */
    TEXT_AFTER_QUOTE("malformed_row"),
    /** A quoted text field never closed, at the end of the file. */
    UNTERMINATED_QUOTE("malformed_row"),
    /** The text is the empty quoted field. */
    EMPTY_QUOTED("empty_text"),
    /** The text is spaces and a tab. */
    BLANK_TEXT("empty_text"),
    /** The text is zero-width spaces only: not blank, but no tokens after normalisation. */
    ZERO_WIDTH_ONLY("empty_text"),
    /** Label 7, outside 1-5. */
    LABEL_OUT_OF_RANGE("unknown_label"),
    /** Label "excellent", not a number. */
    LABEL_WORD("unknown_label"),
    /** The label field is empty. */
    LABEL_EMPTY("unknown_label"),
    /** A text longer than {@code max-doc-chars} characters (caught by the classifier). */
    TOO_MANY_CHARS("document_too_large"),
    /** A record longer than the reader's byte limit (cut off by the record splitter). */
    OVERSIZED_RECORD("document_too_large"),
    /** A row of a file whose header lacks the text column. */
    MISSING_TEXT_COLUMN("missing_column");

    final String expected;

    Kind(String expected) {
      this.expected = expected;
    }
  }

  /** Kinds spread at random positions over the corpus files (the others are placed by layout). */
  static final List<Kind> SCATTERED =
      List.of(
          Kind.INVALID_TWO_BYTE,
          Kind.INVALID_FF,
          Kind.TOO_FEW_FIELDS,
          Kind.TOO_MANY_FIELDS,
          Kind.TEXT_AFTER_QUOTE,
          Kind.EMPTY_QUOTED,
          Kind.BLANK_TEXT,
          Kind.ZERO_WIDTH_ONLY,
          Kind.LABEL_OUT_OF_RANGE,
          Kind.LABEL_WORD,
          Kind.LABEL_EMPTY,
          Kind.TOO_MANY_CHARS);

  /**
   * One record's ground truth.
   *
   * @param file the file name
   * @param line the 1-based physical line the record starts on (the header is line 1)
   * @param id the id written in the id column
   * @param kind how it was written
   */
  record Truth(String file, long line, String id, Kind kind) {
    /** @return {@code file:line}, the key rejects are matched by */
    String key() {
      return file + ":" + line;
    }
  }

  private static final String[] ES_SUBJECTS = {"El producto", "La batería", "El envío", "La pantalla", "El servicio", "La calidad"};
  private static final String[] ES_VERBS = {"es", "parece", "resultó", "quedó"};
  private static final String[] ES_ADJ = {"excelente", "malo", "regular", "increíble", "pésimo", "bueno", "aceptable"};
  private static final String[] ES_TAIL = {"", " y llegó rápido", " pero caro", " según mi hermana", " después de una semana"};
  private static final String[] EN_SUBJECTS = {"The product", "The battery", "Shipping", "The screen", "Customer service", "The quality"};
  private static final String[] EN_VERBS = {"is", "seems", "was", "turned out"};
  private static final String[] EN_ADJ = {"excellent", "bad", "okay", "amazing", "terrible", "good", "fine"};
  private static final String[] EN_TAIL = {"", " and it arrived fast", " but pricey", " according to my sister", " after a week"};

  private final List<Truth> truth = new ArrayList<>();
  private final List<Path> files = new ArrayList<>();
  private final Random random;
  private final int maxDocChars;
  private final int maxRecordBytes;

  private CorruptCorpus(long seed, int maxDocChars, int maxRecordBytes) {
    this.random = new Random(seed);
    this.maxDocChars = maxDocChars;
    this.maxRecordBytes = maxRecordBytes;
  }

  /**
   * @param dir where to write the files
   * @param seed the generator seed (same seed, same bytes)
   * @param records total number of records, header lines excluded
   * @param corrupted how many of them are corrupted (at least {@code corpusFiles + oversized + badHeader + 12})
   * @param corpusFiles number of {@code corpus-*.csv} files
   * @param oversized how many records exceed the reader's byte limit
   * @param badHeader how many rows the bad-header file has
   * @param maxDocChars the configured {@code verbo.input.max-doc-chars}
   * @param maxRecordBytes the reader's record byte limit for that setting
   * @return the written corpus and its ground truth
   * @throws IOException if a file cannot be written
   */
  static CorruptCorpus write(
      Path dir,
      long seed,
      int records,
      int corrupted,
      int corpusFiles,
      int oversized,
      int badHeader,
      int maxDocChars,
      int maxRecordBytes)
      throws IOException {
    CorruptCorpus c = new CorruptCorpus(seed, maxDocChars, maxRecordBytes);
    int scattered = corrupted - corpusFiles - oversized - badHeader;
    if (scattered < SCATTERED.size()) {
      throw new IllegalArgumentException("too few corrupted records to cover every kind");
    }
    List<Kind> slots = new ArrayList<>();
    for (int i = 0; i < records - corrupted; i++) {
      slots.add(Kind.CLEAN);
    }
    for (int i = 0; i < scattered; i++) {
      slots.add(SCATTERED.get(i % SCATTERED.size()));
    }
    for (int i = 0; i < oversized; i++) {
      slots.add(Kind.OVERSIZED_RECORD);
    }
    Collections.shuffle(slots, c.random);
    int perFile = (slots.size() + corpusFiles - 1) / corpusFiles;
    int next = 0;
    for (int f = 0; f < corpusFiles; f++) {
      List<Kind> kinds = new ArrayList<>(slots.subList(Math.min(next, slots.size()), Math.min(next + perFile, slots.size())));
      next += perFile;
      kinds.add(Kind.UNTERMINATED_QUOTE);
      c.writeFile(dir.resolve(String.format(Locale.ROOT, "corpus-%d.csv", f)), "id,text,label", kinds);
    }
    c.writeFile(dir.resolve("bad-header.csv"), "id,body,label", Collections.nCopies(badHeader, Kind.MISSING_TEXT_COLUMN));
    return c;
  }

  /** @return the files written */
  List<Path> files() {
    return files;
  }

  /** @return every record's ground truth, in file order */
  List<Truth> truth() {
    return truth;
  }

  /** @return expected reject code by {@link Truth#key()}, for the corrupted records only */
  Map<String, String> expectedRejects() {
    Map<String, String> m = new LinkedHashMap<>();
    truth.stream().filter(t -> t.kind() != Kind.CLEAN).forEach(t -> m.put(t.key(), t.kind().expected));
    return m;
  }

  private void writeFile(Path file, String header, List<Kind> kinds) throws IOException {
    String name = file.getFileName().toString();
    long line = 1;
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
      line++;
      for (Kind k : kinds) {
        String id = String.format(Locale.ROOT, "%s-%06d", name.replace(".csv", ""), truth.size());
        byte[] rec = record(id, k);
        truth.add(new Truth(name, line, id, k));
        out.write(rec);
        for (byte b : rec) {
          if (b == '\n') {
            line++;
          }
        }
      }
    }
    files.add(file);
  }

  private byte[] record(String id, Kind k) {
    String text = sentence();
    String stars = Integer.toString(1 + random.nextInt(5));
    return switch (k) {
      case CLEAN, MISSING_TEXT_COLUMN -> utf8(id + "," + cleanField(text) + "," + stars + "\n");
      case INVALID_TWO_BYTE -> withBytes(id + "," + text + " ", new byte[] {(byte) 0xC3, '('}, " fin," + stars + "\n");
      case INVALID_FF -> withBytes(id + "," + text + " ", new byte[] {(byte) 0xFF}, " end," + stars + "\n");
      case TOO_FEW_FIELDS -> utf8(id + "," + text + "\n");
      case TOO_MANY_FIELDS -> utf8(id + "," + text + ", sin comillas," + stars + "\n");
      case TEXT_AFTER_QUOTE -> utf8(id + ",\"" + text + "\" (sic)," + stars + "\n");
      case UNTERMINATED_QUOTE -> utf8(id + ",\"" + text + "," + stars + "\n");
      case EMPTY_QUOTED -> utf8(id + ",\"\"," + stars + "\n");
      case BLANK_TEXT -> utf8(id + ",\"  \t  \"," + stars + "\n");
      case ZERO_WIDTH_ONLY -> utf8(id + ",\u200B\u200B\u200B," + stars + "\n");
      case LABEL_OUT_OF_RANGE -> utf8(id + "," + cleanField(text) + ",7\n");
      case LABEL_WORD -> utf8(id + "," + cleanField(text) + ",excellent\n");
      case LABEL_EMPTY -> utf8(id + "," + cleanField(text) + ",\n");
      case TOO_MANY_CHARS -> utf8(id + "," + repeatTo(text, maxDocChars + 1 + random.nextInt(500)) + "," + stars + "\n");
      case OVERSIZED_RECORD -> utf8(id + "," + repeatTo(text, maxRecordBytes + 1000) + "," + stars + "\n");
    };
  }

  /** A clean text field: mostly plain, sometimes quoted with a comma, an escaped quote or a line break. */
  private String cleanField(String text) {
    int r = random.nextInt(100);
    if (r < 5) {
      return "\"" + text + ", de verdad\"";
    }
    if (r < 7) {
      return "\"" + text + " \"\"five stars\"\"\"";
    }
    if (r < 9) {
      return "\"" + text + "\nsegunda línea\"";
    }
    return text;
  }

  private String sentence() {
    boolean es = random.nextBoolean();
    String[] subjects = es ? ES_SUBJECTS : EN_SUBJECTS;
    String[] verbs = es ? ES_VERBS : EN_VERBS;
    String[] adj = es ? ES_ADJ : EN_ADJ;
    String[] tail = es ? ES_TAIL : EN_TAIL;
    return subjects[random.nextInt(subjects.length)]
        + " "
        + verbs[random.nextInt(verbs.length)]
        + " "
        + adj[random.nextInt(adj.length)]
        + tail[random.nextInt(tail.length)];
  }

  private static String repeatTo(String text, int chars) {
    StringBuilder sb = new StringBuilder(chars + text.length());
    while (sb.length() < chars) {
      sb.append(text).append(' ');
    }
    return sb.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withBytes(String before, byte[] bad, String after) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(utf8(before));
    b.writeBytes(bad);
    b.writeBytes(utf8(after));
    return b.toByteArray();
  }
}
