package io.verbo.tune;

import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each finished (trial, fold) as one line and forwards it to the caller's listener; counts the
 * trainings skipped by resume. Driver thread only; not thread-safe.
 */
final class SweepProgress implements Consumer<TrialResult> {
  private static final Logger LOG = LoggerFactory.getLogger(SweepProgress.class);

  private final String sweepId;
  private final int trials;
  private final int folds;
  private final Consumer<TrialResult> listener;
  int skipped;

  SweepProgress(String sweepId, int trials, int folds, Consumer<TrialResult> listener) {
    this.sweepId = sweepId;
    this.trials = trials;
    this.folds = folds;
    this.listener = listener;
  }

  @Override
  public void accept(TrialResult r) {
    String where =
        SweepLabels.trial(r.trialId())
            + " "
            + SweepLabels.fold(r.fold())
            + (r.fold() >= 0
                ? String.format(Locale.ROOT, " (of %d trials x %d folds)", trials, folds)
                : String.format(Locale.ROOT, " (of %d trials)", trials));
    if (r.statusValue() == TrialStatus.FAILED) {
      LOG.warn(
          "sweep {} {}: failed after {} s: {}",
          sweepId,
          where,
          fmt(r.durationS()),
          r.error());
    } else {
      LOG.info(
          "sweep {} {}: {} {}={} ({} epochs, {} s) {}",
          sweepId,
          where,
          r.status(),
          r.metric(),
          r.objective() == null ? "n/a" : fmt(r.objective()),
          r.epochsRun(),
          fmt(r.durationS()),
          r.params());
    }
    listener.accept(r);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
