package io.verbo.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Brute-force top-k cosine search over unit-normalised rows, single-precision dot products (as
 * gensim's numpy code); ties go to the lower row. Pure functions.
 */
final class CosineSearch {
  private CosineSearch() {}

  /**
   * @param u unit-normalised rows, row-major
   * @param dim vector size
   * @param tokens token of each row
   * @param query the query (need not be unit length; it only scales the reported similarity)
   * @param k how many
   * @param end rows below this are candidates
   * @param exclude rows never returned
   * @return the best rows, best first
   */
  static List<Neighbour> nearest(float[] u, int dim, List<String> tokens, float[] query, int k, int end, int[] exclude) {
    double qn = 0;
    for (float x : query) {
      qn += (double) x * x;
    }
    double inv = qn == 0 ? 0 : 1 / Math.sqrt(qn);
    int kk = Math.max(0, Math.min(k, end));
    float[] topScore = new float[kk];
    int[] topRow = new int[kk];
    int filled = 0;
    for (int r = 0; r < end && kk > 0; r++) {
      float s = CpuWord2VecKernel.dot(u, r * dim, query, 0, dim);
      if (filled == kk && s <= topScore[kk - 1]) {
        continue;
      }
      if (isExcluded(r, exclude)) {
        continue;
      }
      int pos = filled < kk ? filled++ : kk - 1;
      while (pos > 0 && topScore[pos - 1] < s) {
        topScore[pos] = topScore[pos - 1];
        topRow[pos] = topRow[pos - 1];
        pos--;
      }
      topScore[pos] = s;
      topRow[pos] = r;
    }
    List<Neighbour> out = new ArrayList<>(filled);
    for (int i = 0; i < filled; i++) {
      out.add(new Neighbour(tokens.get(topRow[i]), topRow[i], topScore[i] * inv));
    }
    return out;
  }

  private static boolean isExcluded(int r, int[] exclude) {
    for (int e : exclude) {
      if (e == r) {
        return true;
      }
    }
    return false;
  }
}
