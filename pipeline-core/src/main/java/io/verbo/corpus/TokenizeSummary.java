package io.verbo.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the tokenize stage did, reconciled: {@code read == kept + sum(rejectedByReason)}.
 *
 * @param read records read from the input
 * @param kept documents written to the tokens dataset
 * @param rejectedByReason rejects written, by reason code (only reasons that occurred)
 * @param tokens total tokens of kept documents
 * @param inputBytes size of the input files
 * @param seconds wall time of the stage
 * @param output where the artifact was committed
 */
public record TokenizeSummary(
    long read,
    long kept,
    Map<String, Long> rejectedByReason,
    long tokens,
    long inputBytes,
    double seconds,
    String output) {

  /** Freezes the map. */
  public TokenizeSummary {
    rejectedByReason = Map.copyOf(rejectedByReason);
  }

  /** @return total rejects */
  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return the one-line summary logged at the end of the stage */
  public String line() {
    String reasons =
        rejectedByReason.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    double s = Math.max(seconds, 1e-9);
    return String.format(
        Locale.ROOT,
        "tokenize: read=%d kept=%d rejected=%d (%s) tokens=%d in %.1f s (%.2f MB/s, %.0f tokens/s) -> %s",
        read,
        kept,
        rejected(),
        reasons.isEmpty() ? "none" : reasons,
        tokens,
        seconds,
        inputBytes / 1e6 / s,
        tokens / s,
        output);
  }
}
