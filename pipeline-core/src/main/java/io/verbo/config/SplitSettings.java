package io.verbo.config;

import java.util.Locale;

/**
 * Fractions of documents per split, assigned by a stable hash of the document id and the seed.
 *
 * @param train fraction for training
 * @param validation fraction for validation
 * @param test fraction for test
 * @param seed seed of the hash, so another seed gives another (still deterministic) split
 */
public record SplitSettings(double train, double validation, double test, long seed)
    implements java.io.Serializable {
  private static final double TOLERANCE = 1e-9;

  /** Validates that each fraction is in [0, 1] and that they add up to 1. */
  public SplitSettings {
    ConfigChecks.checkRange(ConfigKeys.SPLIT_TRAIN, train, 0, 1);
    ConfigChecks.checkRange(ConfigKeys.SPLIT_VALIDATION, validation, 0, 1);
    ConfigChecks.checkRange(ConfigKeys.SPLIT_TEST, test, 0, 1);
    double sum = train + validation + test;
    if (Math.abs(sum - 1.0) > TOLERANCE) {
      throw new InvalidConfigException(
          ConfigKeys.SPLIT_TRAIN,
          train,
          String.format(
              Locale.ROOT,
              "train + validation + test must add up to 1, got %s + %s + %s = %s",
              train,
              validation,
              test,
              sum),
          "change verbo.split.train, verbo.split.validation or verbo.split.test so they add up to 1");
    }
  }
}
