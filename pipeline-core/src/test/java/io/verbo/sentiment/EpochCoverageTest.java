package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EpochCoverageTest {
  @Test
  void anEpochThatFittedNearlyEverythingIsQuiet() {
    assertThat(EpochCoverage.check(1, 9_595, 9_595, 5)).isEmpty();
    assertThat(EpochCoverage.check(1, 9_407, 9_595, 5)).as("2% short, as F = 5 on MR").isEmpty();
    assertThat(EpochCoverage.check(1, 0, 0, 5)).as("no training data: nothing to compare").isEmpty();
  }

  @Test
  void aFifthSkippedNamesTheKeyAndTheFix() {
    // MR measured: 150 minibatches of 64, 2 workers, F = 20 -> 3 rounds of 40 fitted = 7,680.
    assertThat(EpochCoverage.check(2, 7_680, 9_595, 20))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .contains("epoch 2 fitted 7680 of 9595 training documents (80.0%)")
                    .contains("verbo.sentiment.distributed.averaging-frequency = 20")
                    .contains("Fix: lower averaging-frequency"));
  }
}
