package io.verbo.config;

/**
 * Where a run writes its artifacts.
 *
 * @param root the run root, a Hadoop path (local, file://, hdfs://, s3a://)
 */
public record RunSettings(String root) {
  /** Validates the record; see {@code conf/reference.conf}. */
  public RunSettings {
    ConfigChecks.checkNotBlank(ConfigKeys.RUN_ROOT, root);
  }
}
