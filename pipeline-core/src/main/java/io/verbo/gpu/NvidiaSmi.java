package io.verbo.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The machine's GPUs as {@code nvidia-smi} lists them, read without loading CUDA or ND4J (so the
 * answer can steer which ND4J backend a JVM should load). Stateless and thread-safe.
 */
public final class NvidiaSmi {
  /** The query: one CSV line per GPU with index, name, compute capability and memory in MiB. */
  public static final List<String> QUERY =
      List.of(
          "nvidia-smi",
          "--query-gpu=index,name,compute_cap,memory.total",
          "--format=csv,noheader,nounits");

  private NvidiaSmi() {}

  /**
   * The result of asking {@code nvidia-smi}.
   *
   * @param devices the GPUs listed (empty when there are none or the tool could not answer)
   * @param problem why there is no answer (tool absent, failed, timed out), empty when it answered
   */
  public record Inventory(List<GpuDevice> devices, Optional<String> problem) {
    /** Freezes the list. */
    public Inventory {
      devices = List.copyOf(devices);
    }

    /**
     * @return e.g. {@code 2 GPU(s)} or {@code no GPU (nvidia-smi not found)}
     */
    public String summary() {
      if (!devices.isEmpty()) {
        return devices.size() + " GPU(s)";
      }
      return "no GPU" + problem.map(p -> " (" + p + ")").orElse("");
    }
  }

  /**
   * Runs {@link #QUERY}.
   *
   * @param timeout how long to wait for it
   * @return the GPUs, or none with the reason
   */
  public static Inventory query(Duration timeout) {
    Process p;
    try {
      p = new ProcessBuilder(QUERY).redirectErrorStream(true).start();
    } catch (IOException e) {
      return new Inventory(
          List.of(), Optional.of("nvidia-smi not found: no NVIDIA driver on this machine"));
    }
    try (InputStream in = p.getInputStream()) {
      byte[] out = in.readNBytes(1 << 16);
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return new Inventory(List.of(), Optional.of("nvidia-smi did not answer within " + timeout));
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        return new Inventory(
            List.of(),
            Optional.of("nvidia-smi failed (exit " + p.exitValue() + "): " + firstLine(text)));
      }
      return new Inventory(parse(text), Optional.empty());
    } catch (IOException e) {
      p.destroyForcibly();
      return new Inventory(
          List.of(), Optional.of("cannot read nvidia-smi output: " + e.getMessage()));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return new Inventory(List.of(), Optional.of("interrupted while waiting for nvidia-smi"));
    }
  }

  /**
   * Parses the output of {@link #QUERY}: {@code 0, NVIDIA A100-SXM4-40GB, 8.0, 40960} per line.
   *
   * @param csv the tool's output
   * @return one device per non-blank line
   * @throws IllegalArgumentException if a line is not of that form (for example a driver too old
   *     for {@code compute_cap}, which prints {@code [Field Not Found]})
   */
  public static List<GpuDevice> parse(String csv) {
    List<GpuDevice> devices = new ArrayList<>();
    for (String line : csv.lines().toList()) {
      if (line.isBlank()) {
        continue;
      }
      // The name may itself contain commas: index is first, compute_cap and memory are last.
      String[] f = line.split(",", -1);
      if (f.length < 4) {
        throw new IllegalArgumentException(
            "Cannot parse nvidia-smi line '" + line + "': expected 4 fields");
      }
      try {
        int index = Integer.parseInt(f[0].trim());
        String name = String.join(",", List.of(f).subList(1, f.length - 2)).trim();
        ComputeCapability cc = ComputeCapability.parse(f[f.length - 2]);
        String mib = f[f.length - 1].trim();
        long memory = mib.matches("\\d+") ? Long.parseLong(mib) << 20 : -1;
        devices.add(new GpuDevice(index, name, cc, memory));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Cannot parse nvidia-smi line '"
                + line
                + "': "
                + e.getMessage()
                + " (drivers older than R510 do not report compute_cap)",
            e);
      }
    }
    return devices;
  }

  private static String firstLine(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
