package io.verbo.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbo.config.InputSettings;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses one JSON Lines record into a {@link RawRecord}. Scalars (strings, numbers, booleans) are
 * read as text; a configured field that is absent or JSON null is a {@code missing_column} reject.
 * Not thread-safe (shares one ObjectMapper reader per instance); one per partition.
 */
public final class JsonLineParser {
  private final ObjectMapper mapper = new ObjectMapper();
  private final ColumnSelector columns;
  private final int rawMaxChars;

  /**
   * @param input input settings
   * @param rawMaxChars how much raw content to keep in rejects
   */
  public JsonLineParser(InputSettings input, int rawMaxChars) {
    this.columns = new ColumnSelector(input);
    this.rawMaxChars = rawMaxChars;
  }

  /**
   * @param line the decoded line
   * @param source file name
   * @param position byte offset of the line
   * @return the parsed or rejected record; a blank line is an {@code empty_text} reject
   */
  public RawRecord parse(String line, String source, long position) {
    if (line.isBlank()) {
      return RawRecord.rejected(source, position, RejectReason.EMPTY_TEXT, "blank line", line);
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      return RawRecord.rejected(
          source,
          position,
          RejectReason.MALFORMED_ROW,
          "not valid JSON: " + e.getOriginalMessage(),
          Truncate.chars(line, rawMaxChars));
    }
    if (node == null || !node.isObject()) {
      return RawRecord.rejected(
          source,
          position,
          RejectReason.MALFORMED_ROW,
          "a JSON Lines record must be an object",
          Truncate.chars(line, rawMaxChars));
    }
    String missing = columns.firstMissing(col -> node.hasNonNull(col));
    if (missing != null) {
      Map<String, Object> present = new LinkedHashMap<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        present.put(it.next(), "");
      }
      return RawRecord.rejected(
          source,
          position,
          RejectReason.MISSING_COLUMN,
          ColumnSelector.missingDetail(missing, "this JSON object", present),
          Truncate.chars(line, rawMaxChars));
    }
    return columns.select(source, position, col -> scalar(node.get(col)), line);
  }

  private static String scalar(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
