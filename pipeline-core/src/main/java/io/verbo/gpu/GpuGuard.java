package io.verbo.gpu;

import io.verbo.VerboPipelineException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GPU check at the start of training, on the driver, before the SparkSession starts and before
 * ND4J loads in this JVM: it lists the GPUs with {@code nvidia-smi} (only when the CUDA backend is
 * in the build), predicts the backend ND4J will load, and applies {@link GpuSupport#decide}. The
 * executors are assumed to run on nodes with the same GPUs as the driver's (or none); a GPU node
 * pool mixing GPU generations needs one policy per pool. Stateless.
 */
public final class GpuGuard {
  private static final Logger LOG = LoggerFactory.getLogger(GpuGuard.class);

  /** How long {@code nvidia-smi} may take. */
  public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

  private GpuGuard() {}

  /**
   * What the check saw and decided.
   *
   * @param inventory the GPUs {@code nvidia-smi} listed (not probed on a CPU build)
   * @param choice the ND4J backend this JVM loads
   * @param verdict the decision
   */
  public record Inspection(
      NvidiaSmi.Inventory inventory, BackendChoice choice, GpuVerdict verdict) {}

  /**
   * Looks at this JVM and machine and decides, without loading ND4J; never throws for a GPU
   * problem.
   *
   * @param settings the GPU settings
   * @return what was seen and the verdict
   */
  public static Inspection inspect(GpuSettings settings) {
    BackendChoice withoutGpus = BackendChoice.detect(System.getenv(), 0);
    NvidiaSmi.Inventory inventory =
        withoutGpus.cudaBundled()
            ? NvidiaSmi.query(PROBE_TIMEOUT)
            : new NvidiaSmi.Inventory(List.of(), Optional.of("not probed: CPU build"));
    BackendChoice choice = BackendChoice.detect(System.getenv(), inventory.devices().size());
    return new Inspection(
        inventory, choice, GpuSupport.decide(choice, inventory.devices(), settings.unsupported()));
  }

  /**
   * Runs {@link #inspect} and enforces its verdict before training.
   *
   * @param settings the GPU settings
   * @return Spark settings the verdict needs at session start (empty unless falling back)
   * @throws VerboPipelineException when training must not start (the message says why and the fix)
   */
  public static Map<String, String> beforeTraining(GpuSettings settings) {
    return enforce(inspect(settings).verdict());
  }

  /**
   * Applies a verdict: stops on {@link GpuVerdict.Outcome#STOP}, logs the others.
   *
   * @param verdict the decision
   * @return Spark settings the verdict needs at session start (empty unless falling back)
   * @throws VerboPipelineException when training must not start
   */
  static Map<String, String> enforce(GpuVerdict verdict) {
    switch (verdict.outcome()) {
      case STOP -> throw new VerboPipelineException(verdict.message(), null);
      case FALLBACK_CPU -> LOG.warn("gpu: {}", verdict.message());
      default -> LOG.info("gpu: {}", verdict.message());
    }
    return verdict.sparkSettings();
  }
}
