package io.verbo.tune;

import java.util.Locale;

/**
 * Picks how a sweep runs its trials ({@code verbo.sweep.mode = auto}):
 *
 * <ul>
 *   <li><b>parallel</b> when there are at least as many (trial, fold) trainings as task slots
 *       (every slot gets work) and the documents fit comfortably in one executor (estimated size at
 *       most a quarter of its heap, leaving room for the networks). Single-JVM training has no
 *       averaging overhead and no idle slots, so the sweep's throughput is highest;
 *   <li><b>distributed</b> otherwise: few trainings would leave slots idle, or the data does not
 *       fit one executor, so each trial uses the whole cluster through parameter averaging.
 * </ul>
 *
 * An explicit {@code parallel} or {@code distributed} is kept as it is. Stateless.
 */
public final class SweepModeChooser {
  private SweepModeChooser() {}

  /**
   * @param mode the chosen mode
   * @param reason why, for the log
   */
  public record Decision(SweepMode mode, String reason) {}

  /**
   * @param setting the configured mode
   * @param trainings (trial, fold) trainings to run
   * @param slots the cluster's task slots
   * @param dataBytes estimated size of the documents in one JVM
   * @param executorHeapBytes one executor's heap
   * @return the decision with its reason
   */
  public static Decision choose(
      SweepMode setting, int trainings, int slots, long dataBytes, long executorHeapBytes) {
    String facts =
        String.format(
            Locale.ROOT,
            "%d trainings, %d task slots, data ~%d MB, executor heap %d MB",
            trainings,
            slots,
            dataBytes >> 20,
            executorHeapBytes >> 20);
    if (setting != SweepMode.AUTO) {
      return new Decision(setting, "configured in " + SweepSettings.MODE + " (" + facts + ")");
    }
    boolean fits = dataBytes <= executorHeapBytes / 4;
    if (!fits) {
      return new Decision(
          SweepMode.DISTRIBUTED,
          "the data does not fit comfortably in one executor (" + facts + ")");
    }
    if (trainings < slots) {
      return new Decision(
          SweepMode.DISTRIBUTED,
          "fewer trainings than task slots would leave slots idle (" + facts + ")");
    }
    return new Decision(
        SweepMode.PARALLEL,
        "enough trainings to fill every task slot and the data fits one executor (" + facts + ")");
  }
}
