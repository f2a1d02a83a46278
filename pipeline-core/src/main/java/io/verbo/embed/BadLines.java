package io.verbo.embed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lines (entries) of a vector file that were skipped, counted by reason, with the first few kept as
 * examples. Reasons: {@value #WRONG_DIMENSION}, {@value #NOT_A_NUMBER}, {@value #NON_FINITE},
 * {@value #DUPLICATE_TOKEN}, {@value #INVALID_UTF8}, {@value #EMPTY_LINE}, {@value #TRUNCATED}.
 * Mutable while a file is read; not thread-safe.
 */
public final class BadLines {
  /** Not exactly one token and D values. */
  public static final String WRONG_DIMENSION = "wrong_dimension";
  /** A value that is not a decimal number. */
  public static final String NOT_A_NUMBER = "not_a_number";
  /** NaN, infinity or a value overflowing float. */
  public static final String NON_FINITE = "non_finite";
  /** A token seen before (the first one is kept, as gensim does). */
  public static final String DUPLICATE_TOKEN = "duplicate_token";
  /** Bytes that are not UTF-8. */
  public static final String INVALID_UTF8 = "invalid_utf8";
  /** A blank line. */
  public static final String EMPTY_LINE = "empty_line";
  /** The file ended inside an entry (binary) or before the header's count. */
  public static final String TRUNCATED = "truncated";

  /** Examples kept. */
  public static final int MAX_EXAMPLES = 20;

  private final Map<String, Long> counts = new TreeMap<>();
  private final List<Example> examples = new ArrayList<>();

  /**
   * One skipped line.
   *
   * @param line 1-based line (text) or entry (binary) number
   * @param reason the reason code
   * @param detail what was wrong, short
   */
  public record Example(long line, String reason, String detail) {}

  /**
   * @param line 1-based line or entry number
   * @param reason a reason code
   * @param detail what was wrong
   */
  public void add(long line, String reason, String detail) {
    counts.merge(reason, 1L, Long::sum);
    if (examples.size() < MAX_EXAMPLES) {
      examples.add(new Example(line, reason, detail.length() > 200 ? detail.substring(0, 200) + "..." : detail));
    }
  }

  /** @return skipped lines by reason (sorted, unmodifiable) */
  public Map<String, Long> byReason() {
    return Collections.unmodifiableMap(counts);
  }

  /** @return the first skipped lines (unmodifiable) */
  public List<Example> examples() {
    return Collections.unmodifiableList(examples);
  }

  /** @return all skipped lines */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    return total() == 0 ? "none" : counts.toString();
  }
}
