package io.verbo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbo.eval.ConfusionCell;
import io.verbo.eval.MetricRow;
import io.verbo.sentiment.EpochRecord;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RunReportRendererTest {
  private static final List<String> BINARY = List.of(ReportFixtures.NASTY_LABEL, "pos");

  /** Two metric rows per split with known values, nothing else. */
  private static RunReportData small() {
    List<MetricRow> metrics =
        List.of(
            new MetricRow("r", "sentiment", "validation", null, MetricRow.COUNT, 120),
            new MetricRow("r", "sentiment", "validation", null, MetricRow.ACCURACY, 0.75),
            new MetricRow("r", "sentiment", "validation", "neg", MetricRow.F1, 0.5),
            new MetricRow("r", "sentiment", "validation", "neg", MetricRow.SUPPORT, 60),
            new MetricRow("r", "sentiment", "test", null, MetricRow.ACCURACY, 2.0 / 3));
    List<ConfusionCell> cells =
        List.of(
            new ConfusionCell("r", "sentiment", "validation", "neg", "neg", 3),
            new ConfusionCell("r", "sentiment", "validation", "neg", "pos", 1),
            new ConfusionCell("r", "sentiment", "validation", "pos", "neg", 2),
            new ConfusionCell("r", "sentiment", "validation", "pos", "pos", 4));
    List<EpochRecord> curve =
        List.of(
            new EpochRecord(
                "r",
                1,
                "train",
                1e-3,
                0.7,
                10,
                1,
                10,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                true));
    return new RunReportData(
        "r", new ObjectMapper().createObjectNode(), metrics, cells, curve, List.of());
  }

  @Test
  void overallTableHasOneColumnPerSplit() {
    HtmlTable t = RunReportRenderer.overallTable(small());
    assertThat(t.headers())
        .as("metric, then splits in order")
        .containsExactly("metric", "validation", "test");
    assertThat(t.rows())
        .as("count without decimals, values with four, n/a where a split lacks the metric")
        .containsExactly(
            List.of("count", "120", Html.NOT_AVAILABLE), List.of("accuracy", "0.7500", "0.6667"));
  }

  @Test
  void classTableHasOneRowPerSplitAndClass() {
    HtmlTable t = RunReportRenderer.classTable(small());
    assertThat(t.headers())
        .containsExactly("split", "class", "precision", "recall", "f1", "support");
    assertThat(t.rows())
        .as("missing per-class metrics are n/a; support is a count")
        .containsExactly(List.of("validation", "neg", "n/a", "n/a", "0.5000", "60"));
  }

  @Test
  void fullReportEscapesTextAndDrawsEveryChart() {
    String html = RunReportRenderer.render(ReportFixtures.runData("run-<1>", BINARY));
    assertThat(html)
        .as("label, run id and configuration text are escaped")
        .contains("neg&lt;script&gt;&amp;&quot;")
        .contains("Sentiment run run-&lt;1&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script>&")
        .doesNotContain("<img src=x");
    assertThat(html)
        .as("configuration flattened to dotted keys")
        .contains("<td>training.epochs</td><td>4</td>")
        .contains("<td>labels</td><td>[neg, pos]</td>");
    assertThat(count(html, "<img class=\"chart\""))
        .as("loss, validation metrics, 2 confusion matrices, 2 ROC curves")
        .isEqualTo(6);
    assertThat(html)
        .contains("id=\"chart-roc-test\"")
        .contains("id=\"chart-confusion-validation\"");
  }

  @Test
  void multiClassReportHasNoRocChartAndSaysWhy() {
    String html =
        RunReportRenderer.render(ReportFixtures.runData("r3", List.of("neg", "neu", "pos")));
    assertThat(count(html, "<img class=\"chart\""))
        .as("loss, validation metrics (no AUC series), 2 confusion matrices")
        .isEqualTo(4);
    assertThat(html).contains("ROC curves are drawn for binary models");
  }

  @Test
  void renderingDoesNotDependOnTheDefaultLocale() {
    RunReportData data = ReportFixtures.runData("r", BINARY);
    Locale saved = Locale.getDefault();
    String german;
    try {
      Locale.setDefault(Locale.GERMANY);
      german = RunReportRenderer.render(data);
    } finally {
      Locale.setDefault(saved);
    }
    String root = RunReportRenderer.render(data);
    assertThat(stripImages(german))
        .as("same text under a German default locale")
        .isEqualTo(stripImages(root))
        .containsPattern("<td class=\"num\">0\\.\\d{4}</td>");
  }

  private static String stripImages(String html) {
    return html.replaceAll("base64,[A-Za-z0-9+/=]+", "base64,")
        .replaceAll("written [^;]+;", "written;");
  }

  static int count(String html, String needle) {
    return (int) Pattern.compile(Pattern.quote(needle)).matcher(html).results().count();
  }
}
