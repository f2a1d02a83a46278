package io.verbo.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a sweep report: the objective (mean over folds per trial) against each parameter.
 * Numeric parameters get a scatter plot, on a logarithmic axis when all values are positive and
 * span at least two decades (learning rates); text parameters get one bar per value with the mean
 * over its trials, an error bar of one standard deviation across those trials, and a bar for the
 * best trial. Trials without an objective are left out. Stateless.
 */
final class SweepCharts {
  private SweepCharts() {}

  /**
   * @param parameter a numeric parameter
   * @param ranked the trials, best first
   * @param metric the objective's name
   * @return the scatter, if any trial with an objective has a value for the parameter
   */
  static Optional<XYChart> numeric(
      SweepParameter parameter, List<TrialSummary> ranked, String metric) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    TrialSummary best = null;
    for (TrialSummary t : ranked) {
      if (!Double.isNaN(t.mean())
          && t.values().get(parameter.name()) instanceof Double v
          && !v.isNaN()) {
        x.add(v);
        y.add(t.mean());
        best = best == null ? t : best;
      }
    }
    if (x.isEmpty()) {
      return Optional.empty();
    }
    XYChart chart =
        new XYChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title(metric + " against " + parameter.name())
            .xAxisTitle(parameter.name())
            .yAxisTitle(metric + " (mean over folds)")
            .build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setYAxisDecimalPattern("0.####");
    double min = x.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = x.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    if (min > 0 && max / min >= 100) {
      chart.getStyler().setXAxisLogarithmic(true);
    }
    XYSeries trials = chart.addSeries("trial", x, y);
    trials.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    trials.setMarker(SeriesMarkers.CIRCLE);
    XYSeries top =
        chart.addSeries(
            "best trial (#" + best.trialId() + ")",
            List.of((Double) best.values().get(parameter.name())),
            List.of(best.mean()));
    top.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    top.setMarker(SeriesMarkers.DIAMOND);
    return Optional.of(chart);
  }

  /**
   * @param parameter a text parameter
   * @param ranked the trials, best first
   * @param metric the objective's name
   * @return the bars, if any trial has an objective
   */
  static Optional<CategoryChart> categorical(
      SweepParameter parameter, List<TrialSummary> ranked, String metric) {
    Map<String, List<Double>> byValue = new LinkedHashMap<>();
    for (TrialSummary t : ranked) {
      if (!Double.isNaN(t.mean())) {
        byValue
            .computeIfAbsent(
                String.valueOf(t.values().get(parameter.name())), v -> new ArrayList<>())
            .add(t.mean());
      }
    }
    if (byValue.isEmpty()) {
      return Optional.empty();
    }
    List<String> categories = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Double> stds = new ArrayList<>();
    List<Double> bests = new ArrayList<>();
    byValue.forEach(
        (value, objectives) -> {
          double mean =
              objectives.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
          double sq = objectives.stream().mapToDouble(o -> (o - mean) * (o - mean)).sum();
          categories.add(value + " (n=" + objectives.size() + ")");
          means.add(mean);
          stds.add(objectives.size() < 2 ? 0.0 : Math.sqrt(sq / (objectives.size() - 1)));
          // ranked is best first, so the first objective of each value is its best trial's
          bests.add(objectives.get(0));
        });
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title(metric + " by " + parameter.name())
            .xAxisTitle(parameter.name())
            .yAxisTitle(metric + " (mean over folds)")
            .build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setYAxisDecimalPattern("0.####");
    chart.addSeries("mean over trials (± 1 std)", categories, means, stds);
    chart.addSeries("best trial", categories, bests);
    return Optional.of(chart);
  }
}
