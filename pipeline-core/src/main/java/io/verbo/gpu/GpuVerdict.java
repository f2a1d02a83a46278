package io.verbo.gpu;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What training does about GPUs, decided by {@link GpuSupport#decide}. Immutable.
 *
 * @param outcome the decision
 * @param unsupported the GPUs the bundled CUDA build cannot run on (empty if none)
 * @param message one plain sentence or two for the log and {@code verbo doctor}
 * @param sparkSettings Spark settings the decision needs at session start (the executors' backend
 *     on {@link Outcome#FALLBACK_CPU}); empty otherwise
 */
public record GpuVerdict(
    Outcome outcome,
    List<GpuDevice> unsupported,
    String message,
    Map<String, String> sparkSettings) {
  /** The possible decisions. */
  public enum Outcome {
    /** ND4J runs on the CPU backend; there is no GPU problem. */
    CPU,
    /** ND4J runs on the CUDA backend, on GPUs the build supports. */
    GPU,
    /**
     * GPUs are unsupported; training runs on the CPU backend as {@code verbo.gpu.unsupported} says.
     */
    FALLBACK_CPU,
    /** Training must not start; {@link #message} says why and what to change. */
    STOP
  }

  /** Freezes the collections. */
  public GpuVerdict {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
    unsupported = List.copyOf(unsupported);
    sparkSettings = Map.copyOf(sparkSettings);
  }

  /**
   * @return true unless the outcome is {@link Outcome#STOP}
   */
  public boolean canTrain() {
    return outcome != Outcome.STOP;
  }
}
