package io.verbo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code verbo doctor} for real, in this JVM, on the CPU backend this build has. */
class DoctorCommandTest {
  private static CommandLineTest.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = VerboCommand.commandLine(new VerboCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new CommandLineTest.Run(exit, out.toString(), err.toString());
  }

  @Test
  void reportsTheCpuBackendAndIsHealthy() {
    CommandLineTest.Run r = run("doctor");
    assertThat(r.exit())
        .as("healthy on the CPU build:\n%s%s", r.out(), r.err())
        .isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .as("versions of the stack")
        .contains("spark_runtime:         3.5.9")
        .contains("scala:                 2.12.")
        .contains("dl4j:                  1.0.0-M2.1")
        .contains("java:                  17");
    assertThat(r.out())
        .as("backend, how it was chosen, and no GPU")
        .contains("loaded:                CpuBackend (CPU)")
        .contains("chosen because:        the CPU backend is the only backend on the classpath")
        .contains("CPU backend, no GPU devices");
    assertThat(r.out())
        .as("native libraries as ND4J reports them")
        .contains("blas:                  OPENBLAS")
        .contains("org.bytedeco:openblas: 0.3.19-1.5.7")
        .contains("HAVE_OPENBLAS")
        .contains("oneDNN:");
    assertThat(r.out())
        .as("JavaCPP limits of this JVM")
        .containsPattern("maxbytes: +\\d+ \\(")
        .containsPattern("maxphysicalbytes: +\\d+ \\(");
    assertThat(r.out())
        .as("the verdict training would reach")
        .contains("verdict:               cpu")
        .contains("Status: healthy");
  }

  @Test
  void helpDescribesTheCheck() {
    CommandLineTest.Run r = run("doctor", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Usage: verbo doctor")
        .contains("compute capability 3.7 to 8.6")
        .contains("--set");
    assertThat(run("--help").out()).as("listed by verbo --help").contains("doctor");
  }

  @Test
  void badPolicyIsAConfigurationError() {
    CommandLineTest.Run r = run("doctor", "--set", "verbo.gpu.unsupported=ignore");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("verbo.gpu.unsupported").contains("fallback-cpu");
  }
}
