package io.verbo.corpus;

import io.verbo.config.InputSettings;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Picks the configured id, text, label and language values out of a record whose fields are
 * looked up by column name (a CSV row, a JSON object, a Parquet row). Thread-safe.
 */
final class ColumnSelector implements Serializable {
  private static final long serialVersionUID = 1L;

  private final InputSettings input;

  ColumnSelector(InputSettings input) {
    this.input = input;
  }

  /** @return the first configured column that {@code available} lacks, or null if none */
  String firstMissing(java.util.function.Predicate<String> available) {
    for (String col : input.requiredColumns()) {
      if (!available.test(col)) {
        return col;
      }
    }
    return null;
  }

  /**
   * Builds a parsed record. Body columns are joined with a newline, blank parts skipped. A non-blank
   * title goes first, but only when the body is not blank: a title alone is not a document, and
   * the record is then rejected as empty text.
   */
  RawRecord select(String source, long position, Function<String, String> value, String raw) {
    StringBuilder text = new StringBuilder();
    List<String> textColumns = input.textColumns();
    for (String col : textColumns) {
      String part = value.apply(col);
      if (part != null && !part.isBlank()) {
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(part);
      }
    }
    String title = input.titleColumnOpt().map(value).orElse(null);
    if (text.length() > 0 && title != null && !title.isBlank()) {
      text.insert(0, title + "\n");
    }
    return RawRecord.parsed(
        source,
        position,
        input.idColumnOpt().map(value).orElse(null),
        text.toString(),
        input.labelColumnOpt().map(value).orElse(null),
        input.langColumnOpt().map(value).orElse(null),
        raw);
  }

  /** @return a detail message for a column absent from a record */
  static String missingDetail(String column, String where, Map<String, ?> present) {
    return "column '" + column + "' is not in " + where + " (columns: " + present.keySet()
        + "); check verbo.input.*-column settings";
  }
}
