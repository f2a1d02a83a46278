package io.verbo.gpu;

import java.util.Locale;
import java.util.Map;

/**
 * The ND4J backend a JVM loads, predicted before ND4J loads, with the reason. It mirrors ND4J
 * 1.0.0-M2.1's {@code Nd4jBackend.load()}: every backend on the classpath is tried in order of
 * priority (CPU {@code 0}, CUDA {@code 100}, overridden by the environment variables {@code
 * BACKEND_PRIORITY_CPU} and {@code BACKEND_PRIORITY_GPU}, read once when the JVM first loads ND4J),
 * and the first one that can run wins; the CUDA backend can run only when a CUDA device is visible.
 * Immutable.
 *
 * @param backend the backend ND4J will load
 * @param reason why, in one sentence
 * @param cpuBundled whether the CPU backend ({@code nd4j-native}) is on the classpath
 * @param cudaBundled whether the CUDA backend ({@code nd4j-cuda-11.6}) is on the classpath
 */
public record BackendChoice(
    Backend backend, String reason, boolean cpuBundled, boolean cudaBundled) {
  /** Environment variable ND4J reads for the CPU backend's priority (default 0). */
  public static final String CPU_PRIORITY_ENV = "BACKEND_PRIORITY_CPU";

  /** Environment variable ND4J reads for the CUDA backend's priority (default 100). */
  public static final String GPU_PRIORITY_ENV = "BACKEND_PRIORITY_GPU";

  /** Value of {@link #GPU_PRIORITY_ENV} that makes ND4J prefer the CPU backend. */
  public static final String PREFER_CPU = "-1";

  private static final String CPU_CLASS = "org/nd4j/linalg/cpu/nativecpu/CpuBackend.class";
  private static final String CUDA_CLASS = "org/nd4j/linalg/jcublas/JCublasBackend.class";

  /** ND4J's backends. */
  public enum Backend {
    /** {@code nd4j-native}: OpenBLAS/oneDNN on the CPU. */
    CPU,
    /** {@code nd4j-cuda-11.6}: CUDA on NVIDIA GPUs. */
    CUDA,
    /** No backend can run: ND4J fails to load. */
    NONE
  }

  /**
   * Predicts the backend from plain facts.
   *
   * @param cpuBundled the CPU backend is on the classpath
   * @param cudaBundled the CUDA backend is on the classpath
   * @param cpuPriority the CPU backend's priority
   * @param gpuPriority the CUDA backend's priority
   * @param cudaDevices CUDA devices visible to this process
   * @return the backend ND4J will load and why
   */
  public static BackendChoice predict(
      boolean cpuBundled, boolean cudaBundled, int cpuPriority, int gpuPriority, int cudaDevices) {
    String priorities =
        String.format(Locale.ROOT, "priorities CPU %d, CUDA %d", cpuPriority, gpuPriority);
    if (cudaBundled && cudaDevices > 0 && (!cpuBundled || gpuPriority > cpuPriority)) {
      return new BackendChoice(
          Backend.CUDA,
          "CUDA backend on the classpath, "
              + cudaDevices
              + " CUDA device(s) visible"
              + (cpuBundled ? ", and it has the higher priority (" + priorities + ")" : ""),
          cpuBundled,
          true);
    }
    if (!cpuBundled) {
      return new BackendChoice(
          Backend.NONE,
          cudaBundled
              ? "only the CUDA backend is on the classpath and no CUDA device is visible"
              : "no ND4J backend on the classpath",
          false,
          cudaBundled);
    }
    String why;
    if (!cudaBundled) {
      why = "the CPU backend is the only backend on the classpath (a CPU build)";
    } else if (cudaDevices == 0) {
      why = "the CUDA backend is on the classpath but no CUDA device is visible";
    } else {
      why =
          "the CPU backend has the higher priority ("
              + priorities
              + ", from "
              + GPU_PRIORITY_ENV
              + "/"
              + CPU_PRIORITY_ENV
              + ")";
    }
    return new BackendChoice(Backend.CPU, why, true, cudaBundled);
  }

  /**
   * Predicts the backend of this JVM from its classpath, its environment and the GPUs visible.
   *
   * @param env the process environment ({@code System.getenv()})
   * @param cudaDevices CUDA devices visible to this process
   * @return the prediction
   * @throws IllegalArgumentException if a priority variable is not a whole number (ND4J itself
   *     would fail to load)
   */
  public static BackendChoice detect(Map<String, String> env, int cudaDevices) {
    ClassLoader cl = BackendChoice.class.getClassLoader();
    return predict(
        cl.getResource(CPU_CLASS) != null,
        cl.getResource(CUDA_CLASS) != null,
        priority(env, CPU_PRIORITY_ENV, 0),
        priority(env, GPU_PRIORITY_ENV, 100),
        cudaDevices);
  }

  private static int priority(Map<String, String> env, String name, int fallback) {
    String v = env.get(name);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Cannot use " + name + "=" + v + ": ND4J needs a whole number (e.g. " + PREFER_CPU + ")",
          e);
    }
  }
}
