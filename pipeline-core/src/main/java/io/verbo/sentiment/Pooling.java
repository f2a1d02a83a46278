package io.verbo.sentiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the sequence of LSTM outputs becomes one vector for the classifier; all honour the mask. */
public enum Pooling {
  /** The output at the last real (unmasked) token: DL4J's {@code LastTimeStep}. */
  LAST("last"),
  /** Element-wise maximum over the real tokens: {@code GlobalPoolingLayer(MAX)}. */
  MAX("max"),
  /** Mean over the real tokens: {@code GlobalPoolingLayer(AVG)}. */
  MEAN("mean");

  private final String configName;

  Pooling(String configName) {
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
  public static Pooling fromConfig(String name) {
    return SettingsChecks.parse(NetworkSettings.POOLING, name, Pooling.class, Pooling::configName);
  }
}
