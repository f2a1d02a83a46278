package io.verbo.tune;

/**
 * How trials and folds are named in logs, Spark job descriptions and the HTML report: by the same
 * 0-based ids as the {@code trial_id} and {@code fold} columns of the {@code trials/} table and
 * {@code best/best.json}, so that "trial #2" in a log line is row {@code trial_id = 2}. Progress
 * counts ("3 of 8") are printed separately where they help. Stateless.
 */
final class SweepLabels {
  private SweepLabels() {}

  /**
   * @param trialId the trial's id (0-based)
   * @return e.g. {@code "trial #2"}
   */
  static String trial(int trialId) {
    return "trial #" + trialId;
  }

  /**
   * @param fold the fold (0-based), or negative for the fixed validation split
   * @return e.g. {@code "fold #1"} or {@code "validation split"}
   */
  static String fold(int fold) {
    return fold < 0 ? "validation split" : "fold #" + fold;
  }
}
