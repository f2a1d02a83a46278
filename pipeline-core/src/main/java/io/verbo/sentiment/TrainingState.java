package io.verbo.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Where training stands after an epoch; saved with every checkpoint so a resumed run continues
 * exactly where the last one stopped (including early-stopping counters and the curve so far).
 *
 * @param epoch epochs completed over all stages
 * @param stage {@link #TRAIN} or {@link #FINE_TUNE}
 * @param stageEpoch epochs completed in the current stage
 * @param stageFinished whether the current stage is over (epoch budget spent or stopped early)
 * @param bestValue best value of the monitored metric so far ({@code NaN}: none yet)
 * @param bestEpoch epoch of the best value (0: none yet)
 * @param badEpochs epochs since the last improvement in the current stage
 * @param curve the training curve so far
 */
public record TrainingState(
    int epoch,
    String stage,
    int stageEpoch,
    boolean stageFinished,
    double bestValue,
    int bestEpoch,
    int badEpochs,
    List<EpochRecord> curve) {
  /** The first stage (frozen embeddings when pretrained vectors are used). */
  public static final String TRAIN = "train";

  /** The fine-tuning stage with unfrozen embeddings. */
  public static final String FINE_TUNE = "fine_tune";

  /** Copies the curve. */
  public TrainingState {
    curve = List.copyOf(curve);
  }

  /**
   * @return the state before the first epoch
   */
  static TrainingState initial() {
    return new TrainingState(0, TRAIN, 0, false, Double.NaN, 0, 0, List.of());
  }

  /**
   * @param row the epoch's curve row
   * @param finished whether this epoch ends the stage
   * @return the state after that epoch
   */
  TrainingState after(EpochRecord row, boolean finished) {
    List<EpochRecord> c = new ArrayList<>(curve);
    c.add(row);
    return new TrainingState(
        row.epoch(),
        stage,
        stageEpoch + 1,
        finished,
        row.improved() ? row.monitored() : bestValue,
        row.improved() ? row.epoch() : bestEpoch,
        row.improved() ? 0 : badEpochs + 1,
        c);
  }

  /**
   * @return the state at the start of fine-tuning (best value kept, counters reset)
   */
  TrainingState startFineTune() {
    return new TrainingState(epoch, FINE_TUNE, 0, false, bestValue, bestEpoch, 0, curve);
  }
}
