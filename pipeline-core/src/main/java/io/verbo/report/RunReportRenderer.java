package io.verbo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbo.eval.ConfusionCell;
import io.verbo.eval.MetricRow;
import io.verbo.eval.RocPoint;
import io.verbo.sentiment.EpochRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link RunReportData} as one self-contained HTML page: summary, metric tables (overall
 * per split, per class per split), training curves, confusion heat maps, ROC curves of binary
 * models, the configuration and the provenance. Pure: same data, same page. Stateless.
 */
public final class RunReportRenderer {
  /** Overall metrics in display order; others found in the rows follow in their own order. */
  private static final List<String> OVERALL_ORDER =
      List.of(
          MetricRow.COUNT,
          MetricRow.ACCURACY,
          MetricRow.MACRO_PRECISION,
          MetricRow.MACRO_RECALL,
          MetricRow.MACRO_F1,
          MetricRow.AUC,
          MetricRow.LOG_LOSS);

  private static final List<String> CLASS_METRICS =
      List.of(MetricRow.PRECISION, MetricRow.RECALL, MetricRow.F1, MetricRow.SUPPORT);

  private RunReportRenderer() {}

  /**
   * @param data the report's content
   * @return the HTML page
   */
  public static String render(RunReportData data) {
    HtmlPage page = new HtmlPage("Sentiment run " + data.runId());
    summary(page, data);
    page.section("Metrics");
    page.table(overallTable(data));
    page.table(classTable(data));
    curves(page, data.curve());
    confusion(page, data.confusion());
    roc(page, data);
    page.section("Configuration");
    page.table(
        keyValueTable("configuration", JsonFlattener.flatten(data.metadata().get("config"))));
    page.section("Provenance");
    page.table(keyValueTable("provenance", provenance(data.metadata())));
    return page.render();
  }

  /**
   * @param data the report's content
   * @return one row per overall metric, one value column per split ({@code n/a} where absent)
   */
  static HtmlTable overallTable(RunReportData data) {
    List<String> splits = data.splits();
    Map<String, Map<String, Double>> byMetric = new LinkedHashMap<>();
    for (String m : OVERALL_ORDER) {
      byMetric.put(m, new LinkedHashMap<>());
    }
    for (MetricRow r : data.metrics()) {
      if (r.className() == null) {
        byMetric.computeIfAbsent(r.metric(), m -> new LinkedHashMap<>()).put(r.split(), r.value());
      }
    }
    List<List<String>> rows = new ArrayList<>();
    byMetric.forEach(
        (metric, values) -> {
          if (!values.isEmpty()) {
            List<String> row = new ArrayList<>();
            row.add(metric);
            splits.forEach(s -> row.add(format(metric, values.getOrDefault(s, Double.NaN))));
            rows.add(row);
          }
        });
    List<String> headers = new ArrayList<>();
    headers.add("metric");
    headers.addAll(splits);
    return new HtmlTable("overall-metrics", headers, numericAfterFirst(headers.size(), 1), rows);
  }

  /**
   * @param data the report's content
   * @return one row per (split, class) with precision, recall, F1 and support
   */
  static HtmlTable classTable(RunReportData data) {
    Map<List<String>, Map<String, Double>> byClass = new LinkedHashMap<>();
    for (MetricRow r : data.metrics()) {
      if (r.className() != null) {
        byClass
            .computeIfAbsent(List.of(r.split(), r.className()), k -> new LinkedHashMap<>())
            .put(r.metric(), r.value());
      }
    }
    List<List<String>> rows = new ArrayList<>();
    byClass.forEach(
        (key, values) -> {
          List<String> row = new ArrayList<>(key);
          CLASS_METRICS.forEach(m -> row.add(format(m, values.getOrDefault(m, Double.NaN))));
          rows.add(row);
        });
    List<String> headers = new ArrayList<>(List.of("split", "class"));
    headers.addAll(CLASS_METRICS);
    return new HtmlTable("class-metrics", headers, numericAfterFirst(headers.size(), 2), rows);
  }

