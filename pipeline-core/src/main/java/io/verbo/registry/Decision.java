package io.verbo.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a retrain run decided about its challenger; {@link #label()} is stored in the history. */
public enum Decision {
  /** There was no champion: the challenger became the first one. */
  FIRST_CHAMPION("first-champion"),
  /** The challenger beat the champion by the margin and replaced it. */
  PROMOTED("promoted"),
  /** The challenger did not beat the champion by the margin; the champion stays. */
  REJECTED("rejected");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  /** @return the stored name */
  @JsonValue
  public String label() {
    return label;
  }

  /** @return whether the champion pointer moves to the challenger */
  public boolean promotes() {
    return this != REJECTED;
  }

  /**
   * @param label a stored name
   * @return the decision
   * @throws IllegalArgumentException if unknown
   */
  @JsonCreator
  public static Decision of(String label) {
    for (Decision d : values()) {
      if (d.label.equals(label)) {
        return d;
      }
    }
    throw new IllegalArgumentException("Cannot parse decision '" + label + "'");
  }
}
