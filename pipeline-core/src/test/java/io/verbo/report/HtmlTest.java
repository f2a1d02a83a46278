package io.verbo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesMarkupAndQuotes() {
    assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
        .as("all five special characters")
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    assertThat(Html.escape("año — 😀")).as("non-ASCII text passes through").isEqualTo("año — 😀");
    assertThat(Html.escape(null)).as("null is empty").isEmpty();
  }

  @Test
  void numbersIgnoreTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Html.number(0.5, 4)).as("dot, not comma").isEqualTo("0.5000");
      assertThat(Html.number(12345.678, 1)).as("no grouping").isEqualTo("12345.7");
      assertThat(Html.integer(1234567.0)).as("no grouping").isEqualTo("1234567");
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(Html.number(Double.NaN, 2)).isEqualTo(Html.NOT_AVAILABLE);
    assertThat(Html.number(Double.POSITIVE_INFINITY, 2)).isEqualTo("inf");
    assertThat(Html.integer(Double.NaN)).isEqualTo(Html.NOT_AVAILABLE);
  }

  @Test
  void tablesEscapeEveryCellAndCheckTheirShape() {
    HtmlTable t =
        new HtmlTable(
            "t", List.of("name", "value"), List.of(false, true), List.of(List.of("<b>", "1.5")));
    assertThat(t.toHtml())
        .as("header, escaped cell, numeric cell class")
        .contains("<th>name</th><th class=\"num\">value</th>")
        .contains("<td>&lt;b&gt;</td><td class=\"num\">1.5</td>")
        .doesNotContain("<b>");
    assertThatThrownBy(
            () ->
                new HtmlTable("t", List.of("a", "b"), List.of(false, false), List.of(List.of("x"))))
        .as("short row")
        .hasMessageContaining("1 cells for 2 columns");
  }

  @Test
  void pageIsSelfContained() {
    String html = new HtmlPage("A <title>").paragraph("x & y").render();
    assertThat(html)
        .as("escaped title, CSP that forbids outside sources, check script, no URL")
        .contains("<title>A &lt;title&gt;</title>")
        .contains("default-src 'none'")
        .contains(HtmlPage.RENDERED_ATTRIBUTE)
        .contains("<p>x &amp; y</p>")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("<link");
  }
}
