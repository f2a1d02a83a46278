package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.pipeline.RetrainStage;
import io.verbo.pipeline.SentimentStage;
import io.verbo.registry.ModelRegistry;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/**
 * The {@code --model} value of {@code score} and {@code evaluate}: a model folder, the word {@code
 * champion} (resolved through the registry's CHAMPION pointer when the job runs, so it always names
 * a committed version), or nothing (the run's {@code models/sentiment/RUN-ID}). A picocli mixin:
 * the commands that take a model declare {@code @Mixin ModelChoice model}.
 */
final class ModelChoice {
  /** The {@code --model} value that selects the registry's champion. */
  static final String CHAMPION = "champion";

  @Option(
      names = "--model",
      paramLabel = "DIR|champion",
      description =
          "Saved model folder (any Hadoop path), or `champion` for the registry's champion"
              + " (verbo retrain); default RUN_ROOT/models/sentiment/RUN-ID.")
  String model;

  /**
   * @param config the run configuration
   * @param spark the session (its Hadoop configuration reads the pointer)
   * @return the model folder
   * @throws io.verbo.VerboPipelineException if {@code champion} is asked for and there is none
   */
  Path resolve(VerboConfig config, SparkSession spark) {
    if (model == null) {
      return SentimentStage.defaultModelDir(config);
    }
    if (model.equals(CHAMPION)) {
      return new ModelRegistry(
              RetrainStage.registry(config), spark.sparkContext().hadoopConfiguration()).championModelDir();
    }
    return new Path(model);
  }
}
