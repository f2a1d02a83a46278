package io.verbo.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits one decoded CSV record (as returned by {@link CsvRecordSplitter}) into fields, RFC 4180:
 * a field that starts with a double quote runs to the matching quote, {@code ""} inside it is a
 * literal quote, and only the separator or the end of the record may follow the closing quote. A
 * quote inside an unquoted field is kept literally (as most CSV writers in the wild need). Stateless
 * and thread-safe.
 */
public final class CsvFieldParser {
  private CsvFieldParser() {}

  /**
   * @param record the record text, without its line break
   * @param separator the field separator
   * @return the fields, in order; an empty record gives one empty field
   * @throws MalformedRecordException on characters after a closing quote or an unclosed quote
   */
  public static List<String> parse(String record, char separator) throws MalformedRecordException {
    List<String> fields = new ArrayList<>();
    int n = record.length();
    int i = 0;
    StringBuilder sb = new StringBuilder();
    while (true) {
      sb.setLength(0);
      if (i < n && record.charAt(i) == '"') {
        int fieldStart = i;
        i++;
        boolean closed = false;
        while (i < n) {
          char c = record.charAt(i);
          if (c == '"') {
            if (i + 1 < n && record.charAt(i + 1) == '"') {
              sb.append('"');
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          sb.append(c);
          i++;
        }
        if (!closed) {
          throw new MalformedRecordException(
              String.format(
                  Locale.ROOT,
                  "quoted field %d (starting at character %d) is never closed",
                  fields.size() + 1,
                  fieldStart));
        }
        if (i < n && record.charAt(i) != separator) {
          throw new MalformedRecordException(
              String.format(
                  Locale.ROOT,
                  "unexpected character '%c' after the closing quote of field %d (character %d);"
                      + " quotes inside a quoted field must be doubled",
                  record.charAt(i),
                  fields.size() + 1,
                  i));
        }
      } else {
        int start = i;
        while (i < n && record.charAt(i) != separator) {
          i++;
        }
        sb.append(record, start, i);
      }
      fields.add(sb.toString());
      if (i >= n) {
        return fields;
      }
      i++; // skip the separator; a trailing separator yields a final empty field
    }
  }
}
