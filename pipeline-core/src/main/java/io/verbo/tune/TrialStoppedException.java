package io.verbo.tune;

/**
 * Thrown by a sweep's epoch listener to end a trial that the early-stopping rule stopped; the
 * trainer lets it propagate and the sweep records the trial as {@link TrialStatus#STOPPED_EARLY}.
 */
public final class TrialStoppedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message why the trial was stopped
   */
  public TrialStoppedException(String message) {
    super(message, null, false, false);
  }
}
