package io.verbo.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.config.InvalidConfigException;
import io.verbo.gpu.BackendChoice.Backend;
import io.verbo.gpu.GpuVerdict.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The GPU decision with plain values: compute capability → supported, fallback or stop. */
class GpuSupportTest {
  private static GpuDevice gpu(String cc) {
    return new GpuDevice(0, "GPU " + cc, ComputeCapability.parse(cc), 16L << 30);
  }

  /** Both backends bundled; this JVM loads CUDA when a device is visible. */
  private static BackendChoice cudaJvm(int devices) {
    return BackendChoice.predict(true, true, 0, 100, devices);
  }

  /** Both backends bundled; this JVM was started with BACKEND_PRIORITY_GPU=-1. */
  private static BackendChoice cpuPreferringJvm(int devices) {
    return BackendChoice.predict(true, true, 0, -1, devices);
  }

  @ParameterizedTest(name = "cc {0} supported={1}")
  @CsvSource({
    "3.5, false",
    "3.7, true",
    "5.2, true",
    "7.0, true",
    "7.5, true",
    "8.0, true",
    "8.6, true",
    "8.7, false",
    "8.9, false",
    "9.0, false",
    "10.0, false",
    "12.0, false"
  })
  void cudaBuildRangeIs37To86(String cc, boolean supported) {
    assertThat(CudaBuild.supports(ComputeCapability.parse(cc)))
        .as("compute capability %s against the ND4J CUDA 11.6 build", cc)
        .isEqualTo(supported);
  }

  @ParameterizedTest(name = "cc {0}, policy {1} -> {2}")
  @CsvSource({
    "8.0, FAIL, GPU",
    "8.6, FALLBACK_CPU, GPU",
    "9.0, FAIL, STOP",
    "8.9, FAIL, STOP",
    "9.0, FALLBACK_CPU, STOP"
  })
  void jvmThatLoadsCuda(String cc, UnsupportedGpuPolicy policy, Outcome expected) {
    GpuVerdict v = GpuSupport.decide(cudaJvm(1), List.of(gpu(cc)), policy);
    assertThat(v.outcome())
        .as("cc %s with %s in a JVM that loads CUDA: %s", cc, policy, v.message())
        .isEqualTo(expected);
  }

  @Test
  void failNamesTheGpuTheRangeAndTheFixes() {
    GpuVerdict v =
        GpuSupport.decide(cudaJvm(2), List.of(gpu("8.0"), gpu("9.0")), UnsupportedGpuPolicy.FAIL);
    assertThat(v.canTrain()).as("fail stops").isFalse();
    assertThat(v.unsupported())
        .as("only the Hopper GPU is unsupported")
        .extracting(d -> d.computeCapability().toString())
        .containsExactly("9.0");
    assertThat(v.message())
        .as("plain reason and fixes")
        .contains("compute capability 9.0")
        .contains("3.7 to 8.6")
        .contains("verbo.gpu.unsupported = fallback-cpu")
        .contains("CPU build");
  }

  @Test
  void fallbackInAJvmThatAlreadyLoadsCudaExplainsWhyItCannot() {
    GpuVerdict v =
        GpuSupport.decide(cudaJvm(1), List.of(gpu("9.0")), UnsupportedGpuPolicy.FALLBACK_CPU);
    assertThat(v.outcome()).as("ND4J picks its backend once per JVM").isEqualTo(Outcome.STOP);
    assertThat(v.message())
        .as("names the environment variable to set")
        .contains("BACKEND_PRIORITY_GPU=-1");
  }

  @Test
  void fallbackWhenTheDriverPrefersTheCpuMovesExecutorsToo() {
    GpuVerdict v =
        GpuSupport.decide(
            cpuPreferringJvm(1), List.of(gpu("9.0")), UnsupportedGpuPolicy.FALLBACK_CPU);
    assertThat(v.outcome()).as("fallback").isEqualTo(Outcome.FALLBACK_CPU);
    assertThat(v.canTrain()).as("training runs on the CPU").isTrue();
    assertThat(v.sparkSettings())
        .as("executors start on the CPU backend")
        .isEqualTo(Map.of("spark.executorEnv.BACKEND_PRIORITY_GPU", "-1"));
    assertThat(v.message()).contains("Falling back to the CPU backend");
  }

  @Test
  void failStillStopsWhenOnlyTheExecutorsWouldUseTheGpu() {
    GpuVerdict v =
        GpuSupport.decide(cpuPreferringJvm(1), List.of(gpu("9.0")), UnsupportedGpuPolicy.FAIL);
    assertThat(v.outcome())
        .as("executors on the same nodes would load CUDA on the unsupported GPU")
        .isEqualTo(Outcome.STOP);
  }

  @Test
  void fallbackNeedsTheCpuBackendInTheBuild() {
    BackendChoice cudaOnly = BackendChoice.predict(false, true, 0, 100, 1);
    GpuVerdict v =
        GpuSupport.decide(cudaOnly, List.of(gpu("9.0")), UnsupportedGpuPolicy.FALLBACK_CPU);
    assertThat(v.outcome()).isEqualTo(Outcome.STOP);
    assertThat(v.message()).as("says the CPU backend is missing").contains("no CPU backend");
  }

