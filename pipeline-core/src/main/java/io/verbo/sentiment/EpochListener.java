package io.verbo.sentiment;

/**
 * Called on the driver after each epoch has been checkpointed (progress reporting, sweeps, tests
 * that simulate a crash). An exception thrown here aborts training; the checkpoint of that epoch is
 * already written, so a resumed run continues with the next epoch.
 */
@FunctionalInterface
public interface EpochListener {
  /** Does nothing. */
  EpochListener NONE = row -> {};

  /**
   * @param row the epoch's training-curve row
   */
  void afterEpoch(EpochRecord row);
}
