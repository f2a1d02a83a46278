package io.verbo.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {
  @Test
  void foldsAreStratifiedBalancedAndOrderIndependent() {
    List<String> ids = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    String[] classes = {"neg", "neu", "pos"};
    int[] sizes = {101, 37, 262};
    for (int c = 0; c < classes.length; c++) {
      for (int i = 0; i < sizes[c]; i++) {
        ids.add(classes[c] + "-" + i);
        labels.add(classes[c]);
      }
    }
    int k = 5;
    int[] folds = StratifiedFolds.assign(ids, labels, k, 11);
    Map<String, int[]> perClass = new HashMap<>();
    int[] totals = new int[k];
    for (int i = 0; i < ids.size(); i++) {
      assertThat(folds[i]).isBetween(0, k - 1);
      perClass.computeIfAbsent(labels.get(i), c -> new int[k])[folds[i]]++;
      totals[folds[i]]++;
    }
    for (Map.Entry<String, int[]> e : perClass.entrySet()) {
      int[] counts = e.getValue();
      assertThat(max(counts) - min(counts)).as("class %s spread evenly", e.getKey()).isLessThanOrEqualTo(1);
    }
    assertThat(max(totals) - min(totals)).as("fold totals balanced").isLessThanOrEqualTo(1);

    // Shuffled input gives each document the same fold.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(3));
    List<String> ids2 = order.stream().map(ids::get).toList();
    List<String> labels2 = order.stream().map(labels::get).toList();
    int[] folds2 = StratifiedFolds.assign(ids2, labels2, k, 11);
    for (int j = 0; j < order.size(); j++) {
      assertThat(folds2[j]).as("fold of %s", ids2.get(j)).isEqualTo(folds[order.get(j)]);
    }
    int moved = 0;
    int[] other = StratifiedFolds.assign(ids, labels, k, 12);
    for (int i = 0; i < folds.length; i++) {
      moved += folds[i] != other[i] ? 1 : 0;
    }
    assertThat(moved).as("another seed deals differently").isGreaterThan(ids.size() / 2);
  }

  @Test
  void invalidArguments() {
    assertThatThrownBy(() -> StratifiedFolds.assign(List.of("a"), List.of("x"), 1, 0)).hasMessageContaining("k must be >= 2");
    assertThatThrownBy(() -> StratifiedFolds.assign(List.of("a"), List.of(), 2, 0)).hasMessageContaining("differ in size");
  }

  private static int max(int[] a) {
    return java.util.Arrays.stream(a).max().orElseThrow();
  }

  private static int min(int[] a) {
    return java.util.Arrays.stream(a).min().orElseThrow();
  }
}
