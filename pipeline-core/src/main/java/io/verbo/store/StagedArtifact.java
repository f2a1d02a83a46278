package io.verbo.store;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An artifact being written: callers write everything into {@link #path()}, then {@link #commit()}
 * moves it to its target in one rename; {@link #close()} without a commit deletes the staging
 * folder, so a failed run leaves the previous artifact untouched.
 *
 * <p>Commit protocol on one file system: (1) rename an existing target aside to a hidden backup,
 * (2) rename the staging folder to the target, (3) delete the backup. If (2) fails the backup is
 * renamed back. Readers therefore see the old artifact or the new one, never a mix; for a moment
 * between (1) and (2) they may see none. On HDFS each rename is atomic; on S3A a rename is a copy,
 * so the same guarantee holds only for readers that wait for the job to finish.
 *
 * <p>Not thread-safe; one instance per artifact write.
 */
public final class StagedArtifact implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StagedArtifact.class);

  private final FileSystem fs;
  private final Path staging;
  private final Path target;
  private boolean committed;

  private StagedArtifact(FileSystem fs, Path staging, Path target) {
    this.fs = fs;
    this.staging = staging;
    this.target = target;
  }

  /**
   * Reserves a staging path for {@code target} under the run's staging area. The path itself is not
   * created, so Spark writers (which refuse an existing folder) can write to it directly.
   *
   * @param layout the run layout (its staging folder is used)
   * @param target the final location of the artifact
   * @param hadoopConf Hadoop configuration that resolves the target's file system
   * @return the staged artifact
   * @throws VerboStorageException if the staging area cannot be created
   */
  public static StagedArtifact begin(RunLayout layout, Path target, Configuration hadoopConf) {
    Path staging = new Path(layout.staging(), target.getName() + "-" + UUID.randomUUID());
    try {
      FileSystem fs = target.getFileSystem(hadoopConf);
      if (!fs.mkdirs(layout.staging())) {
        throw new VerboStorageException("Cannot create staging area " + layout.staging(), null);
      }
      return new StagedArtifact(fs, fs.makeQualified(staging), fs.makeQualified(target));
    } catch (IOException e) {
      throw new VerboStorageException("Cannot create staging area " + layout.staging(), e);
    }
  }

  /** @return the folder to write the artifact into (not yet existing until something is written) */
  public Path path() {
    return staging;
  }

  /** @return where the artifact will be after {@link #commit()} */
  public Path target() {
    return target;
  }

  /** @return the file system of the artifact */
  public FileSystem fileSystem() {
    return fs;
  }

  /**
   * Moves the staged artifact to its target, replacing any previous artifact there.
   *
   * @throws VerboStorageException if a rename fails (the previous artifact is restored)
   * @throws IllegalStateException if already committed
   */
  public void commit() {
    if (committed) {
      throw new IllegalStateException("Artifact " + target + " was already committed");
    }
    Path backup = new Path(target.getParent(), "." + target.getName() + ".replaced-" + UUID.randomUUID());
    try {
      if (!fs.exists(staging)) {
        throw new VerboStorageException("Cannot commit " + target + ": nothing was written to " + staging, null);
      }
      fs.mkdirs(target.getParent());
      boolean hadPrevious = fs.exists(target);
      if (hadPrevious && !fs.rename(target, backup)) {
        throw new VerboStorageException("Cannot move previous artifact " + target + " aside", null);
      }
      if (!fs.rename(staging, target)) {
        if (hadPrevious && !fs.rename(backup, target)) {
          LOG.error("Could not restore previous artifact {} from {}", target, backup);
        }
        throw new VerboStorageException("Cannot rename " + staging + " to " + target, null);
      }
      committed = true;
      if (hadPrevious) {
        fs.delete(backup, true);
      }
      Path area = staging.getParent();
      if (fs.listStatus(area).length == 0) {
        // Leave no empty staging area behind in the run root.
        fs.delete(area, false);
      }
      LOG.debug("Committed {}", target);
    } catch (IOException e) {
      throw new VerboStorageException("Cannot commit artifact " + target, e);
    }
  }

  /** Deletes the staging folder unless the artifact was committed. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      LOG.warn("Could not delete staging folder {}", staging, e);
    }
  }
}
