package io.verbo.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.eval.ConfusionMatrix;
import io.verbo.eval.EvaluationResult;
import io.verbo.sentiment.StoppingMetric;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The promotion rule: direction per metric, margin, ties, undefined values, first champion. */
class ChampionChallengerTest {
  private static final List<String> LABELS = List.of("negative", "positive");

  /** A binary result with the given number of correct predictions out of 100 and a log loss. */
  private static EvaluationResult result(int correct, double logLoss) {
    long[][] m = {{correct / 2, 50 - correct / 2}, {50 - (correct - correct / 2), correct - correct / 2}};
    return EvaluationResult.of(LABELS, ConfusionMatrix.fromArray(m), 0.5, logLoss);
  }

  @Test
  void noChampionMakesTheChallengerTheFirstChampion() {
    var v = ChampionChallenger.judge(StoppingMetric.ACCURACY, 0.5, result(60, 0.7), Optional.empty());
    assertThat(v.decision()).as("even a large margin does not matter without a champion")
        .isEqualTo(Decision.FIRST_CHAMPION);
    assertThat(v.reason()).contains("no champion");
  }

  @Test
  void higherIsBetterMetricsNeedTheMarginOrMore() {
    EvaluationResult champion = result(80, 0.5);
    var exact = ChampionChallenger.judge(StoppingMetric.ACCURACY, 0.01, result(81, 0.5), Optional.of(champion));
    assertThat(exact.decision()).as("0.81 - 0.80 = 0.01 reaches a 0.01 margin despite binary rounding")
        .isEqualTo(Decision.PROMOTED);
    assertThat(exact.improvement()).isCloseTo(0.01, org.assertj.core.api.Assertions.within(1e-9));
    var short1 = ChampionChallenger.judge(StoppingMetric.ACCURACY, 0.02, result(81, 0.5), Optional.of(champion));
    assertThat(short1.decision()).as("0.01 better is not 0.02 better").isEqualTo(Decision.REJECTED);
    assertThat(short1.reason()).contains("0.8100").contains("0.8000").contains("< margin 0.0200");
  }

  @Test
  void lossIsBetterWhenLower() {
    EvaluationResult champion = result(80, 0.50);
    var lower = ChampionChallenger.judge(StoppingMetric.LOSS, 0.05, result(80, 0.40), Optional.of(champion));
    assertThat(lower.decision()).as("loss fell by 0.10 >= 0.05").isEqualTo(Decision.PROMOTED);
    assertThat(lower.improvement()).as("improvement measured downwards").isCloseTo(0.10, org.assertj.core.api.Assertions.within(1e-9));
    var higher = ChampionChallenger.judge(StoppingMetric.LOSS, 0.0, result(80, 0.60), Optional.of(champion));
    assertThat(higher.decision()).as("a higher loss never wins with margin 0").isEqualTo(Decision.REJECTED);
  }

  @Test
  void zeroMarginPromotesTiesAndNegativeMarginToleratesARegression() {
    EvaluationResult champion = result(80, 0.5);
    assertThat(ChampionChallenger.judge(StoppingMetric.ACCURACY, 0.0, result(80, 0.5), Optional.of(champion)).decision())
        .as("a tie promotes the fresher model at margin 0").isEqualTo(Decision.PROMOTED);
    assertThat(ChampionChallenger.judge(StoppingMetric.ACCURACY, -0.05, result(78, 0.5), Optional.of(champion)).decision())
        .as("0.02 worse is within a -0.05 margin").isEqualTo(Decision.PROMOTED);
    assertThat(ChampionChallenger.judge(StoppingMetric.ACCURACY, -0.01, result(78, 0.5), Optional.of(champion)).decision())
        .as("0.02 worse is outside a -0.01 margin").isEqualTo(Decision.REJECTED);
  }

  @Test
  void undefinedValuesNeverPromoteAnUndefinedChallenger() {
    EvaluationResult defined = result(80, 0.5);
    EvaluationResult undefined = result(80, Double.NaN);
    assertThat(ChampionChallenger.judge(StoppingMetric.LOSS, -1, undefined, Optional.of(defined)).decision())
        .as("challenger without a loss").isEqualTo(Decision.REJECTED);
    assertThat(ChampionChallenger.judge(StoppingMetric.LOSS, 1, defined, Optional.of(undefined)).decision())
        .as("champion without a loss is replaced").isEqualTo(Decision.PROMOTED);
  }
}
