package io.verbo.gpu;

import java.util.List;
import java.util.Objects;

/**
 * GPU settings ({@code verbo.gpu.*}). Driver-side only; immutable.
 *
 * @param unsupported what training does on a GPU the bundled CUDA build cannot run on
 */
public record GpuSettings(UnsupportedGpuPolicy unsupported) {
  /** Key of {@link #unsupported}. */
  public static final String UNSUPPORTED = "verbo.gpu.unsupported";

  /** Every key of this record. */
  public static final List<String> KEYS = List.of(UNSUPPORTED);

  /** Checks that the policy is present. */
  public GpuSettings {
    Objects.requireNonNull(unsupported, UNSUPPORTED);
  }
}
