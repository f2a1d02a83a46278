package io.verbo.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of Verbo and its stack, as recorded by the build; immutable. */
public final class BuildInfo {
  private static final String RESOURCE = "/io/verbo/verbo-build.properties";
  private static final Properties PROPS = load();

  private BuildInfo() {}

  /** @return the Verbo version, e.g. {@code 0.1.0-SNAPSHOT} */
  public static String version() {
    return PROPS.getProperty("verbo.version", "unknown");
  }

  /** @return the git commit the build was made from, or {@code unknown} */
  public static String gitSha() {
    return PROPS.getProperty("verbo.git.sha", "unknown");
  }

  /**
   * @return Verbo, git, Spark (built against), DL4J, ND4J backend and Java versions, in a fixed
   *     order
   */
  public static Map<String, String> versions() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("verbo", version());
    v.put("git_sha", gitSha());
    v.put("spark_build", PROPS.getProperty("spark.version", "unknown"));
    v.put("dl4j", PROPS.getProperty("dl4j.version", "unknown"));
    v.put("nd4j_backend", PROPS.getProperty("nd4j.backend", "unknown"));
    v.put("java", System.getProperty("java.version"));
    v.put("java_vendor", System.getProperty("java.vendor"));
    return v;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return p;
  }
}
