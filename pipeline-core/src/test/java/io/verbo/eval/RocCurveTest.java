package io.verbo.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RocCurveTest {
  /**
   * By hand: scores 0.9 (pos), 0.8 (neg), 0.4 (pos), 0.4 (neg), 0.1 (neg); 2 positives, 3
   * negatives. Thresholds inf, 0.9, 0.8, 0.4 (both tied examples at once), 0.1.
   */
  @Test
  void pointsPerDistinctThreshold() {
    List<RocCurve.Point> points =
        RocCurve.points(
            new double[] {0.9, 0.8, 0.4, 0.4, 0.1},
            new boolean[] {true, false, true, false, false});
    assertThat(points)
        .as("one point per distinct score, ties together")
        .containsExactly(
            new RocCurve.Point(Double.POSITIVE_INFINITY, 0, 0),
            new RocCurve.Point(0.9, 0, 0.5),
            new RocCurve.Point(0.8, 1.0 / 3, 0.5),
            new RocCurve.Point(0.4, 2.0 / 3, 1),
            new RocCurve.Point(0.1, 1, 1));
  }

  @Test
  void areaEqualsMannWhitneyAuc() {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 2_000;
    double[] scores = new double[n];
    boolean[] pos = new boolean[n];
    for (int i = 0; i < n; i++) {
      pos[i] = rnd.nextBoolean();
      // rounded so that many scores tie
      scores[i] = Math.round((rnd.nextDouble() + (pos[i] ? 0.3 : 0)) * 50) / 50.0;
    }
    List<RocCurve.Point> points = RocCurve.points(scores, pos);
    assertThat(RocCurve.area(points))
        .as("trapezoids over the exact curve = Mann-Whitney AUC with mid-ranks")
        .isCloseTo(RocAuc.auc(scores, pos), within(1e-12));
  }

  @Test
  void thinningBoundsThePointsAndKeepsTheEnds() {
    SplittableRandom rnd = new SplittableRandom(11);
    int n = 20_000;
    double[] scores = new double[n];
    boolean[] pos = new boolean[n];
    for (int i = 0; i < n; i++) {
      pos[i] = rnd.nextBoolean();
      scores[i] = rnd.nextDouble() + (pos[i] ? 0.2 : 0);
    }
    List<RocCurve.Point> all = RocCurve.points(scores, pos);
    List<RocCurve.Point> thin = RocCurve.thin(all, 100);
    assertThat(all).as("distinct scores").hasSize(n + 1);
    assertThat(thin.size()).as("at most 2 * resolution + 2 points").isLessThanOrEqualTo(202);
    assertThat(thin.get(0)).as("starts at (0, 0)").isEqualTo(all.get(0));
    assertThat(thin.get(thin.size() - 1)).as("ends at (1, 1)").isEqualTo(all.get(all.size() - 1));
    assertThat(RocCurve.area(thin))
        .as("the thinned curve keeps the area within the resolution")
        .isCloseTo(RocAuc.auc(scores, pos), within(0.01));
  }

  @Test
  void undefinedCurvesAndBadInput() {
    assertThat(RocCurve.points(new double[] {0.2, 0.3}, new boolean[] {true, true}))
        .as("no negatives: no curve")
        .isEmpty();
    assertThatThrownBy(() -> RocCurve.points(new double[] {0.1}, new boolean[] {true, false}))
        .hasMessageContaining("1 scores but 2 labels");
    assertThatThrownBy(() -> RocCurve.thin(List.of(), 0)).hasMessageContaining("resolution");
  }

  @Test
  void accumulatorGivesCurveForTwoClassesOnly() {
    ClassificationAccumulator two = new ClassificationAccumulator(2);
    two.add(0, new double[] {0.8, 0.2});
    two.add(1, new double[] {0.3, 0.7});
    ClassificationAccumulator other = new ClassificationAccumulator(2);
    other.add(1, new double[] {0.6, 0.4});
    two.merge(other);
    assertThat(two.rocCurve(RocCurve.DEFAULT_RESOLUTION))
        .as("merged scores 0.2 (neg), 0.7 (pos), 0.4 (pos)")
        .containsExactly(
            new RocCurve.Point(Double.POSITIVE_INFINITY, 0, 0),
            new RocCurve.Point(0.7, 0, 0.5),
            new RocCurve.Point(0.4, 0, 1),
            new RocCurve.Point(0.2, 1, 1));
    ClassificationAccumulator three = new ClassificationAccumulator(3);
    three.add(0, new double[] {0.5, 0.3, 0.2});
    assertThat(three.rocCurve(RocCurve.DEFAULT_RESOLUTION)).as("multi-class: none").isEmpty();
  }
}
