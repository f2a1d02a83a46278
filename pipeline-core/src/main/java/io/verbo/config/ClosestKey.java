package io.verbo.config;

import java.util.Collection;
import java.util.Optional;

/** Finds the valid key closest to a mistyped one (Levenshtein distance on the full path). */
public final class ClosestKey {
  private ClosestKey() {}

  /**
   * @param typo the unknown key
   * @param candidates valid keys
   * @return the closest candidate, if one is close enough to be a plausible typo
   */
  static Optional<String> find(String typo, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(typo, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    // A suggestion that changes more than a third of the key is noise, not help.
    int budget = Math.max(3, typo.length() / 3);
    return best != null && bestDistance <= budget ? Optional.of(best) : Optional.empty();
  }

  /**
   * @param a a string
   * @param b another string
   * @return the Levenshtein (edit) distance between them
   */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
