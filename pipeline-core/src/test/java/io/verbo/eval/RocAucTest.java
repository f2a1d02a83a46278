package io.verbo.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RocAucTest {
  @Test
  void perfectAndReversedRankings() {
    boolean[] pos = {false, false, true, true};
    assertThat(RocAuc.auc(new double[] {0.1, 0.2, 0.8, 0.9}, pos)).as("perfect").isEqualTo(1.0);
    assertThat(RocAuc.auc(new double[] {0.9, 0.8, 0.2, 0.1}, pos)).as("reversed").isEqualTo(0.0);
  }

  /**
   * By hand: positives score 0.8, 0.4, 0.4; negatives 0.4, 0.1. Pairs (pos, neg): (0.8,0.4) 1,
   * (0.8,0.1) 1, (0.4,0.4) 1/2, (0.4,0.1) 1, (0.4,0.4) 1/2, (0.4,0.1) 1 -> 5 of 6 pairs.
   */
  @Test
  void tiesCountHalf() {
    double auc =
        RocAuc.auc(
            new double[] {0.8, 0.4, 0.4, 0.4, 0.1}, new boolean[] {true, true, true, false, false});
    assertThat(auc).as("Mann-Whitney with ties").isCloseTo(5.0 / 6, within(1e-12));
  }

  @Test
  void allScoresTiedIsOneHalf() {
    assertThat(RocAuc.auc(new double[] {0.5, 0.5, 0.5}, new boolean[] {true, false, true}))
        .as("no information")
        .isCloseTo(0.5, within(1e-12));
  }

  /** scikit-learn: roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75. */
  @Test
  void matchesScikitLearnDocExample() {
    assertThat(
            RocAuc.auc(
                new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}))
        .as("sklearn example")
        .isCloseTo(0.75, within(1e-12));
  }

  @Test
  void undefinedWithOneClassAndRejectsBadInput() {
    assertThat(RocAuc.auc(new double[] {0.1, 0.2}, new boolean[] {true, true}))
        .as("no negatives")
        .isNaN();
    assertThatThrownBy(() -> RocAuc.auc(new double[] {0.1}, new boolean[] {true, false}))
        .as("length mismatch")
        .hasMessageContaining("1 scores but 2 labels");
    assertThatThrownBy(
            () -> RocAuc.auc(new double[] {Double.NaN, 0.1}, new boolean[] {true, false}))
        .as("NaN score")
        .hasMessageContaining("NaN");
  }
}
