package io.verbo.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.verbo.sentiment.DistributedSettings;
import io.verbo.sentiment.SparkTrainingEnvironment;
import io.verbo.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code deploy/submit.sh --dry-run} for every profile: the command it would run, checked against
 * the build (main class, jar, JVM flags, Kryo registrators written to {@code submit.env}), the
 * memory rule and the secrets rule. Runs bash only; no Spark.
 */
class SubmitScriptTest {
  private static final String ACCESS = "AKIAEXAMPLEACCESS123";
  private static final String SECRET = "wJalrXUtnFEMI-example-secret-42";
  private static final String FILE_SECRET = "from-a-secrets-file-99";

  @TempDir Path tmp;
  private Path repo;
  private Map<String, String> build;

  /** What the script printed and returned. */
  record Run(int exit, String out, String err) {
    /**
     * @return the printed command with the shell quoting of spaces and commas undone
     */
    String command() {
      return out.replace("\\ ", " ").replace("\\,", ",").replace("\\=", "=");
    }
  }

  @BeforeEach
  void readBuild() throws IOException {
    repo = TestPaths.repoRoot();
    Path env = repo.resolve("jobs/target/launcher/submit.env");
    assumeThat(env).as("written by the build (generate-resources)").isRegularFile();
    build = new HashMap<>();
    Matcher m =
        Pattern.compile("(?m)^([A-Z_]+)='(.*)'$")
            .matcher(Files.readString(env, StandardCharsets.UTF_8));
    while (m.find()) {
      build.put(m.group(1), m.group(2));
    }
  }

  private Run submit(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(List.of("bash", repo.resolve("deploy/submit.sh").toString()));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("VERBO_") || k.startsWith("AWS_"));
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("submit.sh --dry-run is quick").isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run dryRun(String profile, Map<String, String> env)
      throws IOException, InterruptedException {
    return submit(
        env, "--profile", profile, "--dry-run", "--", "pipeline", "--conf", "conf/cluster.conf");
  }

