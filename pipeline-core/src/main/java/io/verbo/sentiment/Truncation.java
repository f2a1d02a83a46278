package io.verbo.sentiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which tokens a sequence longer than {@code max-len} keeps. */
public enum Truncation {
  /** Keep the first {@code max-len} tokens (like the tokenizer's own {@code max-tokens}). */
  HEAD("head"),
  /** Keep the last {@code max-len} tokens (Keras' {@code pad_sequences} default). */
  TAIL("tail");

  private final String configName;

  Truncation(String configName) {
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
  public static Truncation fromConfig(String name) {
    return SettingsChecks.parse(
        EncodingSettings.TRUNCATION, name, Truncation.class, Truncation::configName);
  }
}
