package io.verbo.embed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link EmbeddingImportService#importVectors} did: {@code entries = kept + bad}.
 *
 * @param source the file read
 * @param format the format read
 * @param entries lines (or binary entries) seen, header excluded
 * @param kept vectors imported
 * @param dimension vector size
 * @param headerCount vectors announced by the header, or -1 (GloVe)
 * @param badByReason skipped lines by reason
 * @param examples the first skipped lines
 * @param seconds wall time
 * @param output where the artifact was committed
 */
public record ImportSummary(
    String source,
    VectorFormat format,
    long entries,
    long kept,
    int dimension,
    long headerCount,
    Map<String, Long> badByReason,
    List<BadLines.Example> examples,
    double seconds,
    String output) {

  /** Freezes the collections. */
  public ImportSummary {
    badByReason = Map.copyOf(badByReason);
    examples = List.copyOf(examples);
  }

  /** @return lines skipped */
  public long bad() {
    return badByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return the one-line summary logged at the end of the stage */
  public String line() {
    String reasons = badByReason.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    String header = headerCount < 0 || headerCount == entries ? ""
        : String.format(Locale.ROOT, " (header announced %d)", headerCount);
    return String.format(Locale.ROOT, "import-embeddings: %s (%s): %d entries%s, kept %d x %d dims, bad %d (%s) in %.1f s -> %s",
        source, format.configName(), entries, header, kept, dimension, bad(), reasons.isEmpty() ? "none" : reasons, seconds, output);
  }
}
