package io.verbo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/yarn/getGpusResources.sh}, Spark's GPU discovery script, with a stand-in for {@code
 * nvidia-smi} (this machine has no GPU) and without one.
 */
class GpuDiscoveryScriptTest {
  @TempDir Path tmp;

  /** What the script printed and returned. */
  record Run(int exit, String out, String err) {}

  private Run discover(String nvidiaSmi) throws IOException, InterruptedException {
    Path script = TestPaths.repoRoot().resolve("deploy/yarn/getGpusResources.sh");
    ProcessBuilder pb = new ProcessBuilder(List.of(script.toString()));
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("NVIDIA_SMI", nvidiaSmi);
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8).strip(),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path fakeSmi(String body) throws IOException {
    Path f = tmp.resolve("nvidia-smi-" + Integer.toHexString(body.hashCode()));
    Files.writeString(f, "#!/usr/bin/env bash\n" + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwx------"));
    return f;
  }

  @Test
  void listsTheVisibleGpusAsSparkResourceJson() throws Exception {
    Run two = discover(fakeSmi("printf '0\\n1\\n'").toString());
    assertThat(two.exit()).as(two.err()).isZero();
    assertThat(two.out()).isEqualTo("{\"name\":\"gpu\",\"addresses\":[\"0\",\"1\"]}");
    Run one = discover(fakeSmi("echo 0").toString());
    assertThat(one.out())
        .as("an isolated container sees its GPU as 0")
        .isEqualTo("{\"name\":\"gpu\",\"addresses\":[\"0\"]}");
  }

  @Test
  void withoutGpusItPrintsNoneAndFailsWithTheReason() throws Exception {
    Run absent = discover(tmp.resolve("no-such-nvidia-smi").toString());
    assertThat(absent.exit()).as("no driver").isEqualTo(1);
    assertThat(absent.out()).isEqualTo("{\"name\":\"gpu\",\"addresses\":[]}");
    assertThat(absent.err()).contains("not found: no NVIDIA driver");

    Run failing =
        discover(
            fakeSmi(
                    "echo 'NVIDIA-SMI has failed because it could not communicate with the NVIDIA"
                        + " driver'; exit 9")
                .toString());
    assertThat(failing.exit()).isEqualTo(1);
    assertThat(failing.out()).isEqualTo("{\"name\":\"gpu\",\"addresses\":[]}");
    assertThat(failing.err()).contains("could not communicate with the NVIDIA driver");

    Run none = discover(fakeSmi("true").toString());
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).contains("lists no GPU");
  }
}
