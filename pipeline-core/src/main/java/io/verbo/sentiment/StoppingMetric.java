package io.verbo.sentiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.verbo.eval.EvaluationResult;

/** The validation metric that early stopping and best-model selection watch. */
public enum StoppingMetric {
  /** Mean validation cross-entropy; lower is better. */
  LOSS("loss", false),
  /** Validation accuracy. */
  ACCURACY("accuracy", true),
  /** Validation macro F1 (robust to imbalanced classes). */
  MACRO_F1("macro_f1", true),
  /** Validation ROC AUC; binary problems only. */
  AUC("auc", true);

  private final String configName;
  private final boolean higherIsBetter;

  StoppingMetric(String configName, boolean higherIsBetter) {
    this.configName = configName;
    this.higherIsBetter = higherIsBetter;
  }

  /**
   * @return the name used in configuration
   */
  @JsonValue
  public String configName() {
    return configName;
  }

  /**
   * @return whether larger values are better
   */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /**
   * @param result a validation result
   * @return this metric's value in it
   */
  public double valueOf(EvaluationResult result) {
    return switch (this) {
      case LOSS -> result.logLoss();
      case ACCURACY -> result.accuracy();
      case MACRO_F1 -> result.macroF1();
      case AUC -> result.auc();
    };
  }

  /**
   * @param candidate a new value
   * @param best the best value so far ({@code NaN} when none)
   * @return whether {@code candidate} is strictly better
   */
  public boolean isBetter(double candidate, double best) {
    if (Double.isNaN(candidate)) {
      return false;
    }
    if (Double.isNaN(best)) {
      return true;
    }
    return higherIsBetter ? candidate > best : candidate < best;
  }

  /**
   * @param numClasses the number of classes of the problem
   * @throws io.verbo.config.InvalidConfigException if this metric is undefined for it (AUC is
   *     binary only: it would never improve and the untrained network would be kept)
   */
  public void checkApplicable(int numClasses) {
    if (this == AUC && numClasses != 2) {
      throw new io.verbo.config.InvalidConfigException(
          TrainingSettings.EARLY_STOPPING_METRIC,
          configName,
          "is only defined for 2 classes, this problem has " + numClasses,
          "use macro_f1, accuracy or loss");
    }
  }

  /**
   * @param name a configuration name (case-insensitive)
   * @return the value
   * @throws io.verbo.config.InvalidConfigException if unknown
   */
  @JsonCreator
  public static StoppingMetric fromConfig(String name) {
    return SettingsChecks.parse(
        TrainingSettings.EARLY_STOPPING_METRIC,
        name,
        StoppingMetric.class,
        StoppingMetric::configName);
  }
}
