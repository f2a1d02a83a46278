package io.verbo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of text cells, rendered as an HTML {@code <table>} with every cell escaped. Columns
 * flagged numeric are right-aligned. Immutable.
 *
 * @param id the table's {@code id} attribute (lets tests and readers find it)
 * @param headers column headers
 * @param numeric per column, whether it holds numbers
 * @param rows rows of cells, each as long as {@code headers}
 */
public record HtmlTable(
    String id, List<String> headers, List<Boolean> numeric, List<List<String>> rows) {

  /**
   * Checks the shape and copies the lists.
   *
   * @throws IllegalArgumentException if a row or the numeric flags differ in length from headers
   */
  public HtmlTable {
    Objects.requireNonNull(id, "id");
    headers = List.copyOf(headers);
    numeric = List.copyOf(numeric);
    if (numeric.size() != headers.size()) {
      throw new IllegalArgumentException(
          "Cannot build table "
              + id
              + ": "
              + numeric.size()
              + " flags for "
              + headers.size()
              + " columns");
    }
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            "Cannot build table "
                + id
                + ": row "
                + row
                + " has "
                + row.size()
                + " cells for "
                + headers.size()
                + " columns");
      }
      // List.copyOf rejects nulls: a missing value must be spelled out by the caller.
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
  }

  /**
   * @return the table as HTML
   */
  public String toHtml() {
    StringBuilder out = new StringBuilder();
    // Wide tables (a sweep with many parameters) scroll instead of widening the page.
    out.append("<div class=\"scroll\"><table id=\"")
        .append(Html.escape(id))
        .append("\">\n<thead><tr>");
    for (int c = 0; c < headers.size(); c++) {
      out.append(numeric.get(c) ? "<th class=\"num\">" : "<th>")
          .append(Html.escape(headers.get(c)))
          .append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        out.append(numeric.get(c) ? "<td class=\"num\">" : "<td>")
            .append(Html.escape(row.get(c)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n");
    return out.toString();
  }
}
