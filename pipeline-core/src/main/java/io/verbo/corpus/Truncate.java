package io.verbo.corpus;

/** Shortens raw content for the rejects dataset without splitting a surrogate pair. */
final class Truncate {
  private Truncate() {}

  static String chars(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…[" + (s.length() - end) + " more chars]";
  }
}
