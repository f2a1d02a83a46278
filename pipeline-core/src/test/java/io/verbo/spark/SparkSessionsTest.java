package io.verbo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.config.SparkSettings;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SparkConf a job builds, in particular what bin/verbo adds for a cluster master. */
class SparkSessionsTest {
  private static final String JARS = "/x/jobs.jar,/x/pipeline-core.jar";
  private static final String OPTS =
      "--add-opens=java.base/java.nio=ALL-UNNAMED -Dfile.encoding=UTF-8";

  @BeforeEach
  void launcherProperties() {
    System.setProperty(SparkSessions.LAUNCHER_JARS, JARS);
    System.setProperty(SparkSessions.LAUNCHER_EXECUTOR_JAVA_OPTIONS, OPTS);
    System.setProperty(SparkSessions.LAUNCHER_DRIVER_HOST, "127.0.0.1");
  }

  @AfterEach
  void clearLauncherProperties() {
    System.clearProperty(SparkSessions.LAUNCHER_JARS);
    System.clearProperty(SparkSessions.LAUNCHER_EXECUTOR_JAVA_OPTIONS);
    System.clearProperty(SparkSessions.LAUNCHER_DRIVER_HOST);
  }

  @Test
  void clusterMasterGetsJarsExecutorOptionsAndDriverHostFromTheLauncher() {
    SparkConf conf =
        SparkSessions.sparkConf(new SparkSettings("t", "spark://127.0.0.1:7077", Map.of()));
    assertThat(conf.get("spark.master")).isEqualTo("spark://127.0.0.1:7077");
    assertThat(conf.get("spark.jars")).as("executors load the job classes").isEqualTo(JARS);
    assertThat(conf.get("spark.executor.extraJavaOptions"))
        .as("Java 17 flags on executors")
        .isEqualTo(OPTS);
    assertThat(conf.get("spark.driver.host"))
        .as("executors reach the driver where it binds")
        .isEqualTo("127.0.0.1");
  }

  @Test
  void configurationWinsOverTheLauncher() {
    SparkConf conf =
        SparkSessions.sparkConf(
            new SparkSettings(
                "t",
                "spark://127.0.0.1:7077",
                Map.of("spark.jars", "/mine.jar", "spark.executor.extraJavaOptions", "-Dmine=1")));
    assertThat(conf.get("spark.jars")).isEqualTo("/mine.jar");
    assertThat(conf.get("spark.executor.extraJavaOptions")).isEqualTo("-Dmine=1");
  }

  @Test
  void localMasterIgnoresTheLauncherProperties() {
    SparkConf conf = SparkSessions.sparkConf(new SparkSettings("t", "", Map.of()));
    assertThat(conf.get("spark.master")).isEqualTo(SparkSessions.EMBEDDED_MASTER);
    assertThat(conf.contains("spark.jars"))
        .as("in-process executors share the driver's classpath")
        .isFalse();
    assertThat(conf.contains("spark.executor.extraJavaOptions")).isFalse();
    assertThat(conf.get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
  }

  @Test
  void withoutTheLauncherNothingIsAdded() {
    clearLauncherProperties();
    SparkConf conf =
        SparkSessions.sparkConf(new SparkSettings("t", "spark://127.0.0.1:7077", Map.of()));
    assertThat(conf.contains("spark.jars")).as("spark-submit sets spark.jars itself").isFalse();
    assertThat(conf.contains("spark.driver.host")).isFalse();
  }
}
