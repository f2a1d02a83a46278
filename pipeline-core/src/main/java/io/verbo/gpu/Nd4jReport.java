package io.verbo.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * What the loaded ND4J says about itself: backend, devices, native libraries and JavaCPP's off-heap
 * limits. Creating one loads ND4J in this JVM (choosing its backend for good). Immutable.
 *
 * @param backend the backend class ND4J loaded, e.g. {@code CpuBackend} or {@code JCublasBackend}
 * @param cpu whether it is the CPU backend
 * @param devices the CUDA devices ND4J sees, with compute capability and memory (empty on the CPU)
 * @param blasVendor the BLAS ND4J uses ({@code OPENBLAS}, {@code MKL}, {@code CUBLAS})
 * @param nativeBuild the libnd4j build flags (compiler, {@code HAVE_OPENBLAS}, {@code HAVE_ONEDNN},
 *     {@code HAVE_CUDNN}, …), one per entry
 * @param libraries versions of the native library jars on the classpath (artifact → version), for
 *     ND4J, OpenBLAS, MKL, oneDNN, CUDA and JavaCPP when present
 * @param maxBytes JavaCPP {@code Pointer.maxBytes()}: the off-heap limit
 * @param maxPhysicalBytes JavaCPP {@code Pointer.maxPhysicalBytes()}: the limit on the process size
 * @param environment ND4J's own environment summary ({@code getEnvironmentInformation()},
 *     flattened)
 */
public record Nd4jReport(
    String backend,
    boolean cpu,
    List<GpuDevice> devices,
    String blasVendor,
    List<String> nativeBuild,
    Map<String, String> libraries,
    long maxBytes,
    long maxPhysicalBytes,
    Map<String, String> environment) {

  /** Maven coordinates (group/artifact) whose jar versions are reported, in this order. */
  public static final List<String> NATIVE_ARTIFACTS =
      List.of(
          "org.nd4j/nd4j-api",
          "org.nd4j/nd4j-native",
          "org.nd4j/nd4j-cuda-11.6",
          "org.bytedeco/openblas",
          "org.bytedeco/mkl",
          "org.bytedeco/dnnl",
          "org.bytedeco/cuda",
          "org.bytedeco/javacpp");

  /** Freezes the collections. */
  public Nd4jReport {
    devices = List.copyOf(devices);
    nativeBuild = List.copyOf(nativeBuild);
    libraries = Collections.unmodifiableMap(new LinkedHashMap<>(libraries));
    environment = Map.copyOf(environment);
  }

  /**
   * Loads ND4J (if not loaded yet) and reads its state.
   *
   * @return the report
   */
  public static Nd4jReport read() {
    String backend = Nd4j.getBackend().getClass().getSimpleName();
    boolean cpu = Nd4j.getEnvironment().isCPU();
    NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
    List<GpuDevice> devices = new ArrayList<>();
    if (!cpu) {
      // Only the CUDA backend answers these; on the CPU they describe no device.
      for (int i = 0; i < ops.getAvailableDevices(); i++) {
        devices.add(
            new GpuDevice(
                i,
                ops.getDeviceName(i),
                new ComputeCapability(ops.getDeviceMajor(i), ops.getDeviceMinor(i)),
                ops.getDeviceTotalMemory(i)));
      }
    }
    List<String> build = new ArrayList<>();
    for (String line : ops.buildInfo().lines().toList()) {
      if (!line.isBlank()) {
        build.add(line.strip());
      }
    }
    Map<String, String> env = new LinkedHashMap<>();
    Nd4j.getExecutioner()
        .getEnvironmentInformation()
        .forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
    return new Nd4jReport(
        backend,
        cpu,
        devices,
        String.valueOf(Nd4j.factory().blas().getBlasVendor()),
        build,
        libraryVersions(Nd4jReport.class.getClassLoader()),
        Pointer.maxBytes(),
        Pointer.maxPhysicalBytes(),
        env);
  }

  /**
   * @param loader the class loader to look in
   * @return the version of each of {@link #NATIVE_ARTIFACTS} whose jar (or shaded copy) is on the
   *     classpath, from its {@code META-INF/maven/.../pom.properties}
   */
  public static Map<String, String> libraryVersions(ClassLoader loader) {
    Map<String, String> versions = new LinkedHashMap<>();
    for (String artifact : NATIVE_ARTIFACTS) {
      pomVersion(loader, artifact).ifPresent(v -> versions.put(artifact.replace('/', ':'), v));
    }
    return versions;
  }

  /**
   * @param flag a libnd4j build flag, e.g. {@code HAVE_ONEDNN}
   * @return whether libnd4j was built with it (as {@link #nativeBuild} lists it)
   */
  public boolean hasFeature(String flag) {
    return nativeBuild.stream().anyMatch(l -> l.toUpperCase(Locale.ROOT).contains(flag));
  }

  private static Optional<String> pomVersion(ClassLoader loader, String artifact) {
    String resource = "META-INF/maven/" + artifact + "/pom.properties";
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties p = new Properties();
      p.load(in);
      return Optional.ofNullable(p.getProperty("version"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
