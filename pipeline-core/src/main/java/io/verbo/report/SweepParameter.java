package io.verbo.report;

import java.util.Objects;

/**
 * One searched parameter of a sweep, as found in the trials dataset's {@code p_<name>} columns.
 *
 * @param name the parameter name (the column name without {@code p_})
 * @param numeric whether its column is numeric (a scatter chart) or text (one bar per value)
 */
public record SweepParameter(String name, boolean numeric) {
  /** Prefix of the per-parameter columns of the trials dataset. */
  public static final String COLUMN_PREFIX = "p_";

  /** Checks the name. */
  public SweepParameter {
    Objects.requireNonNull(name, "name");
  }

  /**
   * @return the dataset column holding this parameter
   */
  public String column() {
    return COLUMN_PREFIX + name;
  }
}
