package io.verbo.corpus;

import io.verbo.config.Split;
import io.verbo.config.SplitSettings;
import java.io.Serializable;

/**
 * Assigns a document to train, validation or test from a stable 64-bit hash of its id and the
 * seed, so the same id always lands in the same split, whatever the partitioning, machine or Spark
 * version. Immutable and thread-safe.
 */
public final class SplitAssigner implements Serializable {
  private static final long serialVersionUID = 1L;

  private final SplitSettings settings;

  /** @param settings fractions and seed */
  public SplitAssigner(SplitSettings settings) {
    this.settings = settings;
  }

  /**
   * @param docId the document id
   * @return the split of that document
   */
  public Split assign(String docId) {
    double u = unitHash(docId, settings.seed());
    if (u < settings.train()) {
      return Split.TRAIN;
    }
    if (u < settings.train() + settings.validation()) {
      return Split.VALIDATION;
    }
    return Split.TEST;
  }

  static double unitHash(String id, long seed) {
    return StableHash.unit(id, seed);
  }
}
