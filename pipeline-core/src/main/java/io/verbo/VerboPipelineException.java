package io.verbo;

/** A pipeline stage could not complete (as opposed to bad configuration or bad input records). */
public final class VerboPipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed and what to do
   * @param cause the cause, may be null
   */
  public VerboPipelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
