package io.verbo.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The dataset splits a document can belong to; {@link #label()} is the value stored in data. */
public enum Split {
  TRAIN("train"),
  VALIDATION("validation"),
  TEST("test");

  private final String label;

  Split(String label) {
    this.label = label;
  }

  /** @return the lower-case name stored in the {@code split} column */
  public String label() {
    return label;
  }

  /**
   * @param name a split name as stored in data or config
   * @return whether it names a split
   */
  public static boolean isKnown(String name) {
    return Arrays.stream(values()).anyMatch(s -> s.label.equals(name));
  }

  /** @return the stored names of all splits, in order */
  public static List<String> names() {
    return Arrays.stream(values()).map(Split::label).toList();
  }

  /**
   * @param name a stored split name
   * @return the split
   * @throws IllegalArgumentException if it names no split
   */
  public static Split of(String name) {
    for (Split s : values()) {
      if (s.label.equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        String.format(Locale.ROOT, "Cannot parse split '%s': expected one of %s", name, names()));
  }
}
