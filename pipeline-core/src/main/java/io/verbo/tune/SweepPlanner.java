package io.verbo.tune;

import io.verbo.config.SentimentStageSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * Decides what a sweep run trains: every (trial, fold) of the sweep except those an earlier run of
 * the same sweep id finished (completed or stopped early) with the same parameters and seed; a
 * trial whose settings do not validate (or whose embedding table is missing) is recorded as failed
 * right away instead. Stateless; driver-side.
 */
final class SweepPlanner {
  private SweepPlanner() {}

  /**
   * @param req the sweep request
   * @param trials the sweep's trials
   * @param folds the folds evaluated
   * @param store the sweep's {@code _trials/}
   * @param embeddings the embedding tables (loaded here, so a missing one fails its trials)
   * @param conf Hadoop configuration
   * @param progress counts skipped trainings and receives failed ones
   * @return the trainings to run, in trial then fold order
   */
  static List<PlannedTrial> plan(
      SweepRequest req,
      List<Trial> trials,
      List<Integer> folds,
      TrialStore store,
      EmbeddingTables embeddings,
      Configuration conf,
      SweepProgress progress) {
    Map<TrialResult.TrialKey, TrialResult> previous = store.readAll(conf);
    List<PlannedTrial> planned = new ArrayList<>();
    for (Trial trial : trials) {
      SentimentStageSettings settings = null;
      RuntimeException invalid = null;
      try {
        settings = TrialConfigs.apply(req.merged(), trial, req.sweep().metric());
        embeddings.rows(settings.embeddings());
      } catch (RuntimeException e) {
        invalid = e;
      }
      for (int fold : folds) {
        TrialResult prev = previous.get(new TrialResult.TrialKey(trial.index(), fold));
        if (prev != null
            && prev.statusValue().isFinal()
            && prev.seed() == trial.seed()
            && prev.params().equals(TrialColumns.paramStrings(trial))) {
          progress.skipped++;
          continue;
        }
        if (invalid != null) {
          TrialResult failed =
              TrialResult.failed(
                  req.sweep().id(), trial, fold, req.sweep().metric().configName(), invalid, 0);
          store.write(failed, conf);
          progress.accept(failed);
          continue;
        }
        planned.add(new PlannedTrial(trial, fold, settings));
      }
    }
    return planned;
  }

  /**
   * @param trials trials in the sweep
   * @param folds folds per trial
   * @param trained trainings run now
   * @param skipped trainings kept from earlier runs
   * @param results the sweep's results
   * @return the counts of {@code _metadata.json}
   */
  static Map<String, Long> counts(
      int trials,
      int folds,
      int trained,
      int skipped,
      Map<TrialResult.TrialKey, TrialResult> results) {
    Map<String, Long> c = new LinkedHashMap<>();
    c.put("trials", (long) trials);
    c.put("folds", (long) folds);
    c.put("trainings", (long) results.size());
    c.put("trained_this_run", (long) trained);
    c.put("skipped_this_run", (long) skipped);
    for (TrialStatus s : TrialStatus.values()) {
      c.put(s.columnValue(), results.values().stream().filter(r -> r.statusValue() == s).count());
    }
    return c;
  }
}
