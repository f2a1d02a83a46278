package io.verbo.gpu;

/**
 * The GPUs the bundled ND4J CUDA build is made for. {@code nd4j-cuda-11.6:1.0.0-M2.1} is built for
 * compute capability 3.7 to 8.6 (Kepler K80 to Ampere; see {@code docs/stack-notes.md}); newer GPUs
 * (Ada 8.9, Hopper 9.0, Blackwell 10.x/12.x) are outside that range: at best the CUDA driver
 * JIT-compiles the newest embedded code for them, at worst kernels fail to launch mid-training, and
 * neither was tried on hardware. Verbo therefore treats them as unsupported. Stateless.
 */
public final class CudaBuild {
  /** The ND4J CUDA artifact this describes. */
  public static final String ARTIFACT = "org.nd4j:nd4j-cuda-11.6:1.0.0-M2.1";

  /** The CUDA toolkit version of that build (drivers must support it). */
  public static final String CUDA_VERSION = "11.6";

  /** Oldest compute capability with kernels in the build. */
  public static final ComputeCapability MIN = new ComputeCapability(3, 7);

  /** Newest compute capability with kernels in the build. */
  public static final ComputeCapability MAX = new ComputeCapability(8, 6);

  private CudaBuild() {}

  /**
   * @param cc a GPU's compute capability
   * @return true if the build has kernels for it
   */
  public static boolean supports(ComputeCapability cc) {
    return !cc.isNewerThan(MAX) && !MIN.isNewerThan(cc);
  }
}
