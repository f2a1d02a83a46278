package io.verbo.report;

import java.util.Locale;

/**
 * Text and number formatting for the HTML reports: every piece of text that reaches a page goes
 * through {@link #escape}, every number through {@link #number} or {@link #integer}, so the output
 * is the same whatever the JVM's default locale. Stateless.
 */
public final class Html {
  /** How undefined numbers ({@code NaN}, missing values) are shown. */
  public static final String NOT_AVAILABLE = "n/a";

  private Html() {}

  /**
   * Escapes text for an HTML element body or a double-quoted attribute value.
   *
   * @param text any text; {@code null} is shown as the empty string
   * @return the text with {@code & < > " '} replaced by character references
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * @param value a number
   * @param decimals digits after the decimal point
   * @return the number with a dot as decimal separator and no grouping, or {@link #NOT_AVAILABLE}
   *     for {@code NaN}; infinities as {@code inf} / {@code -inf}
   */
  public static String number(double value, int decimals) {
    if (Double.isNaN(value)) {
      return NOT_AVAILABLE;
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /**
   * @param value a whole number stored as a double (counts in metric rows)
   * @return it without decimals, or {@link #NOT_AVAILABLE} for {@code NaN}
   */
  public static String integer(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return NOT_AVAILABLE;
    }
    return String.format(Locale.ROOT, "%d", Math.round(value));
  }
}
