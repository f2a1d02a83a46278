package io.verbo.gpu;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CUDA compute capability such as 8.6 (Ampere consumer) or 9.0 (Hopper). Immutable; ordered by
 * major then minor version.
 *
 * @param major major version, at least 1
 * @param minor minor version, at least 0
 */
public record ComputeCapability(int major, int minor) implements Comparable<ComputeCapability> {
  private static final Pattern FORM = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})");
  private static final Comparator<ComputeCapability> ORDER =
      Comparator.comparingInt(ComputeCapability::major).thenComparingInt(ComputeCapability::minor);

  /** Validates the versions. */
  public ComputeCapability {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot use compute capability %d.%d: not a CUDA version",
              major,
              minor));
    }
  }

  /**
   * @param text {@code MAJOR.MINOR}, as {@code nvidia-smi --query-gpu=compute_cap} prints it
   * @return the compute capability
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static ComputeCapability parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Cannot parse compute capability '" + text + "': expected MAJOR.MINOR such as 8.6");
    }
    return new ComputeCapability(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * @param other another compute capability
   * @return true if this one is newer than {@code other}
   */
  public boolean isNewerThan(ComputeCapability other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(ComputeCapability other) {
    return ORDER.compare(this, other);
  }

  /**
   * @return {@code MAJOR.MINOR}
   */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
