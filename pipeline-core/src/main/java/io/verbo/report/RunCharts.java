package io.verbo.report;

import io.verbo.eval.ConfusionCell;
import io.verbo.eval.RocPoint;
import io.verbo.sentiment.EpochRecord;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a run report, built with XChart from plain report rows. A chart whose every value
 * is undefined is not drawn ({@link Optional#empty()}); the renderer says why instead. Stateless.
 */
final class RunCharts {
  private RunCharts() {}

  /**
   * @param curve the training curve
   * @return training and validation loss per epoch, if any loss is defined
   */
  static Optional<XYChart> loss(List<EpochRecord> curve) {
    XYChart chart = epochChart("Loss per epoch", "cross-entropy");
    boolean any = addEpochSeries(chart, "training loss", curve, EpochRecord::trainLoss);
    any |= addEpochSeries(chart, "validation loss", curve, EpochRecord::valLoss);
    return any ? Optional.of(chart) : Optional.empty();
  }

  /**
   * @param curve the training curve
   * @return validation accuracy, macro F1 and AUC per epoch, if any is defined
   */
  static Optional<XYChart> validationMetrics(List<EpochRecord> curve) {
    XYChart chart = epochChart("Validation metrics per epoch", "value");
    boolean any = addEpochSeries(chart, "accuracy", curve, EpochRecord::valAccuracy);
    any |= addEpochSeries(chart, "macro F1", curve, EpochRecord::valMacroF1);
    any |= addEpochSeries(chart, "AUC", curve, EpochRecord::valAuc);
    return any ? Optional.of(chart) : Optional.empty();
  }

  /**
   * @param split the split the cells belong to
   * @param cells its k x k confusion cells, true class by true class
   * @return a heat map with predicted classes across and true classes down (first class on top),
   *     each cell labelled with its count
   * @throws IllegalArgumentException if the cells are not a full k x k matrix
   */
  static HeatMapChart confusion(String split, List<ConfusionCell> cells) {
    List<String> labels = cells.stream().map(ConfusionCell::trueClass).distinct().toList();
    int k = labels.size();
    if (k == 0 || cells.size() != k * k) {
      throw new IllegalArgumentException(
          "Cannot draw confusion matrix of "
              + split
              + ": "
              + cells.size()
              + " cells for "
              + k
              + " classes");
    }
    List<String> down = new ArrayList<>(labels);
    java.util.Collections.reverse(down);
    List<Number[]> heat = new ArrayList<>(cells.size());
    for (ConfusionCell c : cells) {
      int x = labels.indexOf(c.predictedClass());
      int y = k - 1 - labels.indexOf(c.trueClass());
      if (x < 0) {
        throw new IllegalArgumentException(
            "Cannot draw confusion matrix of " + split + ": unknown class " + c.predictedClass());
      }
      heat.add(new Number[] {x, y, c.count()});
    }
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title("Confusion matrix (" + split + ")")
            .xAxisTitle("predicted class")
            .yAxisTitle("true class")
            .build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setShowValue(true);
    chart.getStyler().setHeatMapDecimalValueFormatter(v -> String.format(Locale.ROOT, "%.0f", v));
    // Light to medium blue: the dark count labels stay readable on the fullest cell.
    chart.getStyler().setRangeColors(new Color[] {new Color(0xF7FBFF), new Color(0x6BAED6)});
    chart.getStyler().setValueFontColor(Color.BLACK);
    chart.addSeries("examples", labels, down, heat);
    return chart;
  }

  /**
   * @param split the split
   * @param points its ROC points in curve order
   * @param auc its AUC from the metric rows ({@code NaN} if absent)
   * @return the curve against the chance diagonal
   */
  static XYChart roc(String split, List<RocPoint> points, double auc) {
    XYChart chart =
        new XYChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title("ROC curve (" + split + ")")
            .xAxisTitle("false positive rate")
            .yAxisTitle("true positive rate")
            .build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
    XYSeries curve =
        chart.addSeries(
            "ROC, AUC " + Html.number(auc, 4),
            points.stream().map(RocPoint::fpr).toList(),
            points.stream().map(RocPoint::tpr).toList());
    curve.setMarker(SeriesMarkers.NONE);
    XYSeries chance = chart.addSeries("chance", new double[] {0, 1}, new double[] {0, 1});
    chance.setMarker(SeriesMarkers.NONE);
    chance.setLineColor(Color.GRAY);
    return chart;
  }

  private static XYChart epochChart(String title, String yTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title(title)
            .xAxisTitle("epoch")
            .yAxisTitle(yTitle)
            .build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setXAxisDecimalPattern("0");
    chart.getStyler().setYAxisDecimalPattern("0.###");
    return chart;
  }

  /** Adds the defined (non-NaN) values of one curve column; returns whether any was. */
  private static boolean addEpochSeries(
      XYChart chart, String name, List<EpochRecord> curve, ToDoubleFunction<EpochRecord> value) {
    List<Integer> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (EpochRecord r : curve) {
      double v = value.applyAsDouble(r);
      if (!Double.isNaN(v) && !Double.isInfinite(v)) {
        x.add(r.epoch());
        y.add(v);
      }
    }
    if (x.isEmpty()) {
      return false;
    }
    chart.addSeries(name, x, y);
    return true;
  }
}
