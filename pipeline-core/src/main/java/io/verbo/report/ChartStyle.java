package io.verbo.report;

import java.awt.Color;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look every report chart shares: size, white background, legend outside the plot, and tick
 * labels formatted with {@link Locale#ROOT} (XChart otherwise uses the JVM's default locale, so a
 * German driver would print {@code 0,5}). Stateless.
 */
final class ChartStyle {
  /** Width of every chart, in pixels. */
  static final int WIDTH = 720;

  /** Height of every chart, in pixels. */
  static final int HEIGHT = 420;

  private ChartStyle() {}

  /**
   * @param styler a chart's styler
   * @param <S> its type
   * @return the styler, with the shared settings applied
   */
  static <S extends AxesChartStyler> S apply(S styler) {
    styler.setLocale(Locale.ROOT);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setMarkerSize(7);
    return styler;
  }
}