  /**
   * @param metric a metric name
   * @param value its value
   * @return counts without decimals, everything else with four
   */
  static String format(String metric, double value) {
    return metric.equals(MetricRow.COUNT) || metric.equals(MetricRow.SUPPORT)
        ? Html.integer(value)
        : Html.number(value, 4);
  }

  private static void summary(HtmlPage page, RunReportData data) {
    JsonNode m = data.metadata();
    JsonNode counts = m.path("counts");
    page.paragraph(
        "Artifact "
            + m.path("artifact").asText("?")
            + ", written "
            + m.path("created_at").asText("?")
            + "; "
            + data.curve().size()
            + " epochs recorded"
            + (counts.has("best_epoch") ? ", best epoch " + counts.get("best_epoch").asText() : "")
            + ".");
  }

  private static void curves(HtmlPage page, List<EpochRecord> curve) {
    page.section("Training curves");
    var loss = RunCharts.loss(curve);
    var val = RunCharts.validationMetrics(curve);
    loss.ifPresent(c -> page.chart(ChartImage.of("chart-loss", "Loss per epoch", c)));
    val.ifPresent(
        c -> page.chart(ChartImage.of("chart-validation", "Validation metrics per epoch", c)));
    if (loss.isEmpty() && val.isEmpty()) {
      page.note("No epoch has a defined loss or validation metric, so there is no curve to draw.");
    }
  }

  private static void confusion(HtmlPage page, List<ConfusionCell> cells) {
    page.section("Confusion matrices");
    Map<String, List<ConfusionCell>> bySplit = new LinkedHashMap<>();
    cells.forEach(c -> bySplit.computeIfAbsent(c.split(), s -> new ArrayList<>()).add(c));
    if (bySplit.isEmpty()) {
      page.note("No split had labelled examples, so there is no confusion matrix.");
    }
    bySplit.forEach(
        (split, splitCells) ->
            page.chart(
                ChartImage.of(
                    "chart-confusion-" + split,
                    "Confusion matrix (" + split + "): rows true class, columns predicted class",
                    RunCharts.confusion(split, splitCells))));
  }

  private static void roc(HtmlPage page, RunReportData data) {
    page.section("ROC curves");
    Map<String, List<RocPoint>> bySplit = new LinkedHashMap<>();
    data.roc().forEach(p -> bySplit.computeIfAbsent(p.split(), s -> new ArrayList<>()).add(p));
    if (bySplit.isEmpty()) {
      page.note(
          "No ROC points in this report: ROC curves are drawn for binary models whose report has"
              + " a roc/ dataset with both classes present.");
    }
    bySplit.forEach(
        (split, points) -> {
          double auc =
              data.metrics().stream()
                  .filter(
                      r ->
                          r.split().equals(split)
                              && r.className() == null
                              && r.metric().equals(MetricRow.AUC))
                  .mapToDouble(MetricRow::value)
                  .findFirst()
                  .orElse(Double.NaN);
          page.chart(
              ChartImage.of(
                  "chart-roc-" + split,
                  "ROC curve (" + split + "), AUC " + Html.number(auc, 4),
                  RunCharts.roc(split, points, auc)));
        });
  }

  /** Everything in {@code _metadata.json} but the configuration, which has its own table. */
  private static Map<String, String> provenance(JsonNode metadata) {
    JsonNode rest = metadata.deepCopy();
    if (rest instanceof ObjectNode o) {
      o.remove("config");
    }
    return JsonFlattener.flatten(rest);
  }

  /**
   * @param id the table id
   * @param entries keys and values
   * @return a two-column table, one row per entry in map order
   */
  static HtmlTable keyValueTable(String id, Map<String, String> entries) {
    List<List<String>> rows = new ArrayList<>();
    entries.forEach((k, v) -> rows.add(List.of(k, v)));
    return new HtmlTable(id, List.of("key", "value"), List.of(false, false), rows);
  }

  private static List<Boolean> numericAfterFirst(int columns, int textColumns) {
    List<Boolean> flags = new ArrayList<>(columns);
    for (int c = 0; c < columns; c++) {
      flags.add(c >= textColumns);
    }
    return flags;
  }
}
