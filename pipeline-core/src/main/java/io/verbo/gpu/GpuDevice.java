package io.verbo.gpu;

import java.util.Locale;
import java.util.Objects;

/**
 * One GPU as the driver or ND4J reports it. Immutable.
 *
 * @param index the device index (CUDA ordinal, after {@code CUDA_VISIBLE_DEVICES})
 * @param name the product name, e.g. {@code NVIDIA A100-SXM4-40GB}
 * @param computeCapability its compute capability
 * @param totalMemoryBytes device memory in bytes, or -1 when unknown
 */
public record GpuDevice(
    int index, String name, ComputeCapability computeCapability, long totalMemoryBytes) {
  /** Checks that the parts are present. */
  public GpuDevice {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(computeCapability, "computeCapability");
  }

  /**
   * @return e.g. {@code GPU 0: NVIDIA A100-SXM4-40GB, compute capability 8.0, 40960 MiB}
   */
  public String describe() {
    String memory = totalMemoryBytes < 0 ? "memory unknown" : (totalMemoryBytes >> 20) + " MiB";
    return String.format(
        Locale.ROOT,
        "GPU %d: %s, compute capability %s, %s",
        index,
        name,
        computeCapability,
        memory);
  }
}
