package io.verbo.gpu;

import io.verbo.gpu.BackendChoice.Backend;
import io.verbo.gpu.GpuVerdict.Outcome;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The decision: can training run on this JVM's ND4J backend and GPUs, and if a GPU is newer than
 * the bundled CUDA build supports ({@link CudaBuild}), does it fall back to the CPU or stop. Pure
 * function of its arguments; stateless.
 *
 * <p>ND4J picks its backend once per JVM from the environment ({@link BackendChoice}), so a running
 * JVM cannot switch. A fallback is therefore possible only when this JVM already loads the CPU
 * backend (the deploy launchers start drivers with {@code BACKEND_PRIORITY_GPU=-1}); executors,
 * which start later, are then told the same through {@code spark.executorEnv}.
 */
public final class GpuSupport {
  /** Spark setting that makes executors load ND4J's CPU backend. */
  public static final String EXECUTOR_GPU_PRIORITY =
      "spark.executorEnv." + BackendChoice.GPU_PRIORITY_ENV;

  private GpuSupport() {}

  /**
   * @param choice the backend this JVM loads
   * @param devices the GPUs visible to this JVM
   * @param policy what to do on an unsupported GPU
   * @return the verdict
   */
  public static GpuVerdict decide(
      BackendChoice choice, List<GpuDevice> devices, UnsupportedGpuPolicy policy) {
    List<GpuDevice> unsupported =
        devices.stream().filter(d -> !CudaBuild.supports(d.computeCapability())).toList();
    if (choice.backend() == Backend.NONE) {
      return new GpuVerdict(
          Outcome.STOP,
          unsupported,
          "ND4J has no backend that can run here: "
              + choice.reason()
              + ". Fix: build without -Pcuda for CPU machines, or run on a node with an NVIDIA"
              + " GPU.",
          Map.of());
    }
    // Unsupported GPUs matter only when the CUDA build could use them.
    if (unsupported.isEmpty() || !choice.cudaBundled()) {
      if (choice.backend() == Backend.CUDA) {
        return new GpuVerdict(
            Outcome.GPU,
            List.of(),
            "CUDA backend on "
                + devices.size()
                + " supported GPU(s) (compute capability "
                + CudaBuild.MIN
                + " to "
                + CudaBuild.MAX
                + ")",
            Map.of());
      }
      return new GpuVerdict(
          Outcome.CPU,
          List.of(),
          devices.isEmpty() || !choice.cudaBundled()
              ? "CPU backend, no GPU devices used (" + choice.reason() + ")"
              : "CPU backend (" + choice.reason() + "); the GPUs are supported but not used",
          Map.of());
    }
    String problem =
        "the bundled ND4J CUDA "
            + CudaBuild.CUDA_VERSION
            + " build supports compute capability "
            + CudaBuild.MIN
            + " to "
            + CudaBuild.MAX
            + ", and "
            + unsupported.stream().map(GpuDevice::describe).collect(Collectors.joining("; "))
            + (unsupported.size() == 1 ? " is" : " are")
            + " outside that range";
    if (policy == UnsupportedGpuPolicy.FAIL) {
      return new GpuVerdict(
          Outcome.STOP,
          unsupported,
          "Unsupported GPU: "
              + problem
              + ". Training stops ("
              + GpuSettings.UNSUPPORTED
              + " = fail). Fix: run on GPUs with compute capability <= "
              + CudaBuild.MAX
              + ", use the CPU build (no -Pcuda), or set "
              + GpuSettings.UNSUPPORTED
              + " = fallback-cpu.",
          Map.of());
    }
    if (!choice.cpuBundled()) {
      return new GpuVerdict(
          Outcome.STOP,
          unsupported,
          "Unsupported GPU: "
              + problem
              + ". Cannot fall back to the CPU: this build has no CPU"
              + " backend (nd4j-native). Fix: build with -Pcuda from this repository (it bundles"
              + " both backends) or use the CPU build.",
          Map.of());
    }
    if (choice.backend() == Backend.CUDA) {
      return new GpuVerdict(
          Outcome.STOP,
          unsupported,
          "Unsupported GPU: "
              + problem
              + ". Cannot fall back to the CPU in this JVM: ND4J picks its"
              + " backend once, when the JVM starts, and this one would load CUDA ("
              + choice.reason()
              + "). Fix: start it with "
              + BackendChoice.GPU_PRIORITY_ENV
              + "="
              + BackendChoice.PREFER_CPU
              + " (deploy/submit.sh does so for drivers).",
          Map.of());
    }
    return new GpuVerdict(
        Outcome.FALLBACK_CPU,
        unsupported,
        "Unsupported GPU: "
            + problem
            + ". Falling back to the CPU backend ("
            + GpuSettings.UNSUPPORTED
            + " = fallback-cpu): this JVM loads it already, and executors start with "
            + BackendChoice.GPU_PRIORITY_ENV
            + "="
            + BackendChoice.PREFER_CPU
            + ".",
        Map.of(EXECUTOR_GPU_PRIORITY, BackendChoice.PREFER_CPU));
  }
}
