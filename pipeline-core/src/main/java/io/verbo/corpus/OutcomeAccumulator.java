package io.verbo.corpus;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/**
 * Counts classified records per outcome ({@link Classified#outcome()}): for each outcome the number
 * of records and, for kept documents, their tokens. The value maps an outcome to {@code {records,
 * tokens}}.
 *
 * <p>Like any Spark accumulator, it counts exactly once per partition only when updated inside the
 * result stage of the job that reads it (Spark merges a result task's updates once, and never those
 * of failed attempts); {@link TokenizeService} uses it that way and reconciles it against the
 * Parquet files it wrote.
 */
public final class OutcomeAccumulator extends AccumulatorV2<Classified, Map<String, long[]>> {
  private static final long serialVersionUID = 1L;

  private final TreeMap<String, long[]> counts = new TreeMap<>();

  @Override
  public boolean isZero() {
    return counts.isEmpty();
  }

  @Override
  public OutcomeAccumulator copy() {
    OutcomeAccumulator copy = new OutcomeAccumulator();
    copy.mergeCounts(counts);
    return copy;
  }

  @Override
  public void reset() {
    counts.clear();
  }

  @Override
  public void add(Classified record) {
    long[] c = counts.computeIfAbsent(record.outcome(), k -> new long[2]);
    c[0]++;
    if (record.kept() != null) {
      c[1] += record.kept().tokens().size();
    }
  }

  @Override
  public void merge(AccumulatorV2<Classified, Map<String, long[]>> other) {
    mergeCounts(other.value());
  }

  /** @return a copy: outcome to {@code {records, tokens}}, ordered by outcome */
  @Override
  public Map<String, long[]> value() {
    Map<String, long[]> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.clone()));
    return out;
  }

  private void mergeCounts(Map<String, long[]> other) {
    other.forEach(
        (k, v) -> {
          long[] c = counts.computeIfAbsent(k, x -> new long[2]);
          c[0] += v[0];
          c[1] += v[1];
        });
  }
}
