package io.verbo.sentiment;

import io.verbo.store.RunLayout;
import org.apache.hadoop.fs.Path;

/**
 * The sentiment paths of a run, all derived from {@link RunLayout#root()} so writer and reader
 * never disagree:
 *
 * <pre>
 * ROOT/
 *   models/sentiment/RUN/        model artifact ({@link ModelArtifact})
 *   checkpoints/sentiment/RUN/   epoch checkpoints ({@link Checkpointer})
 *   reports/sentiment/RUN/       metrics/, confusion/, curve/, roc/ (Parquet) + _metadata.json,
 *                                report.html
 *   _staging/dl4j-export-RUN/    DL4J's exported minibatches while training with Export
 * </pre>
 *
 * Stateless.
 */
public final class SentimentLayout {
  private SentimentLayout() {}

  /**
   * @param layout the run layout
   * @param runId the training run id
   * @return the model folder
   */
  public static Path modelDir(RunLayout layout, String runId) {
    return new Path(new Path(layout.root(), "models/sentiment"), checkRunId(runId));
  }

  /**
   * @param layout the run layout
   * @param runId the training run id
   * @return the checkpoint folder
   */
  public static Path checkpointDir(RunLayout layout, String runId) {
    return new Path(new Path(layout.root(), "checkpoints/sentiment"), checkRunId(runId));
  }

  /**
   * @param layout the run layout
   * @param runId the training run id
   * @return the reports folder
   */
  public static Path reportsDir(RunLayout layout, String runId) {
    return new Path(new Path(layout.root(), "reports/sentiment"), checkRunId(runId));
  }

  /**
   * @param layout the run layout
   * @param runId the training run id
   * @return where DL4J exports minibatches (deleted after training)
   */
  public static Path exportDir(RunLayout layout, String runId) {
    return new Path(layout.staging(), "dl4j-export-" + checkRunId(runId));
  }

  /**
   * @param runId a run id
   * @return it, if it is a single non-blank path segment
   * @throws IllegalArgumentException otherwise
   */
  public static String checkRunId(String runId) {
    if (runId == null
        || runId.isBlank()
        || runId.contains("/")
        || runId.startsWith(".")
        || runId.startsWith("_")) {
      throw new IllegalArgumentException(
          "Cannot use run id '"
              + runId
              + "': it must be a non-blank folder name without '/' that does not start with '.' or"
              + " '_'");
    }
    return runId;
  }
}
