package io.verbo.tune;

import java.util.Locale;

/** The outcome of one (trial, fold), as written in the {@code status} column. */
public enum TrialStatus {
  /** Trained to the end of its schedule (or its own patience). */
  COMPLETED,
  /** Threw; the error is recorded and the sweep went on. */
  FAILED,
  /** Stopped by the sweep's early-stopping rule after doing worse than the median. */
  STOPPED_EARLY;

  /**
   * @return the value of the {@code status} column
   */
  public String columnValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value a {@code status} column value
   * @return the status
   * @throws IllegalArgumentException if unknown
   */
  public static TrialStatus fromColumn(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /**
   * @return whether a resumed sweep keeps this outcome instead of training again
   */
  public boolean isFinal() {
    return this != FAILED;
  }
}
