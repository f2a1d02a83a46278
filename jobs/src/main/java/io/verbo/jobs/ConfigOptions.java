package io.verbo.jobs;

import com.typesafe.config.Config;
import io.verbo.config.ConfigLoader;
import io.verbo.config.VerboConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --conf} and {@code --set} options every job shares (a picocli mixin). */
public final class ConfigOptions {
  @Option(
      names = "--conf",
      paramLabel = "FILE",
      description = "HOCON configuration file (overrides conf/reference.conf), e.g. conf/local.conf.")
  Path confFile;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Override one key; wins over --conf. Repeatable. Lists: --set verbo.input.paths=a.csv,b.csv;"
              + " quote map keys: --set 'verbo.labels.mapping.\"5\"=positive'.")
  List<String> overrides = new ArrayList<>();

  /**
   * @return the validated configuration
   * @throws io.verbo.config.InvalidConfigException on any configuration problem
   */
  public VerboConfig load() {
    return ConfigLoader.load(Optional.ofNullable(confFile), overrides);
  }

  /**
   * @return the merged configuration with unknown keys rejected, before it is parsed into records
   *     (for jobs that set more values on it, like the sweep's trials, or read a few keys only,
   *     like doctor)
   * @throws io.verbo.config.InvalidConfigException on unknown keys, unreadable files or bad syntax
   */
  public Config resolve() {
    return ConfigLoader.resolve(Optional.ofNullable(confFile), overrides);
  }
}
