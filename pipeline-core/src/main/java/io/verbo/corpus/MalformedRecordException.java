package io.verbo.corpus;

/** A record that cannot be parsed; the message becomes the reject's detail. */
public final class MalformedRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  /** @param detail what is wrong and where */
  public MalformedRecordException(String detail) {
    super(detail);
  }
}
