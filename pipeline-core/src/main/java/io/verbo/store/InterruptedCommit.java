package io.verbo.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the hidden backup of {@link StagedArtifact}'s commit and repairs what a commit killed
 * between its renames left on disk. The only place that knows the backup's name; {@link
 * StagedArtifact} is its only user (callers go through {@link StagedArtifact#recover}).
 *
 * <p>A commit that replaces {@code DIR/NAME} with the staged folder {@code STAGING/NAME-ID} renames
 * {@code NAME} to {@code DIR/.NAME.replaced-ID}, then the staged folder to {@code NAME}, then
 * deletes the backup. Sharing {@code ID} links a backup to the staged folder it made way for. Two
 * states can outlive a killed process (no finally, no shutdown hook):
 *
 * <ul>
 *   <li>killed after the first rename: {@code NAME} is missing, the backup and the staged folder
 *       exist. Repair: rename the backup back to {@code NAME} and delete the staged folder;
 *   <li>killed after the second rename: {@code NAME} (the new artifact) and the backup exist.
 *       Repair: delete the backup.
 * </ul>
 *
 * Stateless.
 */
final class InterruptedCommit {
  private static final Logger LOG = LoggerFactory.getLogger(InterruptedCommit.class);

  private static final String MARKER = ".replaced-";

  /** {@code .NAME.replaced-ID}, ID a UUID as {@link java.util.UUID#toString()} writes it. */
  private static final Pattern BACKUP =
      Pattern.compile(
          "\\.(.+)" + Pattern.quote(MARKER) + "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

  private InterruptedCommit() {}

  /**
   * @param target the artifact
   * @param id the commit's id (the UUID of its staged folder)
   * @return where the commit moves the previous artifact
   */
  static Path backup(Path target, String id) {
    return new Path(target.getParent(), "." + target.getName() + MARKER + id);
  }

  /**
   * @param stagingArea the staging area of the writer
   * @param target the artifact
   * @param id the commit's id
   * @return the staged folder of that commit
   */
  static Path staged(Path stagingArea, Path target, String id) {
    return new Path(stagingArea, target.getName() + "-" + id);
  }

  /**
   * Repairs {@code target} if a commit of it was interrupted (see the class comment).
   *
   * @param fs the file system of the artifact
   * @param target the artifact
   * @param stagingArea the staging area the writers of {@code target} use (its abandoned staged
   *     folder is deleted there)
   * @return what was repaired
   * @throws IOException on I/O errors
   * @throws VerboStorageException if {@code target} is missing and several backups exist (no
   *     commit leaves that; a person must choose)
   */
  static StagedArtifact.Repair repair(FileSystem fs, Path target, Path stagingArea)
      throws IOException {
    List<Path> backups = backupsOf(fs, target);
    if (backups.isEmpty()) {
      return StagedArtifact.Repair.NONE;
    }
    if (fs.exists(target)) {
      for (Path b : backups) {
        fs.delete(b, true);
        LOG.warn(
            "Deleted {}: a commit of {} was killed after the new artifact was in place, before it"
                + " deleted this backup of the previous one",
            b,
            target);
      }
      // The killed commit did not get to delete its then empty staging area either.
      deleteIfEmpty(fs, stagingArea);
      return StagedArtifact.Repair.STALE_BACKUP_DELETED;
    }
    if (backups.size() > 1) {
      throw new VerboStorageException(
          "Cannot repair " + target + ": it is missing and there are " + backups.size()
              + " backups of it " + backups + "; rename the right one to " + target.getName(),
          null);
    }
    Path backup = backups.get(0);
    if (!fs.rename(backup, target)) {
      throw new VerboStorageException("Cannot restore " + target + " from " + backup, null);
    }
    Path abandoned = staged(stagingArea, target, idOf(backup).orElseThrow());
    boolean deleted = fs.delete(abandoned, true);
    deleteIfEmpty(fs, stagingArea);
    LOG.warn(
        "Restored {} from {}: a commit replacing it was killed between its two renames; the"
            + " artifact is the previous one again{}",
        target,
        backup,
        deleted ? String.format(Locale.ROOT, " (its staged folder %s deleted)", abandoned) : "");
    return StagedArtifact.Repair.RESTORED_PREVIOUS;
  }

  /**
   * @param fs the file system
   * @param dir a folder
   * @return the names of the artifacts in {@code dir} that have a backup, sorted
   * @throws IOException on I/O errors
   */
  static List<String> namesWithBackups(FileSystem fs, Path dir) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (fs.exists(dir)) {
      for (FileStatus s : fs.listStatus(dir)) {
        Matcher m = BACKUP.matcher(s.getPath().getName());
        if (m.matches()) {
          names.add(m.group(1));
        }
      }
    }
    return List.copyOf(names);
  }

  /**
   * Deletes a staging area that holds nothing, so that no empty {@code _staging/} is left in a run
   * root after a commit or a repair.
   *
   * @param fs the file system
   * @param area the staging area
   * @throws IOException on I/O errors
   */
  static void deleteIfEmpty(FileSystem fs, Path area) throws IOException {
    if (fs.exists(area) && fs.listStatus(area).length == 0) {
      fs.delete(area, false);
    }
  }

  private static List<Path> backupsOf(FileSystem fs, Path target) throws IOException {
    List<Path> out = new ArrayList<>();
    Path dir = target.getParent();
    if (dir == null || !fs.exists(dir)) {
      return out;
    }
    for (FileStatus s : fs.listStatus(dir)) {
      Matcher m = BACKUP.matcher(s.getPath().getName());
      if (m.matches() && m.group(1).equals(target.getName())) {
        out.add(s.getPath());
      }
    }
    out.sort(null);
    return out;
  }

  private static Optional<String> idOf(Path backup) {
    Matcher m = BACKUP.matcher(backup.getName());
    return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
  }
}
