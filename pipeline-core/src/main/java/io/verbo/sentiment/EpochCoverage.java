package io.verbo.sentiment;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks how much of the training data one distributed epoch actually fitted. DL4J's {@code
 * ParameterAveragingTrainingMaster} cuts an epoch into {@code floor(minibatches / (workers x F))}
 * averaging rounds ({@code F} = averaging frequency) and each worker stops after {@code F}
 * minibatches of a round, so whatever a round holds beyond {@code workers x F} minibatches is
 * skipped for that epoch (a different part each epoch, as the rounds are drawn at random). With
 * F = 5 this is a few percent; with a large F on a small data set it can be a fifth (measured on
 * MR: 150 minibatches, 2 workers, F = 20: 120 fitted). Nothing may be lost silently, so the
 * trainer reports it. Stateless.
 */
final class EpochCoverage {
  /** Below this share of the training documents an epoch is reported as a warning. */
  static final double WARN_BELOW = 0.95;

  private EpochCoverage() {}

  /**
   * @param epoch the epoch number
   * @param fitted training examples the workers fitted in the epoch
   * @param trainDocuments labelled training documents
   * @param averagingFrequency the configured averaging frequency
   * @return the warning to log when the epoch fitted less than {@link #WARN_BELOW} of the data
   */
  static Optional<String> check(int epoch, long fitted, long trainDocuments, int averagingFrequency) {
    if (trainDocuments <= 0 || fitted >= WARN_BELOW * trainDocuments) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "epoch %d fitted %d of %d training documents (%.1f%%): DL4J's parameter averaging fits"
                + " at most verbo.sentiment.distributed.averaging-frequency = %d minibatches per worker"
                + " in each averaging round and rounds the number of rounds down, so the rest of each"
                + " round is skipped this epoch. Fix: lower averaging-frequency, or choose it so that"
                + " minibatches / (workers x averaging-frequency) is a whole number.",
            epoch,
            fitted,
            trainDocuments,
            100.0 * fitted / trainDocuments,
            averagingFrequency));
  }
}
