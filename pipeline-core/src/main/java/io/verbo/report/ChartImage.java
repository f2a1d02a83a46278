package io.verbo.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * An XChart chart drawn to PNG and embedded in a page as a {@code data:} URI, so the report needs
 * no file beside it and no network. Drawing uses Java2D off-screen (no display needed). Immutable.
 *
 * @param id the {@code id} of the {@code <img>}
 * @param title what the chart shows (the {@code alt} text and caption)
 * @param pngBase64 the PNG, Base64-encoded
 */
public record ChartImage(String id, String title, String pngBase64) {
  /** CSS class every chart image carries; the page's check script counts these. */
  public static final String CSS_CLASS = "chart";

  /**
   * @param id the image id
   * @param title the caption
   * @param chart the chart
   * @return the chart drawn as PNG
   * @throws UncheckedIOException if encoding fails
   */
  public static ChartImage of(String id, String title, Chart<?, ?> chart) {
    try {
      byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
      return new ChartImage(id, title, Base64.getEncoder().encodeToString(png));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw chart " + id, e);
    }
  }

  /**
   * @return a {@code <figure>} with the image and its caption
   */
  public String toHtml() {
    return String.format(
        Locale.ROOT,
        "<figure><img class=\"%s\" id=\"%s\" alt=\"%s\" src=\"data:image/png;base64,%s\">"
            + "<figcaption>%s</figcaption></figure>%n",
        CSS_CLASS,
        Html.escape(id),
        Html.escape(title),
        pngBase64,
        Html.escape(title));
  }
}
