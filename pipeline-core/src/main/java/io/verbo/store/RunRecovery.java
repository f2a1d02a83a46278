package io.verbo.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Repairs the stage artifacts of a run root that a killed commit left without their target ({@link
 * StagedArtifact#recover}): {@code tokenized/}, {@code vocab/}, {@code embeddings/NAME/} and {@code
 * reports/embeddings/NAME/}. Stages call it before they check and read their inputs, so that a
 * tokenize run killed while replacing {@code tokenized/} does not make the next stage fail with "no
 * tokens dataset" while the previous one is still on disk. Stateless.
 */
public final class RunRecovery {
  private RunRecovery() {}

  /**
   * @param layout the run layout (its staging area is the one the stages write through)
   * @param hadoopConf Hadoop configuration
   * @return the repaired artifacts
   * @throws VerboStorageException as {@link StagedArtifact#recover}
   */
  public static List<Path> recover(RunLayout layout, Configuration hadoopConf) {
    List<Path> repaired = new ArrayList<>();
    // The folders that hold stage artifacts; checkpoints and models repair themselves when read.
    List<Path> folders =
        List.of(
            layout.root(),
            layout.embeddings("any").getParent(),
            layout.embeddingReport("any").getParent());
    for (Path dir : folders) {
      for (String name : StagedArtifact.recoverAll(layout, dir, hadoopConf)) {
        repaired.add(new Path(dir, name));
      }
    }
    return List.copyOf(repaired);
  }
}
