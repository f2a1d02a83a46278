package io.verbo.pipeline;

import io.verbo.registry.RegistryRecovery;
import io.verbo.registry.RetrainRecord;
import java.util.List;

/**
 * What one {@code verbo retrain} run did.
 *
 * @param record the decision, as appended to the history
 * @param recovery what was repaired from earlier interrupted runs
 * @param lines one-line summaries for the console
 */
public record RetrainOutcome(RetrainRecord record, RegistryRecovery.Result recovery, List<String> lines) {
  /** Copies the lines. */
  public RetrainOutcome {
    lines = List.copyOf(lines);
  }
}
