package io.verbo.gpu;

import io.verbo.config.InvalidConfigException;
import java.util.Arrays;
import java.util.List;

/**
 * What training does when ND4J's CUDA build cannot run on the GPU ({@code verbo.gpu.unsupported}).
 */
public enum UnsupportedGpuPolicy {
  /**
   * Train on ND4J's CPU backend instead (needs the CPU backend in the build; see {@link GpuGuard}).
   */
  FALLBACK_CPU("fallback-cpu"),
  /** Stop before training, with the reason and the fixes. */
  FAIL("fail");

  private final String configName;

  UnsupportedGpuPolicy(String configName) {
    this.configName = configName;
  }

  /**
   * @return the value as written in configuration
   */
  public String configName() {
    return configName;
  }

  /**
   * @param value the configured value
   * @return the policy
   * @throws InvalidConfigException if it is not one of the names
   */
  public static UnsupportedGpuPolicy fromConfig(String value) {
    for (UnsupportedGpuPolicy p : values()) {
      if (p.configName.equals(value)) {
        return p;
      }
    }
    throw new InvalidConfigException(
        GpuSettings.UNSUPPORTED, value, "is not a policy", "use one of " + names());
  }

  private static List<String> names() {
    return Arrays.stream(values()).map(UnsupportedGpuPolicy::configName).toList();
  }
}
