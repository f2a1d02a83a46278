package io.verbo.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One decision of {@code verbo retrain}: a row of the history table, also embedded in the champion
 * pointer it produced (so a crash between moving the pointer and appending the row can be repaired
 * from the pointer). Immutable; JSON-serializable with Jackson.
 *
 * @param decidedAtMs when the decision was made, epoch milliseconds (UTC)
 * @param runId the retrain run id (its reports are under {@code reports/sentiment/RUN-ID})
 * @param challengerVersion the version the challenger was committed as
 * @param championBefore the champion version before the decision, or {@code null} for none
 * @param championAfter the champion version after the decision
 * @param metric the compared metric's configuration name (e.g. {@code macro_f1})
 * @param higherIsBetter whether larger metric values are better ({@code false} for loss)
 * @param margin the improvement the challenger needed
 * @param challengerMetrics the challenger's metrics on the evaluation split (defined values only)
 * @param championMetrics the champion's metrics on the same documents (empty when none)
 * @param evalSplit the evaluation split
 * @param decision promoted, rejected or first-champion
 * @param reason why, in words with the numbers
 * @param warmStart whether the challenger was fine-tuned from the champion's network
 * @param inputs the data the challenger was trained and evaluated on
 * @param counts named counts (training documents, evaluation documents, ...)
 * @param orphansRemoved versions of earlier interrupted runs removed before this decision
 */
public record RetrainRecord(
    @JsonProperty("decided_at_ms") long decidedAtMs,
    @JsonProperty("run_id") String runId,
    @JsonProperty("challenger_version") String challengerVersion,
    @JsonProperty("champion_before") String championBefore,
    @JsonProperty("champion_after") String championAfter,
    @JsonProperty("metric") String metric,
    @JsonProperty("higher_is_better") boolean higherIsBetter,
    @JsonProperty("margin") double margin,
    @JsonProperty("challenger_metrics") Map<String, Double> challengerMetrics,
    @JsonProperty("champion_metrics") Map<String, Double> championMetrics,
    @JsonProperty("eval_split") String evalSplit,
    @JsonProperty("decision") Decision decision,
    @JsonProperty("reason") String reason,
    @JsonProperty("warm_start") boolean warmStart,
    @JsonProperty("inputs") List<String> inputs,
    @JsonProperty("counts") Map<String, Long> counts,
    @JsonProperty("orphans_removed") List<String> orphansRemoved) {

  /** Checks required parts and copies the collections (keeping their order). */
  public RetrainRecord {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(challengerVersion, "challengerVersion");
    Objects.requireNonNull(championAfter, "championAfter");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reason, "reason");
    challengerMetrics = copy(challengerMetrics);
    championMetrics = copy(championMetrics);
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    counts = copy(counts);
    orphansRemoved = orphansRemoved == null ? List.of() : List.copyOf(orphansRemoved);
  }

  /**
   * @param newReason the reason to record instead
   * @return this record with another reason
   */
  public RetrainRecord withReason(String newReason) {
    return new RetrainRecord(
        decidedAtMs, runId, challengerVersion, championBefore, championAfter, metric,
        higherIsBetter, margin, challengerMetrics, championMetrics, evalSplit, decision, newReason,
        warmStart, inputs, counts, orphansRemoved);
  }

  private static <V> Map<String, V> copy(Map<String, V> m) {
    return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }
}
