package io.verbo.testing;

import io.verbo.config.ConfigLoader;
import io.verbo.config.VerboConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Configurations for tests: conf/local.conf with a private run root and absolute input paths. */
public final class TestConfigs {
  private TestConfigs() {}

  /**
   * @param runRoot the run root (usually a JUnit temp dir or an hdfs:// URI)
   * @param inputs input paths or URIs
   * @param overrides more {@code key=value} overrides
   * @return conf/local.conf with those settings
   */
  public static VerboConfig local(String runRoot, List<String> inputs, String... overrides) {
    List<String> sets = new ArrayList<>();
    sets.add("verbo.run.root=" + runRoot);
    sets.add(
        "verbo.input.paths=["
            + inputs.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(","))
            + "]");
    sets.addAll(Arrays.asList(overrides));
    return ConfigLoader.load(Optional.of(TestPaths.localConf()), sets);
  }

  /**
   * @param runRoot the run root
   * @param inputs local input files
   * @param overrides more overrides
   * @return conf/local.conf with those settings
   */
  public static VerboConfig localFiles(Path runRoot, List<Path> inputs, String... overrides) {
    return local(
        runRoot.toString(), inputs.stream().map(p -> p.toAbsolutePath().toString()).toList(), overrides);
  }
}
