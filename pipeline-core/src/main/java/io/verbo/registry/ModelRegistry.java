package io.verbo.registry;

import io.verbo.VerboPipelineException;
import io.verbo.sentiment.ModelArtifact;
import io.verbo.store.AtomicFile;
import io.verbo.store.RunLayout;
import io.verbo.store.StagedArtifact;
import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentiment model registry on a Hadoop file system ({@link RegistryLayout}): committed versions
 * and the champion pointer. Versions are written once and never replaced; the pointer is replaced
 * atomically ({@link AtomicFile}) and only ever names a committed version, because {@link #promote}
 * is called after {@link #commitVersion} has returned.
 *
 * <p>One writer at a time: version numbers are allocated by listing, so two concurrent retrain runs
 * could race for the same number (the second commit then fails, nothing is overwritten). Schedules
 * prevent overlap (flock, Airflow {@code max_active_runs=1}). Readers may run at any time. Not
 * thread-safe; driver-side only.
 */
public final class ModelRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

  private final RegistryLayout layout;
  private final Configuration conf;
  private final FileSystem fs;

  /**
   * @param layout the registry paths
   * @param conf Hadoop configuration that resolves the registry's file system
   * @throws VerboStorageException if the file system cannot be resolved
   */
  public ModelRegistry(RegistryLayout layout, Configuration conf) {
    this.layout = layout;
    this.conf = conf;
    try {
      this.fs = layout.sentiment().getFileSystem(conf);
    } catch (IOException e) {
      throw new VerboStorageException("Cannot open the model registry " + layout.sentiment(), e);
    }
  }

  /** @return the registry paths */
  public RegistryLayout layout() {
    return layout;
  }

  /**
   * @return the committed version folders in ascending order (including versions that no decision
   *     refers to; hidden and staging folders are ignored)
   */
  public List<ModelVersion> versions() {
    try {
      if (!fs.exists(layout.versions())) {
        return List.of();
      }
      List<ModelVersion> out = new ArrayList<>();
      for (FileStatus s : fs.listStatus(layout.versions())) {
        if (s.isDirectory()) {
          ModelVersion.parse(s.getPath().getName()).ifPresent(out::add);
        }
      }
      Collections.sort(out);
      return List.copyOf(out);
    } catch (IOException e) {
      throw new VerboStorageException("Cannot list " + layout.versions(), e);
    }
  }

  /** @return the champion pointer, or empty before the first promotion */
  public Optional<ChampionPointer> champion() {
    Path file = layout.champion();
    return AtomicFile.read(file, conf).map(b -> ChampionPointer.fromJson(b, file.toString()));
  }

  /**
   * @return the champion's model folder
   * @throws VerboPipelineException if there is no champion yet
   */
  public Path championModelDir() {
    ChampionPointer p =
        champion()
            .orElseThrow(
                () ->
                    new VerboPipelineException(
                        "No champion in the model registry " + layout.sentiment()
                            + ". Run `verbo retrain` first, or pass --model DIR.",
                        null));
    return fs.makeQualified(layout.version(p.modelVersion()));
  }

  /**
   * Copies a saved model folder into the next version folder: staged under {@code _staging/}, then
   * renamed into {@code versions/}. The number follows the highest existing folder and is at least
   * {@code minNumber}, so that numbers of deleted orphans (which logs of their runs mention) are
   * not handed out again.
   *
   * @param modelDir a committed model folder (any Hadoop path)
   * @param minNumber the lowest acceptable number (1 when nothing else is known)
   * @return the committed version
   * @throws VerboStorageException on I/O errors, or if the folder exists already (concurrent run)
   */
  public ModelVersion commitVersion(Path modelDir, int minNumber) {
    List<ModelVersion> existing = versions();
    int highest = existing.isEmpty() ? 0 : existing.get(existing.size() - 1).number();
    ModelVersion next = new ModelVersion(Math.max(highest + 1, Math.max(1, minNumber)));
    Path target = layout.version(next);
    RunLayout stagingHome = layout.stagingHome();
    try (StagedArtifact staged = StagedArtifact.begin(stagingHome, target, conf)) {
      FileSystem source = modelDir.getFileSystem(conf);
      if (!FileUtil.copy(source, modelDir, fs, staged.path(), false, conf)) {
        throw new VerboStorageException("Cannot copy " + modelDir + " to " + staged.path(), null);
      }
      // Fails on a half-copied folder before it becomes a version.
      ModelArtifact.read(staged.path(), conf);
      if (fs.exists(target)) {
        throw new VerboStorageException(
            "Cannot commit " + target + ": it exists already (is another retrain running?)", null);
      }
      staged.commit();
    } catch (IOException e) {
      throw new VerboStorageException("Cannot commit model version " + target, e);
    }
    LOG.info("registry: committed {} from {}", target, modelDir);
    return next;
  }

  /**
   * Moves the champion pointer, atomically.
   *
   * @param pointer the new pointer; its version must be committed
   * @throws IllegalStateException if the version folder does not exist
   * @throws VerboStorageException on I/O errors (the previous pointer stays)
   */
  public void promote(ChampionPointer pointer) {
    Path dir = layout.version(pointer.modelVersion());
    try {
      if (!fs.exists(dir)) {
        throw new IllegalStateException("Cannot promote " + dir + ": the version is not committed");
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot check " + dir, e);
    }
    AtomicFile.replace(layout.champion(), pointer.toJson(), conf);
    LOG.info("registry: champion -> {}", pointer.version());
  }

  /**
   * Deletes a version folder (an orphan of an interrupted run).
   *
   * @param version the version
   * @throws IllegalStateException if it is the champion
   * @throws VerboStorageException on I/O errors
   */
  public void deleteVersion(ModelVersion version) {
    if (champion().map(p -> p.modelVersion().equals(version)).orElse(false)) {
      throw new IllegalStateException("Cannot delete " + version + ": it is the champion");
    }
    try {
      fs.delete(layout.version(version), true);
    } catch (IOException e) {
      throw new VerboStorageException("Cannot delete " + layout.version(version), e);
    }
  }

  /**
   * Removes what a crash may have left: temporary pointer files and staging folders.
   *
   * @return how many leftovers were removed
   */
  public int deleteLeftovers() {
    int n = AtomicFile.deleteLeftovers(layout.champion(), conf);
    Path staging = layout.stagingHome().staging();
    try {
      if (fs.exists(staging)) {
        n += fs.listStatus(staging).length;
        fs.delete(staging, true);
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot clean " + staging, e);
    }
    return n;
  }
}
