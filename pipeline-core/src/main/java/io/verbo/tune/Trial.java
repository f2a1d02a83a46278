package io.verbo.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One configuration to train: its index in the sweep, the parameter values by configuration key
 * and its own seed. Immutable; serializable (it travels in Spark tasks; values are HOCON scalars).
 *
 * @param index position in the sweep, from 0
 * @param params parameter values by key, in key order
 * @param seed the trial's seed, derived from the sweep seed and the index
 */
public record Trial(int index, Map<String, Object> params, long seed) implements java.io.Serializable {
  /** Copies the parameters. */
  public Trial {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /**
   * @return the parameters as {@code --set key=value} overrides, in key order
   */
  public java.util.List<String> overrides() {
    return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }
}
