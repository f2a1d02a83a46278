package io.verbo.tune;

import io.verbo.store.RunLayout;
import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * What both trial executors share for one sweep run. Driver-side only; not meant to be serialized.
 *
 * @param spark the session
 * @param layout the run layout
 * @param sweep the sweep settings
 * @param trialCount trials in the sweep (for "trial 3/8" descriptions)
 * @param folds the folds evaluated ({@code [-1]} for the fixed split)
 * @param vocabulary the vocabulary
 * @param labels the classes
 * @param tokenizer the tokenizer options of the tokens dataset
 * @param store the sweep's {@code _trials/}
 * @param embeddings loads embedding tables (cached)
 */
record SweepContext(
    SparkSession spark,
    RunLayout layout,
    SweepSettings sweep,
    int trialCount,
    List<Integer> folds,
    Vocabulary vocabulary,
    List<String> labels,
    TokenizerOptions tokenizer,
    TrialStore store,
    EmbeddingTables embeddings) {

  /**
   * @return the median rule, or {@code null} when early stopping is off
   */
  MedianStoppingRule rule() {
    return sweep.medianStopping()
        ? new MedianStoppingRule(sweep.metric(), sweep.graceEpochs(), sweep.minTrials())
        : null;
  }

  /**
   * @param p a planned training
   * @return its Spark job description, e.g. "sweep s1 trial #2 fold #1 (of 8 trials)"
   */
  String describe(PlannedTrial p) {
    return "sweep "
        + sweep.id()
        + " "
        + SweepLabels.trial(p.trial().index())
        + " "
        + SweepLabels.fold(p.fold())
        + " (of "
        + trialCount
        + " trials)";
  }
}