  @Test
  void cpuBuildIgnoresGpus() {
    BackendChoice cpuBuild = BackendChoice.predict(true, false, 0, 100, 0);
    GpuVerdict v = GpuSupport.decide(cpuBuild, List.of(gpu("9.0")), UnsupportedGpuPolicy.FAIL);
    assertThat(v.outcome()).as("the CPU build never uses the GPU").isEqualTo(Outcome.CPU);
    assertThat(v.message()).contains("CPU backend, no GPU devices used");
    assertThat(v.sparkSettings()).as("nothing to change").isEmpty();
  }

  @Test
  void noUsableBackendStops() {
    BackendChoice none = BackendChoice.predict(false, true, 0, 100, 0);
    assertThat(none.backend()).isEqualTo(Backend.NONE);
    GpuVerdict v = GpuSupport.decide(none, List.of(), UnsupportedGpuPolicy.FALLBACK_CPU);
    assertThat(v.outcome()).isEqualTo(Outcome.STOP);
    assertThat(v.message()).contains("no CUDA device is visible");
  }

  @ParameterizedTest(name = "cpu={0} cuda={1} prio cpu={2} gpu={3} devices={4} -> {5}")
  @CsvSource({
    "true, false, 0, 100, 0, CPU",
    "true, false, 0, 100, 2, CPU",
    "true, true, 0, 100, 0, CPU",
    "true, true, 0, 100, 1, CUDA",
    "true, true, 0, -1, 1, CPU",
    "true, true, 200, 100, 1, CPU",
    "false, true, 0, 100, 1, CUDA",
    "false, true, 0, -1, 1, CUDA",
    "false, true, 0, 100, 0, NONE",
    "false, false, 0, 100, 0, NONE"
  })
  void backendChoiceMirrorsNd4j(
      boolean cpu, boolean cuda, int cpuPrio, int gpuPrio, int devices, Backend expected) {
    assertThat(BackendChoice.predict(cpu, cuda, cpuPrio, gpuPrio, devices).backend())
        .as("highest priority backend that can run")
        .isEqualTo(expected);
  }

  @Test
  void backendChoiceReadsThePriorityVariables() {
    assertThat(BackendChoice.detect(Map.of("BACKEND_PRIORITY_GPU", "-1"), 0).cpuBundled())
        .as("this (CPU) build bundles nd4j-native")
        .isTrue();
    assertThatThrownBy(() -> BackendChoice.detect(Map.of("BACKEND_PRIORITY_GPU", "high"), 0))
        .as("ND4J itself would fail on this")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BACKEND_PRIORITY_GPU=high");
  }

  @Test
  void policyNamesAreTheConfigValues() {
    assertThat(UnsupportedGpuPolicy.fromConfig("fallback-cpu"))
        .isEqualTo(UnsupportedGpuPolicy.FALLBACK_CPU);
    assertThat(UnsupportedGpuPolicy.fromConfig("fail")).isEqualTo(UnsupportedGpuPolicy.FAIL);
    assertThatThrownBy(() -> UnsupportedGpuPolicy.fromConfig("cpu"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.gpu.unsupported")
        .hasMessageContaining("fallback-cpu");
  }

  @Test
  void computeCapabilityParsesAndOrders() {
    assertThat(ComputeCapability.parse(" 8.6 ")).isEqualTo(new ComputeCapability(8, 6));
    assertThat(ComputeCapability.parse("10.0").isNewerThan(ComputeCapability.parse("9.0")))
        .as("numeric, not lexical, order")
        .isTrue();
    assertThatThrownBy(() -> ComputeCapability.parse("[Field Not Found]"))
        .hasMessageContaining("MAJOR.MINOR");
  }

  @Test
  void nvidiaSmiOutputIsParsed() {
    List<GpuDevice> devices =
        NvidiaSmi.parse(
            "0, NVIDIA A100-SXM4-40GB, 8.0, 40960\n1, NVIDIA H100 80GB HBM3, 9.0, 81559\n\n");
    assertThat(devices)
        .extracting(GpuDevice::name)
        .containsExactly("NVIDIA A100-SXM4-40GB", "NVIDIA H100 80GB HBM3");
    assertThat(devices.get(1).computeCapability()).isEqualTo(new ComputeCapability(9, 0));
    assertThat(devices.get(0).totalMemoryBytes()).as("MiB to bytes").isEqualTo(40960L << 20);
    assertThat(NvidiaSmi.parse("0, Tesla, K80, 3.7, [N/A]").get(0))
        .as("commas in the name, unknown memory")
        .satisfies(d -> assertThat(d.name()).isEqualTo("Tesla, K80"))
        .satisfies(d -> assertThat(d.totalMemoryBytes()).isEqualTo(-1));
    assertThat(NvidiaSmi.parse("")).as("no GPUs").isEmpty();
    assertThatThrownBy(() -> NvidiaSmi.parse("0, Tesla T4, [Field Not Found], 15360"))
        .as("old drivers do not report compute_cap")
        .hasMessageContaining("R510");
  }

  @Test
  void inventoryWithoutNvidiaSmiSaysWhy() {
    NvidiaSmi.Inventory none =
        new NvidiaSmi.Inventory(List.of(), java.util.Optional.of("nvidia-smi not found"));
    assertThat(none.summary()).isEqualTo("no GPU (nvidia-smi not found)");
  }
}
