package io.verbo.sentiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How DL4J hands minibatches to the workers (see {@link TrainingApproachChooser}). */
public enum TrainingApproachSetting {
  /** Export on a shared file system, Direct otherwise; the choice is logged with its reason. */
  AUTO("auto"),
  /** Always {@code RDDTrainingApproach.Export} (needs a file system every executor can read). */
  EXPORT("export"),
  /** Always {@code RDDTrainingApproach.Direct} (minibatches stay in Spark's block manager). */
  DIRECT("direct");

  private final String configName;

  TrainingApproachSetting(String configName) {
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
  public static TrainingApproachSetting fromConfig(String name) {
    return SettingsChecks.parse(
        DistributedSettings.TRAINING_APPROACH,
        name,
        TrainingApproachSetting.class,
        TrainingApproachSetting::configName);
  }
}
