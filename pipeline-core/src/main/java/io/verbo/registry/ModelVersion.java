package io.verbo.registry;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A registry model version: a positive number shown as {@code v000001}. Immutable.
 *
 * @param number the version number, from 1
 */
public record ModelVersion(int number) implements Comparable<ModelVersion> {
  private static final Pattern NAME = Pattern.compile("v(\\d{6,})");

  /** Checks the number. */
  public ModelVersion {
    if (number < 1) {
      throw new IllegalArgumentException("Cannot use model version " + number + ": must be >= 1");
    }
  }

  /** @return the first version */
  public static ModelVersion first() {
    return new ModelVersion(1);
  }

  /** @return the version after this one */
  public ModelVersion next() {
    return new ModelVersion(Math.addExact(number, 1));
  }

  /** @return the folder name, e.g. {@code v000042} */
  public String name() {
    return String.format(Locale.ROOT, "v%06d", number);
  }

  /**
   * @param name a folder name
   * @return the version it names, or empty if it is not a version folder name
   */
  public static Optional<ModelVersion> parse(String name) {
    var m = NAME.matcher(name == null ? "" : name);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int n = Integer.parseInt(m.group(1));
      return n >= 1 ? Optional.of(new ModelVersion(n)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public int compareTo(ModelVersion o) {
    return Integer.compare(number, o.number);
  }

  @Override
  public String toString() {
    return name();
  }
}
