package io.verbo.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python's {@code str} operations that gensim's evaluation relies on, so our parsing of the gold
 * files agrees with it character for character: {@code split()} on Unicode whitespace, {@code
 * upper()}, {@code strip()}, {@code lstrip(chars)} and {@code float()}. Pure functions.
 */
final class PyText {
  private PyText() {}

  /** Python's {@code str.isspace()} for one char: Java's whitespace plus the no-break spaces and NEL. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085';
  }

  /** {@code s.split()}: runs of whitespace separate, no empty fields. */
  static String[] split(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !isSpace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(s.substring(i, j));
      }
      i = j;
    }
    return out.toArray(new String[0]);
  }

  /** {@code s.upper()} (full Unicode case mapping, locale-independent). */
  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** {@code s.strip()}. */
  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** {@code s.lstrip(chars)}: drops leading characters that are any of {@code chars}. */
  static String lstrip(String s, String chars) {
    int a = 0;
    while (a < s.length() && chars.indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    return s.substring(a);
  }

  /** @return whether Python's {@code float()} reads {@code s} as NaN */
  static boolean isNanLiteral(String s) {
    return strip(s).toLowerCase(Locale.ROOT).matches("[+-]?nan");
  }

  /**
   * {@code float(s)} for decimal literals, inf and nan (underscores between digits allowed).
   *
   * @return the value, or NaN when Python would raise ValueError (check {@link #isNanLiteral})
   */
  static double parseFloat(String s) {
    String t = strip(s).toLowerCase(Locale.ROOT);
    if (t.matches("[+-]?(inf|infinity)")) {
      return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (!t.matches("[+-]?((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)(e[+-]?\\d(_?\\d)*)?")) {
      return Double.NaN;
    }
    return Double.parseDouble(t.replace("_", ""));
  }
}
