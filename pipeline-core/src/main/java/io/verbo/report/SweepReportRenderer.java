package io.verbo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders a {@link SweepReportData} as one self-contained HTML page: a summary (trials by status,
 * the best trial), the objective against each parameter, and the ranked trials table. Pure: same
 * data, same page. Stateless.
 */
public final class SweepReportRenderer {
  private SweepReportRenderer() {}

  /**
   * @param data the sweep's rows
   * @return the HTML page
   */
  public static String render(SweepReportData data) {
    String metric = data.metric();
    List<TrialSummary> ranked = TrialSummaries.rank(data.trials(), metric);
    HtmlPage page = new HtmlPage("Sweep " + data.sweepId());
    page.paragraph(summary(ranked, metric));
    page.section("Objective against each parameter");
    page.note(
        "Each point or bar uses a trial's mean "
            + metric
            + " over its folds; trials without an objective (failed) are not drawn.");
    int drawn = 0;
    for (SweepParameter p : data.parameters()) {
      String id = "chart-param-" + p.name();
      String title = metric + " against " + p.name();
      Optional<ChartImage> chart =
          p.numeric()
              ? SweepCharts.numeric(p, ranked, metric).map(c -> ChartImage.of(id, title, c))
              : SweepCharts.categorical(p, ranked, metric).map(c -> ChartImage.of(id, title, c));
      if (chart.isPresent()) {
        page.chart(chart.get());
        drawn++;
      }
    }
    if (drawn == 0) {
      page.note(
          data.parameters().isEmpty()
              ? "This sweep has no p_<name> parameter columns."
              : "No trial has an objective yet, so there is nothing to plot.");
    }
    page.section("Trials, best first");
    page.table(trialsTable(data.parameters(), ranked, metric));
    return page.render();
  }

  /**
   * @param parameters the searched parameters (one column each)
   * @param ranked trial summaries in rank order
   * @param metric the objective's name
   * @return the ranked trials table
   */
  static HtmlTable trialsTable(
      List<SweepParameter> parameters, List<TrialSummary> ranked, String metric) {
    List<String> headers = new ArrayList<>(List.of("rank", "trial", "status", "folds scored"));
    List<Boolean> numeric = new ArrayList<>(List.of(true, true, false, true));
    headers.add(metric + " mean");
    headers.add(metric + " std");
    numeric.add(true);
    numeric.add(true);
    for (SweepParameter p : parameters) {
      headers.add(p.name());
      numeric.add(p.numeric());
    }
    headers.addAll(List.of("epochs", "duration (s)", "seed", "error"));
    numeric.addAll(List.of(true, true, true, false));
    List<List<String>> rows = new ArrayList<>();
    int rank = 0;
    for (TrialSummary t : ranked) {
      rank++;
      List<String> row = new ArrayList<>();
      row.add(Double.isNaN(t.mean()) ? "-" : Integer.toString(rank));
      row.add(Integer.toString(t.trialId()));
      row.add(t.status());
      row.add(t.scoredFolds() + "/" + t.folds());
      row.add(Html.number(t.mean(), 4));
      row.add(Html.number(t.std(), 4));
      for (SweepParameter p : parameters) {
        row.add(value(t.values().get(p.name())));
      }
      row.add(Html.number(t.meanEpochs(), 1));
      row.add(Html.number(t.durationSeconds(), 1));
      row.add(Long.toString(t.seed()));
      row.add(String.join("\n", t.errors()));
      rows.add(row);
    }
    return new HtmlTable("trials", headers, numeric, rows);
  }

  /**
   * @param value a typed parameter value
   * @return numbers in the shortest form that round-trips ({@code 0.001}, {@code 64}), text as is
   */
  static String value(Object value) {
    if (value instanceof Double d) {
      if (d.isNaN()) {
        return Html.NOT_AVAILABLE;
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString(d.longValue());
      }
      // Double.toString is locale-independent and the shortest exact form.
      return Double.toString(d);
    }
    return value == null ? Html.NOT_AVAILABLE : value.toString();
  }

  private static String summary(List<TrialSummary> ranked, String metric) {
    Map<String, Integer> byStatus = new TreeMap<>();
    ranked.forEach(t -> byStatus.merge(t.status(), 1, Integer::sum));
    StringBuilder s = new StringBuilder();
    s.append(ranked.size()).append(" trials (");
    List<String> parts = new ArrayList<>();
    byStatus.forEach((k, v) -> parts.add(v + " " + k));
    s.append(String.join(", ", parts)).append("); objective ").append(metric);
    s.append(TrialSummaries.higherIsBetter(metric) ? " (higher is better)" : " (lower is better)");
    if (!ranked.isEmpty() && !Double.isNaN(ranked.get(0).mean())) {
      TrialSummary best = ranked.get(0);
      s.append("; best trial #")
          .append(best.trialId())
          .append(" with ")
          .append(Html.number(best.mean(), 4));
      if (!Double.isNaN(best.std())) {
        s.append(" ± ").append(Html.number(best.std(), 4));
      }
    }
    return s.append('.').toString();
  }
}