  private static long conf(String command, String key) {
    Matcher m = Pattern.compile(Pattern.quote(key) + "=(\\d+)m").matcher(command);
    assertThat(m.find()).as("%s in the command", key).isTrue();
    return Long.parseLong(m.group(1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"standalone", "yarn", "yarn-gpu", "kubernetes", "kubernetes-gpu"})
  void everyProfileBuildsACommandFromTheBuild(String profile) throws Exception {
    Run r = dryRun(profile, Map.of());
    assertThat(r.exit()).as("dry run of %s:\n%s%s", profile, r.out(), r.err()).isZero();
    String c = r.command();
    assertThat(c)
        .as("main class from the build")
        .contains("--class " + VerboCommand.class.getName())
        .contains("--class " + build.get("VERBO_MAIN_CLASS"));
    String jar = build.get("VERBO_SPARK_JAR");
    String jarName = Path.of(jar).getFileName().toString();
    assertThat(c)
        .as("the build's jar, then the verbo command")
        .contains(
            (profile.startsWith("kubernetes") ? "local:///opt/verbo/jars/" + jarName : jar)
                + " pipeline --conf conf/cluster.conf");
    assertThat(c)
        .as("Java 17 flags on driver and executors")
        .contains("spark.driver.extraJavaOptions=" + build.get("VERBO_JVM_OPENS"))
        .contains("spark.executor.extraJavaOptions=" + build.get("VERBO_JVM_OPENS"));
    assertThat(c)
        .as("Kryo with the registrators the training code requires")
        .contains("spark.serializer=" + SparkTrainingEnvironment.KRYO)
        .contains(
            "spark.kryo.registrator="
                + SparkTrainingEnvironment.recommendedSparkConf(DistributedSettings.defaults())
                    .get("spark.kryo.registrator"))
        .contains(
            "-D"
                + SparkTrainingEnvironment.TIME_SOURCE_PROPERTY
                + "="
                + SparkTrainingEnvironment.SYSTEM_CLOCK)
        .contains("spark.eventLog.enabled=true");
    // The rule: heap + overhead is the whole budget, off-heap within the physical limit.
    for (String role : List.of("driver", "executor")) {
      long heap = conf(c, "spark." + role + ".memory");
      long overhead = conf(c, "spark." + role + ".memoryOverhead");
      Matcher opts =
          Pattern.compile("(?m)spark\\." + role + "\\.extraJavaOptions=(.*)$").matcher(c);
      assertThat(opts.find()).as("%s JVM options", role).isTrue();
      long offHeap = conf(opts.group(1), "-Dorg.bytedeco.javacpp.maxbytes");
      long physical = conf(opts.group(1), "-Dorg.bytedeco.javacpp.maxphysicalbytes");
      long budget = heap + overhead;
      assertThat(Math.abs(budget - 1024 * Math.round(budget / 1024.0)))
          .as(
              "%s: heap + overhead (%d MiB) is the whole budget of N GiB, up to rounding",
              role, budget)
          .isLessThanOrEqualTo(1);
      assertThat(physical).as("physical limit above heap + off-heap").isGreaterThan(heap + offHeap);
    }
    boolean gpu = profile.endsWith("-gpu");
    assertThat(c.contains("spark.executor.resource.gpu.amount=1"))
        .as("GPU resources only in GPU profiles")
        .isEqualTo(gpu);
    if (gpu) {
      assertThat(c)
          .contains("spark.task.resource.gpu.amount=0.25")
          .contains("spark.executor.resource.gpu.discoveryScript=/opt/verbo/getGpusResources.sh")
          .as("the cluster-mode driver runs ND4J's CPU backend")
          .containsPattern(
              "spark\\.(yarn\\.appMasterEnv|kubernetes\\.driverEnv)\\.BACKEND_PRIORITY_GPU=-1");
    }
  }

  @Test
  void memoryIsDerivedFromOneSettingPerJvm() throws Exception {
    Run r = dryRun("yarn", Map.of("VERBO_EXECUTOR_MEMORY_GB", "10", "VERBO_DRIVER_MEMORY_GB", "2"));
    assertThat(r.exit()).as(r.err()).isZero();
    String c = r.command();
    // 10 GiB = 10240 MiB: heap 40%, off-heap 50%, physical heap + off-heap + 5%, overhead off-heap
    // + 10%.
    assertThat(c)
        .contains("spark.executor.memory=4096m")
        .contains("spark.executor.memoryOverhead=6144m")
        .contains(
            "-Dorg.bytedeco.javacpp.maxbytes=5120m -Dorg.bytedeco.javacpp.maxphysicalbytes=9728m")
        .as("2 GiB driver")
        .contains("spark.driver.memory=819m")
        .contains("spark.driver.memoryOverhead=1228m")
        .contains(
            "-Dorg.bytedeco.javacpp.maxbytes=1024m -Dorg.bytedeco.javacpp.maxphysicalbytes=1945m");
  }

  @Test
  void secretsStayOffTheCommandLine() throws Exception {
    Path secrets = tmp.resolve("s3.properties");
    Files.writeString(
        secrets,
        "# keys\nspark.hadoop.fs.s3a.secret.key=" + FILE_SECRET + "\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
    Run r =
        dryRun(
            "yarn",
            Map.of(
                "VERBO_S3A_CREDENTIALS",
                "env",
                "VERBO_SECRETS_FILE",
                secrets.toString(),
                "AWS_ACCESS_KEY_ID",
                ACCESS,
                "AWS_SECRET_ACCESS_KEY",
                SECRET));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out() + r.err())
        .as("no secret value is printed")
        .doesNotContain(ACCESS)
        .doesNotContain(SECRET)
        .doesNotContain(FILE_SECRET)
        .contains("3 secret setting(s) in a mode-600 properties file")
        .contains("--properties-file");
    Matcher file =
        Pattern.compile("--properties-file (\\S*verbo-submit\\.\\w+/secrets\\.properties)")
            .matcher(r.command());
    assertThat(file.find()).as("the properties file lives in a private temp folder").isTrue();
    assertThat(Path.of(file.group(1)).getParent())
        .as("and is removed when the script exits")
        .doesNotExist();
  }

  @Test
  void kubernetesSecretsAreReferencesAndSecretLookingValuesAreMasked() throws Exception {
    Run r =
        dryRun("kubernetes", Map.of("VERBO_K8S_S3_SECRET", "verbo-s3", "VERBO_APP_NAME", "verbo"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.command())
        .as("the Secret is named, its content is read by the pods")
        .contains(
            "spark.kubernetes.executor.secretKeyRef.AWS_SECRET_ACCESS_KEY=verbo-s3:AWS_SECRET_ACCESS_KEY");

    Path profile = tmp.resolve("leaky.env");
    Files.writeString(
        profile,
        "MASTER=spark://127.0.0.1:7077\nCONF=spark.hadoop.fs.s3a.secret.key=" + SECRET + "\n",
        StandardCharsets.UTF_8);
    Run leaky = submit(Map.of(), "--profile", profile.toString(), "--dry-run", "--", "doctor");
    assertThat(leaky.exit()).as(leaky.err()).isZero();
    assertThat(leaky.out())
        .as("even a secret put in a profile is masked when printed")
        .doesNotContain(SECRET)
        .contains("spark.hadoop.fs.s3a.secret.key=\\*\\*\\*");
  }

  @Test
  void badProfilesAreUsageErrors() throws Exception {
    Path profile = tmp.resolve("typo.env");
    Files.writeString(profile, "MASTER=yarn\nEXECUTOR_MEMORY=8\n", StandardCharsets.UTF_8);
    Run typo = submit(Map.of(), "--profile", profile.toString(), "--dry-run", "--", "doctor");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown profile key EXECUTOR_MEMORY");

    Run noCommand = submit(Map.of(), "--profile", "standalone", "--dry-run");
    assertThat(noCommand.exit()).isEqualTo(2);
    assertThat(noCommand.err()).contains("no verbo command after --");

    Run gpuWithoutScript =
        dryRun("yarn", Map.of("VERBO_GPU_AMOUNT", "1", "VERBO_TASK_GPU_AMOUNT", "1"));
    assertThat(gpuWithoutScript.exit()).isEqualTo(2);
    assertThat(gpuWithoutScript.err()).contains("GPU_DISCOVERY_SCRIPT");

    Run badMemory = dryRun("standalone", Map.of("VERBO_EXECUTOR_MEMORY_GB", "4g"));
    assertThat(badMemory.exit()).isEqualTo(2);
    assertThat(badMemory.err()).contains("EXECUTOR_MEMORY_GB must be a whole number");
  }

  @Test
  void clientModeGpuDriverGetsTheCpuBackendThroughItsEnvironment() throws Exception {
    Run r = dryRun("yarn-gpu", Map.of("VERBO_DEPLOY_MODE", "client"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("submit: driver environment: BACKEND_PRIORITY_GPU=-1");
    assertThat(r.command()).doesNotContain("appMasterEnv");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kubernetes", "kubernetes-gpu"})
  void checkedInSparkApplicationsAreWhatTheScriptGenerates(String profile) throws Exception {
    Run r =
        submit(
            Map.of(),
            "--profile",
            profile,
            "--sparkapplication",
            "verbo-pipeline",
            "--",
            "pipeline",
            "--conf",
            "/opt/verbo/conf/cluster.conf",
            "--set",
            "verbo.run.root=s3a://verbo/runs/latest");
    assertThat(r.exit()).as(r.err()).isZero();
    Path file =
        repo.resolve(
            "deploy/kubernetes/sparkapplication"
                + profile.substring("kubernetes".length())
                + ".yaml");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is stale: regenerate it with the command in its first line", file)
        .isEqualTo(r.out());
    assertThat(r.out())
        .as("same memory rule, flags and registrators as spark-submit")
        .contains("apiVersion: sparkoperator.k8s.io/v1beta2")
        .contains("mainClass: \"" + VerboCommand.class.getName() + "\"")
        .contains("\"spark.kryo.registrator\": \"" + build.get("VERBO_KRYO_REGISTRATOR") + "\"")
        .contains("-Dorg.bytedeco.javacpp.maxbytes=")
        .contains("name: \"verbo-s3\"");
    assertThat(r.out().contains("\"spark.executor.resource.gpu.amount\": \"1\""))
        .as("GPU executors only in the GPU manifest")
        .isEqualTo(profile.endsWith("-gpu"));
  }
}
