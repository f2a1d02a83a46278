package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.corpus.InputFiles;
import io.verbo.spark.SparkSessions;
import java.util.function.BiFunction;
import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The part every job shares: check inputs before Spark starts, build (or join) the SparkSession,
 * run one service, print its summary. Exceptions propagate to {@link VerboCommand}, which maps them
 * to exit codes.
 */
final class JobRunner {
  private JobRunner() {}

  /**
   * Fails with an {@link io.verbo.config.InvalidConfigException} (exit 2) if an input path matches
   * nothing, using the Hadoop configuration a fresh JVM would have.
   */
  static void checkInputsExist(VerboConfig config) {
    InputFiles.resolve(config.input(), new Configuration());
  }

  /** @return the path with scheme and absolute location, for messages users copy */
  static String qualified(Path path) {
    try {
      return path.getFileSystem(new Configuration()).makeQualified(path).toString();
    } catch (IOException e) {
      return path.toString();
    }
  }

  static <T> T runInSpark(
      VerboConfig config, BiFunction<SparkSession, VerboConfig, T> service) {
    return runInSpark(config, Map.of(), service);
  }

  /**
   * Like {@link #runInSpark(VerboConfig, BiFunction)}, for jobs whose stages need Spark settings
   * from the start (DL4J training: Kryo with ND4J's registrator, off-heap limits).
   */
  static <T> T runInSpark(
      VerboConfig config, Map<String, String> stageDefaults, BiFunction<SparkSession, VerboConfig, T> service) {
    SparkSession spark = SparkSessions.getOrCreate(config.spark(), stageDefaults);
    return service.apply(spark, config);
  }
}
