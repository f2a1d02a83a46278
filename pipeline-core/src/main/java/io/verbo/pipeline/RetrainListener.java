package io.verbo.pipeline;

import io.verbo.registry.ModelVersion;

/**
 * Observes the registry writes of {@code verbo retrain}, in order. Used by operators' wrappers for
 * notifications and by tests to interrupt a run between two writes. Implementations run on the
 * driver thread; an exception thrown here aborts the run at that point, exactly like a crash.
 */
public interface RetrainListener {
  /** A listener that does nothing. */
  RetrainListener NONE = new RetrainListener() {};

  /**
   * Called after the challenger's version folder is committed, before the pointer moves.
   *
   * @param version the committed version
   */
  default void afterVersionCommitted(ModelVersion version) {}

  /**
   * Called after the champion pointer moved, before the history row is appended.
   *
   * @param version the new champion
   */
  default void afterPromotion(ModelVersion version) {}
}
