package io.verbo.jobs;

import io.verbo.config.ConfigLoader;
import io.verbo.gpu.BackendChoice;
import io.verbo.gpu.CudaBuild;
import io.verbo.gpu.GpuDevice;
import io.verbo.gpu.GpuGuard;
import io.verbo.gpu.GpuSettings;
import io.verbo.gpu.GpuVerdict;
import io.verbo.gpu.Nd4jReport;
import io.verbo.store.BuildInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verbo doctor}: what this JVM would train on, checked before anything trains. It prints the
 * stack versions, the ND4J backend and why ND4J chose it, the GPUs with compute capability and
 * memory (or that there are none), the native libraries, JavaCPP's off-heap limits and the verdict
 * of the GPU check that training runs ({@code verbo.gpu.unsupported}). Exit 0 when training can run
 * here, 1 otherwise. Starts no Spark.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check this machine and build before training: ND4J backend (and why), GPUs with compute",
      "capability and memory, native libraries (OpenBLAS, MKL, oneDNN, CUDA), JavaCPP off-heap",
      "limits, Spark/Scala/DL4J/ND4J/Java versions, and whether the bundled CUDA 11.6 build",
      "supports the GPU (compute capability 3.7 to 8.6). Starts no Spark.",
      "",
      "Exit 0 when training can run here, 1 otherwise (verbo.gpu.unsupported = fail on an",
      "unsupported GPU, or no usable ND4J backend)."
    })
public final class DoctorCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  /**
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new DoctorCommand(), args));
  }

  @Override
  public Integer call() {
    GpuSettings gpu = ConfigLoader.gpu(options.resolve());
    PrintWriter out = spec.commandLine().getOut();
    List<String> problems = new ArrayList<>();

    out.println("Versions");
    BuildInfo.versions().forEach((k, v) -> line(out, k, v));
    line(out, "spark_runtime", org.apache.spark.package$.MODULE$.SPARK_VERSION());
    line(out, "scala", scala.util.Properties.versionNumberString());

    // Before ND4J loads: the prediction and the verdict training would reach (GpuGuard).
    GpuGuard.Inspection inspection = GpuGuard.inspect(gpu);
    GpuVerdict verdict = inspection.verdict();
    BackendChoice predicted = inspection.choice();

    out.println("ND4J backend");
    Nd4jReport nd4j = null;
    try {
      nd4j = Nd4jReport.read();
    } catch (RuntimeException | LinkageError e) {
      problems.add("ND4J did not load: " + e);
      line(out, "loaded", "FAILED: " + e);
    }
    line(out, "chosen because", predicted.reason());
    line(out, "nvidia-smi", inspection.inventory().summary());
    line(out, "bundled backends", bundled(predicted));
    if (nd4j != null) {
      line(out, "loaded", nd4j.backend() + (nd4j.cpu() ? " (CPU)" : " (CUDA)"));
      out.println("Devices");
      if (nd4j.cpu()) {
        line(out, "devices", "CPU backend, no GPU devices");
      } else {
        for (GpuDevice d : nd4j.devices()) {
          line(
              out,
              "gpu " + d.index(),
              d.describe()
                  + (CudaBuild.supports(d.computeCapability())
                      ? " (supported)"
                      : " (NOT supported by the CUDA " + CudaBuild.CUDA_VERSION + " build)"));
        }
      }
      line(
          out,
          "cores / omp threads",
          nd4j.environment().getOrDefault("cores", "?")
              + " / "
              + nd4j.environment().getOrDefault("omp.threads", "?"));
      out.println("Native libraries");
      line(out, "blas", nd4j.blasVendor());
      nd4j.libraries().forEach((k, v) -> line(out, k, v));
      line(out, "oneDNN", nd4j.hasFeature("HAVE_ONEDNN") ? "built in" : "not in this build");
      line(
          out,
          "MKL",
          nd4j.hasFeature("HAVE_MKL") || nd4j.libraries().containsKey("org.bytedeco:mkl")
              ? "present"
              : "not in this build");
      line(out, "libnd4j build", String.join(", ", nd4j.nativeBuild()));
      out.println("Off-heap (JavaCPP)");
      line(out, "maxbytes", bytes(nd4j.maxBytes()) + " (-Dorg.bytedeco.javacpp.maxbytes)");
      line(
          out,
          "maxphysicalbytes",
          bytes(nd4j.maxPhysicalBytes()) + " (-Dorg.bytedeco.javacpp.maxphysicalbytes)");
      line(out, "heap max", bytes(Runtime.getRuntime().maxMemory()) + " (-Xmx)");
      if (predicted.backend() != BackendChoice.Backend.NONE
          && nd4j.cpu() != (predicted.backend() == BackendChoice.Backend.CPU)) {
        problems.add(
            "ND4J loaded "
                + nd4j.backend()
                + " but the GPU check predicted "
                + predicted.backend()
                + ": the check's verdict may not hold");
      }
    }

    out.println("GPU check (" + gpu.unsupported().configName() + " on unsupported GPUs)");
    line(out, "verdict", verdict.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    line(out, "detail", verdict.message());
    verdict.sparkSettings().forEach((k, v) -> line(out, "spark setting", k + "=" + v));
    if (!verdict.canTrain()) {
      problems.add(verdict.message());
    }

    out.println(problems.isEmpty() ? "Status: healthy" : "Status: NOT healthy");
    problems.forEach(p -> out.println("  - " + p));
    out.flush();
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
  }

  private static String bundled(BackendChoice c) {
    List<String> b = new ArrayList<>();
    if (c.cpuBundled()) {
      b.add("CPU (nd4j-native)");
    }
    if (c.cudaBundled()) {
      b.add("CUDA (nd4j-cuda-" + CudaBuild.CUDA_VERSION + ")");
    }
    return b.isEmpty() ? "none" : String.join(", ", b);
  }

  private static void line(PrintWriter out, String key, String value) {
    out.printf(Locale.ROOT, "  %-22s %s%n", key + ":", value);
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%d (%.1f GiB)", n, n / (double) (1L << 30));
  }
}
