package io.verbo.tune;

import io.verbo.config.InvalidConfigException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a sweep runs its trials ({@code verbo.sweep.mode}); see {@link SweepModeChooser}. */
public enum SweepMode {
  /** Choose {@link #PARALLEL} or {@link #DISTRIBUTED} from the cluster and the data size. */
  AUTO,
  /** Many trials at once, each (trial, fold) trained in one JVM inside one Spark task. */
  PARALLEL,
  /** One trial at a time, each trained with parameter averaging across the cluster. */
  DISTRIBUTED;

  /**
   * @return the name used in configuration
   */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value a configuration value (case-insensitive)
   * @return the mode
   * @throws InvalidConfigException naming {@code verbo.sweep.mode} if unknown
   */
  public static SweepMode fromConfig(String value) {
    String n = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    for (SweepMode m : values()) {
      if (m.configName().equals(n)) {
        return m;
      }
    }
    List<String> names = Arrays.stream(values()).map(SweepMode::configName).toList();
    throw new InvalidConfigException(
        SweepSettings.MODE, value, "is not one of " + names, "set it to one of " + names);
  }
}
