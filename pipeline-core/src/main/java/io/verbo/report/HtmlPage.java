package io.verbo.report;

import java.util.Objects;

/**
 * Builds one self-contained HTML page: inline CSS, charts as {@code data:} images, one inline
 * script and nothing fetched. A Content-Security-Policy forbids every other source, so a page that
 * tried to load anything from outside would show a console error instead of a silent dependency.
 *
 * <p>The inline script runs on {@code load} and sets {@code data-charts-rendered="N/M"} on the
 * {@code <html>} element: N of the M chart images decoded to a non-empty picture. The browser test
 * reads it; a reader never sees it.
 *
 * <p>Mutable builder, not thread-safe; methods return {@code this}.
 */
public final class HtmlPage {
  /** Attribute the check script sets on the root element. */
  public static final String RENDERED_ATTRIBUTE = "data-charts-rendered";

  private static final String CSP =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

  private static final String CSS =
      """
      body{font-family:sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
      h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}
      table{border-collapse:collapse;margin:0.5em 0 1em}th,td{border:1px solid #ccc;\
      padding:0.25em 0.6em;text-align:left;vertical-align:top}th{background:#f3f3f3}
      .num{text-align:right;font-variant-numeric:tabular-nums}
      figure{display:inline-block;margin:0.5em 1em 1em 0}figcaption{font-size:0.9em;color:#555}
      img.chart{max-width:100%;border:1px solid #eee}.note{color:#555}
      .scroll{overflow-x:auto}td{white-space:pre-wrap}
      """;

  private static final String CHECK_SCRIPT =
      """
      window.addEventListener('load', function () {
        var imgs = document.querySelectorAll('img.chart');
        var ok = 0;
        imgs.forEach(function (img) { if (img.complete && img.naturalWidth > 0) { ok++; } });
        document.documentElement.setAttribute('data-charts-rendered', ok + '/' + imgs.length);
      });
      """;

  private final String title;
  private final StringBuilder body = new StringBuilder();

  /**
   * @param title the page title (also the first heading)
   */
  public HtmlPage(String title) {
    this.title = Objects.requireNonNull(title, "title");
  }

  /**
   * @param text a section heading
   * @return this
   */
  public HtmlPage section(String text) {
    body.append("<h2>").append(Html.escape(text)).append("</h2>\n");
    return this;
  }

  /**
   * @param text a paragraph of plain text
   * @return this
   */
  public HtmlPage paragraph(String text) {
    body.append("<p>").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /**
   * @param text an explanatory note (why something is absent, how to read a chart)
   * @return this
   */
  public HtmlPage note(String text) {
    body.append("<p class=\"note\">").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /**
   * @param table a table
   * @return this
   */
  public HtmlPage table(HtmlTable table) {
    body.append(table.toHtml());
    return this;
  }

  /**
   * @param chart a chart image
   * @return this
   */
  public HtmlPage chart(ChartImage chart) {
    body.append(chart.toHtml());
    return this;
  }

  /**
   * @return the complete page
   */
  public String render() {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + CSP
        + "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + Html.escape(title)
        + "</title>\n<style>\n"
        + CSS
        + "</style>\n<script>\n"
        + CHECK_SCRIPT
        + "</script>\n</head>\n<body>\n<h1>"
        + Html.escape(title)
        + "</h1>\n"
        + body
        + "</body>\n</html>\n";
  }
}
