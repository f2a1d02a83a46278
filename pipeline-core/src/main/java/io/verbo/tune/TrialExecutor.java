package io.verbo.tune;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the planned (trial, fold) trainings of a sweep: {@link ParallelTrials} or {@link
 * DistributedTrials}.
 */
interface TrialExecutor {
  /**
   * Trains every planned (trial, fold); each result is committed to {@code _trials/} before it is
   * handed to {@code onResult}, on the calling thread. An exception from {@code onResult} stops the
   * sweep (running trainings are cancelled) and propagates.
   *
   * @param planned what to train
   * @param onResult called with each result as it finishes
   */
  void run(List<PlannedTrial> planned, Consumer<TrialResult> onResult);
}
