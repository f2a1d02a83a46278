package io.verbo.tune;

import io.verbo.corpus.StableHash;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * Stratified k-fold assignment: within each class, documents are ordered by a stable hash of their
 * id and the seed, and dealt to folds in turn. Folds are disjoint, every document has exactly one,
 * each class is spread over the folds with sizes differing by at most one (and so are the folds'
 * totals), and the assignment
 * depends only on (ids, labels, k, seed), not on input order. Stateless.
 */
public final class StratifiedFolds {
  private StratifiedFolds() {}

  /**
   * @param ids document ids (distinct)
   * @param labels their labels, same order
   * @param k number of folds, at least 2
   * @param seed the seed
   * @return the fold (0..k-1) of each document, same order as {@code ids}
   * @throws IllegalArgumentException for k < 2 or lists of different sizes
   */
  public static int[] assign(List<String> ids, List<String> labels, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("Cannot make " + k + " folds: k must be >= 2");
    }
    if (ids.size() != labels.size()) {
      throw new IllegalArgumentException("ids and labels differ in size: " + ids.size() + " vs " + labels.size());
    }
    Map<String, List<Integer>> byClass = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byClass.computeIfAbsent(labels.get(i), c -> new ArrayList<>()).add(i);
    }
    int[] folds = new int[ids.size()];
    // Each class starts dealing where the previous one stopped, so remainders do not all land in
    // fold 0 and the folds' total sizes also differ by at most one.
    int offset = 0;
    for (List<Integer> members : byClass.values()) {
      members.sort(
          Comparator.<Integer>comparingDouble(i -> StableHash.unit(ids.get(i), seed))
              .thenComparing(ids::get));
      for (int rank = 0; rank < members.size(); rank++) {
        folds[members.get(rank)] = (rank + offset) % k;
      }
      offset = (offset + members.size()) % k;
    }
    return folds;
  }
}
