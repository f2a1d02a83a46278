package io.verbo.benchmarks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One timed run of one variant.
 *
 * @param seconds wall time of the timed part
 * @param cpuSeconds CPU time of the whole process during the timed part
 * @param tokens tokens the variant produced (its own definition of a token)
 * @param breakdown named parts of the wall time in seconds, in display order (may be empty)
 * @param detail one line about what was produced (documents, distinct tokens, ...)
 */
record Outcome(
    double seconds, double cpuSeconds, long tokens, Map<String, Double> breakdown, String detail) {

  /** Copies the breakdown. */
  Outcome {
    breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
  }
}
