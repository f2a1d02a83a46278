package io.verbo.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects the entries of a vector file for {@link VectorFileReader}, checking each one (number of
 * values, decimal syntax, finiteness, repeated tokens) and counting the bad ones in {@link
 * BadLines}. Not thread-safe; one instance per file.
 */
final class VectorTableBuilder {
  private final int dim;
  private final BadLines bad;
  private final List<String> tokens = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final float[] row;
  private float[] data = new float[1024];

  VectorTableBuilder(int dim, BadLines bad) {
    this.dim = dim;
    this.bad = bad;
    this.row = new float[dim];
  }

  /** Parses and adds one text line ({@code token v1 ... vD}), or counts why it is bad. */
  void addTextLine(long line, String text) {
    String[] f = VectorFileReader.split(text);
    if (f.length == 1 && f[0].isEmpty()) {
      bad.add(line, BadLines.EMPTY_LINE, "blank line");
      return;
    }
    if (f.length != dim + 1 || f[0].isEmpty()) {
      bad.add(line, BadLines.WRONG_DIMENSION, String.format(Locale.ROOT,
          "%d values for token '%s', expected %d", f.length - 1, f[0], dim));
      return;
    }
    for (int d = 0; d < dim; d++) {
      String v = f[d + 1];
      if (!isDecimal(v)) {
        String lower = v.toLowerCase(Locale.ROOT);
        boolean nonFinite = lower.matches("[+-]?(nan|inf|infinity)");
        bad.add(line, nonFinite ? BadLines.NON_FINITE : BadLines.NOT_A_NUMBER,
            String.format(Locale.ROOT, "value %d of token '%s' is '%s'", d + 1, f[0], v));
        return;
      }
      try {
        row[d] = Float.parseFloat(v);
      } catch (NumberFormatException e) {
        bad.add(line, BadLines.NOT_A_NUMBER, String.format(Locale.ROOT, "value %d of token '%s' is '%s'", d + 1, f[0], v));
        return;
      }
    }
    add(line, f[0], row);
  }

  /** Adds one entry (values are copied), or counts why it is bad. */
  void add(long line, String token, float[] values) {
    for (int d = 0; d < dim; d++) {
      if (!Float.isFinite(values[d])) {
        bad.add(line, BadLines.NON_FINITE, String.format(Locale.ROOT, "value %d of token '%s' is %s", d + 1, token, values[d]));
        return;
      }
    }
    if (!seen.add(token)) {
      bad.add(line, BadLines.DUPLICATE_TOKEN, "token '" + token + "' seen before; the first one is kept");
      return;
    }
    int n = tokens.size();
    if ((long) (n + 1) * dim > data.length) {
      long grow = Math.max((long) (n + 1) * dim, Math.min(Word2VecWeights.MAX_ELEMENTS, 2L * data.length));
      Word2VecWeights.checkSize(n + 1, dim);
      data = Arrays.copyOf(data, (int) grow);
    }
    System.arraycopy(values, 0, data, n * dim, dim);
    tokens.add(token);
  }

  /** @return the valid entries in file order, counts unknown (0) */
  WordVectors build() {
    return new WordVectors(tokens, new long[tokens.size()], Arrays.copyOf(data, tokens.size() * dim), dim);
  }

  private static boolean isDecimal(String v) {
    if (v.isEmpty()) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }
}
