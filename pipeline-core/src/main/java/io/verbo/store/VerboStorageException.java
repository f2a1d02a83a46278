package io.verbo.store;

/** A file-system operation on a run's artifacts failed (I/O error, failed rename). */
public final class VerboStorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, with the path
   * @param cause the underlying error, may be null
   */
  public VerboStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
