package io.verbo.sentiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the loss weighs the classes. */
public enum ClassWeighting {
  /** Every example counts the same. */
  NONE("none"),
  /** Class c weighs {@code n / (k * n_c)} over the training split (scikit-learn's "balanced"). */
  BALANCED("balanced"),
  /** One weight per class from {@code verbo.sentiment.training.explicit-class-weights}. */
  EXPLICIT("explicit");

  private final String configName;

  ClassWeighting(String configName) {
    this.configName = configName;
  }

  /**
   * @return the name used in configuration
   */
  @JsonValue
  public String configName() {
    return configName;
  }

  /**
   * @param name a configuration name (case-insensitive)
   * @return the value
   * @throws io.verbo.config.InvalidConfigException if unknown
   */
  @JsonCreator
  public static ClassWeighting fromConfig(String name) {
    return SettingsChecks.parse(
        TrainingSettings.CLASS_WEIGHTS, name, ClassWeighting.class, ClassWeighting::configName);
  }
}
