package io.verbo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stage JVM defaults never override what spark-submit (deploy/submit.sh) already set. */
class AppendJavaOptionsTest {
  @Test
  void definedSystemPropertiesAreKept() {
    String submitted =
        "--add-opens=java.base/java.nio=ALL-UNNAMED -Dorg.bytedeco.javacpp.maxbytes=1024m"
            + " -Dorg.bytedeco.javacpp.maxphysicalbytes=1945m";
    String stage =
        "-Dorg.bytedeco.javacpp.maxbytes=2g -Dorg.bytedeco.javacpp.maxphysicalbytes=6g"
            + " -Dorg.deeplearning4j.spark.time.TimeSource=x.SystemClockTimeSource";
    assertThat(SparkSessions.appendJavaOptions(submitted, stage))
        .as("the launcher's limits stay, the missing time source is added")
        .isEqualTo(
            submitted + " -Dorg.deeplearning4j.spark.time.TimeSource=x.SystemClockTimeSource");
  }

  @Test
  void everythingIsAppendedToOptionsWithoutThoseProperties() {
    assertThat(
            SparkSessions.appendJavaOptions("--add-opens=a -Dfile.encoding=UTF-8", " -Dx=1  -Dy "))
        .isEqualTo("--add-opens=a -Dfile.encoding=UTF-8 -Dx=1 -Dy");
    assertThat(SparkSessions.appendJavaOptions("", "-Dx=1")).as("empty start").isEqualTo("-Dx=1");
    assertThat(SparkSessions.appendJavaOptions("-Dy", "-Dy -Dyz=2"))
        .as("a flag without value is kept once; a longer name is another property")
        .isEqualTo("-Dy -Dyz=2");
  }
}
