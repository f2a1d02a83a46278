package io.verbo.store;

import java.io.IOException;
import java.util.List;
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
 * <p>Commit protocol on one file system: (1) rename an existing target aside to a hidden backup
 * {@code .NAME.replaced-ID}, (2) rename the staging folder {@code NAME-ID} to the target, (3) delete
 * the backup. If (2) fails the backup is renamed back. Readers therefore see the old artifact or the
 * new one, never a mix; for a moment between (1) and (2) they may see none. On HDFS each rename is
 * atomic; on S3A a rename is a copy, so the same guarantee holds only for readers that wait for the
 * job to finish.
 *
 * <p>The commit point is rename (2). A process killed between (1) and (2) (SIGKILL, no finally)
 * leaves no target, only the backup and the complete staged folder; one killed between (2) and (3)
 * leaves the new target and a stale backup. {@link #recover} repairs both, and every reader and
 * writer of an artifact calls it (or {@link #recoverAll}) before it opens or replaces the artifact;
 * {@link #commit()} does so itself. The repair rolls <em>back</em> to the previous artifact and
 * deletes the staged folder, although that folder is complete (the writer called commit, so it
 * had written and verified it), because the writer never learned that its commit happened:
 *
 * <ul>
 *   <li>its job failed, and a failed job leaves the previous artifact (the contract above); a rerun
 *       writes the new one again;
 *   <li>writers order their commits and follow them with other writes, so the state around the
 *       artifact matches the previous one. Training saves {@code best/} before {@code epoch-N/}: a
 *       kill while {@code best/} is replaced in epoch N leaves {@code epoch-(N-1)/} as the newest
 *       checkpoint, whose state names the previous best; rolling {@code best/} forward would pair it
 *       with a network of an epoch that the resumed run trains again.
 * </ul>
 *
 * <p>A repair in one process while another is inside its own commit of the same artifact (a reader
 * that sees the target missing between (1) and (2) and restores it) makes that commit fail instead
 * of nesting its staged folder inside the restored target; the restored artifact stays.
 *
 * <p>Not thread-safe; one instance per artifact write.
 */
public final class StagedArtifact implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StagedArtifact.class);

  /** What {@link #recover} found and did. */
  public enum Repair {
    /** Nothing to repair: no backup of the artifact exists. */
    NONE,
    /** The artifact was missing; its backup was renamed back and the staged folder deleted. */
    RESTORED_PREVIOUS,
    /** The artifact was in place; a backup that a commit had not deleted yet was deleted. */
    STALE_BACKUP_DELETED
  }

  private final FileSystem fs;
  private final Path staging;
  private final Path target;
  private final Path backup;
  private boolean committed;

  private StagedArtifact(FileSystem fs, Path stagingArea, Path target) {
    String id = UUID.randomUUID().toString();
    this.fs = fs;
    this.staging = InterruptedCommit.staged(stagingArea, target, id);
    this.target = target;
    this.backup = InterruptedCommit.backup(target, id);
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
    try {
      FileSystem fs = target.getFileSystem(hadoopConf);
      if (!fs.mkdirs(layout.staging())) {
        throw new VerboStorageException("Cannot create staging area " + layout.staging(), null);
      }
      return new StagedArtifact(fs, fs.makeQualified(layout.staging()), fs.makeQualified(target));
    } catch (IOException e) {
      throw new VerboStorageException("Cannot create staging area " + layout.staging(), e);
    }
  }

  /**
   * Repairs {@code target} if a commit of it was killed between its renames: restores the previous
   * artifact (and deletes the abandoned staged folder) when {@code target} is missing, or deletes a
   * stale backup when it is in place; logs a WARN for each repair. Cheap when there is nothing to
   * repair (one listing of the target's folder). Call it before opening or replacing an artifact.
   *
   * @param layout the layout whose staging area the writers of {@code target} pass to {@link
   *     #begin}
   * @param target the artifact
   * @param hadoopConf Hadoop configuration
   * @return what was repaired
   * @throws VerboStorageException on I/O errors, or if the target is missing and it has several
   *     backups (no single commit leaves that)
   */
  public static Repair recover(RunLayout layout, Path target, Configuration hadoopConf) {
    try {
      FileSystem fs = target.getFileSystem(hadoopConf);
      return InterruptedCommit.repair(
          fs, fs.makeQualified(target), fs.makeQualified(layout.staging()));
    } catch (IOException e) {
      throw new VerboStorageException("Cannot check " + target + " for an interrupted commit", e);
    }
  }

  /**
   * {@link #recover}s every artifact directly inside {@code dir} that has a backup (e.g. all
   * checkpoints of a training run).
   *
   * @param layout the layout whose staging area the writers of these artifacts use
   * @param dir a folder of artifacts (may not exist)
   * @param hadoopConf Hadoop configuration
   * @return the names of the artifacts that were repaired, sorted
   * @throws VerboStorageException as {@link #recover}
   */
  public static List<String> recoverAll(RunLayout layout, Path dir, Configuration hadoopConf) {
    try {
      FileSystem fs = dir.getFileSystem(hadoopConf);
      List<String> names = InterruptedCommit.namesWithBackups(fs, dir);
      for (String name : names) {
        recover(layout, new Path(dir, name), hadoopConf);
      }
      return names;
    } catch (IOException e) {
      throw new VerboStorageException("Cannot check " + dir + " for interrupted commits", e);
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
   * Moves the staged artifact to its target, replacing any previous artifact there. First repairs
   * what an interrupted earlier commit of the target left ({@link #recover}).
   *
   * @throws VerboStorageException if a rename fails (the previous artifact is restored)
   * @throws IllegalStateException if already committed
   */
  public void commit() {
    if (committed) {
      throw new IllegalStateException("Artifact " + target + " was already committed");
    }
    try {
      if (!fs.exists(staging)) {
        throw new VerboStorageException("Cannot commit " + target + ": nothing was written to " + staging, null);
      }
      fs.mkdirs(target.getParent());
      // Without this a commit after an interrupted one would find no target, keep no backup of
      // it and leave the old backup and staged folder behind for good.
      InterruptedCommit.repair(fs, target, staging.getParent());
      boolean hadPrevious = moveTargetAside();
      moveStagedIn(hadPrevious);
      committed = true;
      if (hadPrevious) {
        fs.delete(backup, true);
      }
      InterruptedCommit.deleteIfEmpty(fs, staging.getParent());
      LOG.debug("Committed {}", target);
    } catch (IOException e) {
      throw new VerboStorageException("Cannot commit artifact " + target, e);
    }
  }

  /**
   * Step (1) of the commit. Package-private so that tests can stop a commit after it, leaving the
   * disk exactly as a kill there does.
   *
   * @return whether there was a previous artifact (now at the backup path)
   */
  boolean moveTargetAside() throws IOException {
    if (!fs.exists(target)) {
      return false;
    }
    if (!fs.rename(target, backup)) {
      throw new VerboStorageException("Cannot move previous artifact " + target + " aside", null);
    }
    return true;
  }

  /**
   * Step (2) of the commit (package-private for tests, as {@link #moveTargetAside}).
   *
   * @param hadPrevious what step (1) returned
   */
  void moveStagedIn(boolean hadPrevious) throws IOException {
    boolean moved = false;
    IOException failure = null;
    try {
      moved = fs.rename(staging, target);
    } catch (IOException e) {
      // Some file systems throw instead of returning false (the local one for a missing source):
      // either way the previous artifact must come back.
      failure = e;
    }
    if (!moved) {
      // The target may be back already: a repair by another process (see the class comment).
      if (hadPrevious && !fs.exists(target) && !fs.rename(backup, target)) {
        LOG.error("Could not restore previous artifact {} from {}", target, backup);
      }
      throw new VerboStorageException("Cannot rename " + staging + " to " + target, failure);
    }
    Path nested = new Path(target, staging.getName());
    if (fs.exists(nested)) {
      // The target reappeared between (1) and (2): another process repaired it (recover) and the
      // rename moved the staged folder into it (HDFS; the local file system copies it there).
      // Undo that, keep the restored artifact and fail this commit.
      fs.rename(nested, staging);
      throw new VerboStorageException(
          "Cannot commit " + target + ": it was restored by another process during the commit;"
              + " the previous artifact stays",
          null);
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
