package io.verbo.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.VerboPipelineException;
import io.verbo.config.ConfigLoader;
import io.verbo.config.VerboConfig;
import io.verbo.pipeline.SentimentStage;
import io.verbo.testing.TestPaths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The check on the training entry path: what it does with each verdict, and on this machine. */
class GpuGuardTest {
  private static final GpuDevice HOPPER =
      new GpuDevice(0, "NVIDIA H100", new ComputeCapability(9, 0), 80L << 30);

  @Test
  void stopVerdictStopsTrainingWithItsMessage() {
    GpuVerdict stop =
        GpuSupport.decide(
            BackendChoice.predict(true, true, 0, 100, 1), List.of(HOPPER), UnsupportedGpuPolicy.FAIL);
    assertThatThrownBy(() -> GpuGuard.enforce(stop))
        .as("training never starts on an unsupported GPU with policy fail")
        .isInstanceOf(VerboPipelineException.class)
        .hasMessageContaining("NVIDIA H100")
        .hasMessageContaining("compute capability 9.0");
  }

  @Test
  void fallbackVerdictHandsTheExecutorBackendToSpark() {
    GpuVerdict fallback =
        GpuSupport.decide(
            BackendChoice.predict(true, true, 0, -1, 1),
            List.of(HOPPER),
            UnsupportedGpuPolicy.FALLBACK_CPU);
    assertThat(GpuGuard.enforce(fallback))
        .as("executors start on the CPU backend")
        .containsEntry(GpuSupport.EXECUTOR_GPU_PRIORITY, "-1");
  }

  @Test
  void thisCpuBuildTrainsOnTheCpuWithoutProbingGpus() {
    GpuGuard.Inspection seen =
        GpuGuard.inspect(new GpuSettings(UnsupportedGpuPolicy.FAIL));
    assertThat(seen.verdict().outcome()).isEqualTo(GpuVerdict.Outcome.CPU);
    assertThat(seen.inventory().problem())
        .as("nvidia-smi is not even asked on a CPU build")
        .isEqualTo(Optional.of("not probed: CPU build"));
    VerboConfig config =
        ConfigLoader.load(Optional.of(TestPaths.localConf()), List.of("verbo.gpu.unsupported=fail"));
    assertThat(SentimentStage.sparkDefaults(config))
        .as("the training entry path runs the check and adds nothing on the CPU")
        .doesNotContainKey(GpuSupport.EXECUTOR_GPU_PRIORITY)
        .containsKey("spark.kryo.registrator");
  }
}
