package io.verbo.corpus;

import java.io.Serializable;

/**
 * The outcome for one record read: exactly one of {@code kept} and {@code rejected} is set.
 *
 * @param kept the tokenized document, or null
 * @param rejected the reject, or null
 */
public record Classified(TokenizedDocument kept, RejectedRecord rejected) implements Serializable {
  /** Outcome key of kept documents in summaries. */
  public static final String KEPT = "kept";

  /** Checks that exactly one side is set. */
  public Classified {
    if ((kept == null) == (rejected == null)) {
      throw new IllegalArgumentException("Exactly one of kept and rejected must be set");
    }
  }

  /** @return {@link #KEPT} or the reject reason's code */
  public String outcome() {
    return kept != null ? KEPT : rejected.reason().code();
  }
}
