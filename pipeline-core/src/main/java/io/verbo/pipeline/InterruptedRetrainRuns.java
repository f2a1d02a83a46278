package io.verbo.pipeline;

import io.verbo.sentiment.SentimentLayout;
import io.verbo.store.RunLayout;
import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Finds the retrain run that {@code verbo retrain --resume} continues: the newest {@code
 * retrain-<UTC time>} folder under {@code RUN_ROOT/checkpoints/sentiment/} whose run id no history
 * row names. A run deletes its checkpoints only after its history row is appended, so such a folder
 * belongs to a run that was interrupted before it decided (killed while training, evaluating, or
 * between the registry writes). Run ids sort in time order, so the newest is the greatest. Stateless.
 */
final class InterruptedRetrainRuns {
  /** The run ids {@link RetrainStage} creates: {@code retrain-yyyyMMddTHHmmssSSSZ}. */
  static final Pattern RUN_ID = Pattern.compile("retrain-\\d{8}T\\d{9}Z");

  private InterruptedRetrainRuns() {}

  /**
   * @param layout the run layout
   * @param conf Hadoop configuration
   * @param decided run ids that have a history row (their leftover folders are ignored)
   * @return the newest interrupted retrain run, or empty if there is none
   * @throws VerboStorageException if the checkpoint folder cannot be listed
   */
  static Optional<String> newest(RunLayout layout, Configuration conf, Set<String> decided) {
    Path parent = SentimentLayout.checkpointDir(layout, "any").getParent();
    try {
      FileSystem fs = parent.getFileSystem(conf);
      if (!fs.exists(parent)) {
        return Optional.empty();
      }
      return Stream.of(fs.listStatus(parent))
          .filter(FileStatus::isDirectory)
          .map(s -> s.getPath().getName())
          .filter(name -> RUN_ID.matcher(name).matches() && !decided.contains(name))
          .max(Comparator.naturalOrder());
    } catch (IOException e) {
      throw new VerboStorageException("Cannot list interrupted retrain runs in " + parent, e);
    }
  }
}
