package io.verbo.sentiment;

import io.verbo.store.RunLayout;
import io.verbo.store.StagedArtifact;
import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Epoch checkpoints of one training run, on any Hadoop file system:
 *
 * <pre>
 * checkpoints/sentiment/RUN/
 *   epoch-0007/   network.zip (with Adam state) + state.json ({@link TrainingState})
 *   epoch-0008/
 *   best/         the best network so far + its state
 * </pre>
 *
 * Each checkpoint folder is written through a {@link StagedArtifact}, so a crash mid-write leaves
 * the previous checkpoints intact; only the newest {@code keep} epoch folders are kept. Before the
 * first read, checkpoints whose replacement was killed between the commit's renames are repaired
 * ({@link StagedArtifact#recoverAll}): above all {@code best/}, the only folder that is replaced, so
 * that a resumed run keeps its best network. Not thread-safe.
 */
final class Checkpointer {
  private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
  private static final String NETWORK = "network.zip";
  private static final String STATE = "state.json";
  private static final String EPOCH_PREFIX = "epoch-";
  private static final String BEST = "best";

  private final Path dir;
  private final Configuration conf;
  private final int keep;
  private final RunLayout stagingHome;
  private boolean repaired;

  /** A network restored with its training state. */
  record Restored(MultiLayerNetwork network, TrainingState state) {}

  /**
   * @param dir the run's checkpoint folder
   * @param conf Hadoop configuration
   * @param keep how many epoch checkpoints to keep (at least 1)
   */
  Checkpointer(Path dir, Configuration conf, int keep) {
    this.dir = dir;
    this.conf = conf;
    this.keep = Math.max(1, keep);
    this.stagingHome = new RunLayout(dir.toString());
  }

  /** Deletes every checkpoint of the run (a fresh, non-resumed start). */
  void clear() {
    try {
      FileSystem fs = dir.getFileSystem(conf);
      if (fs.exists(dir)) {
        LOG.info("Deleting previous checkpoints in {} (not resuming)", dir);
        fs.delete(dir, true);
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot delete checkpoints " + dir, e);
    }
  }

  /**
   * Writes {@code epoch-N} with the updater state and prunes older checkpoints.
   *
   * @param net the network after epoch N
   * @param state the state after epoch N
   */
  void save(MultiLayerNetwork net, TrainingState state) {
    write(
        new Path(dir, String.format(Locale.ROOT, "%s%04d", EPOCH_PREFIX, state.epoch())),
        net,
        state,
        true);
    List<Integer> epochs = epochs();
    for (int i = 0; i < epochs.size() - keep; i++) {
      delete(epochFolder(epochs.get(i)));
    }
  }

  /**
   * Writes the best network so far (without updater state).
   *
   * @param net the best network
   * @param state the state of the epoch that produced it
   */
  void saveBest(MultiLayerNetwork net, TrainingState state) {
    write(new Path(dir, BEST), net, state, false);
  }

  /**
   * @return the newest epoch checkpoint, if any
   */
  Optional<Restored> latest() {
    repairOnce();
    List<Integer> epochs = epochs();
    return epochs.isEmpty()
        ? Optional.empty()
        : Optional.of(read(epochFolder(epochs.get(epochs.size() - 1)), true));
  }

  /**
   * @return the best network saved so far, if any
   */
  Optional<MultiLayerNetwork> best() {
    repairOnce();
    Path best = new Path(dir, BEST);
    return exists(new Path(best, STATE))
        ? Optional.of(read(best, false).network())
        : Optional.empty();
  }

  private void repairOnce() {
    if (!repaired) {
      StagedArtifact.recoverAll(stagingHome, dir, conf);
      repaired = true;
    }
  }

  private Path epochFolder(int epoch) {
    return new Path(dir, String.format(Locale.ROOT, "%s%04d", EPOCH_PREFIX, epoch));
  }

  private void write(Path target, MultiLayerNetwork net, TrainingState state, boolean withUpdater) {
    try (StagedArtifact staged =
        StagedArtifact.begin(stagingHome, target, conf)) {
      FileSystem fs = staged.fileSystem();
      try (OutputStream out = fs.create(new Path(staged.path(), NETWORK), false)) {
        ModelSerializer.writeModel(net, out, withUpdater);
      }
      try (OutputStream out = fs.create(new Path(staged.path(), STATE), false)) {
        out.write(ModelCodec.JSON.writeValueAsBytes(state));
      }
      staged.commit();
    } catch (IOException e) {
      throw new VerboStorageException("Cannot write checkpoint " + target, e);
    }
  }

  private Restored read(Path folder, boolean withUpdater) {
    try {
      FileSystem fs = folder.getFileSystem(conf);
      MultiLayerNetwork net;
      try (InputStream in = fs.open(new Path(folder, NETWORK))) {
        net = ModelSerializer.restoreMultiLayerNetwork(in, withUpdater);
      }
      TrainingState state;
      try (InputStream in = fs.open(new Path(folder, STATE))) {
        state = ModelCodec.JSON.readValue(in, TrainingState.class);
      }
      return new Restored(net, state);
    } catch (IOException e) {
      throw new VerboStorageException("Cannot read checkpoint " + folder, e);
    }
  }

  private List<Integer> epochs() {
    List<Integer> out = new ArrayList<>();
    try {
      FileSystem fs = dir.getFileSystem(conf);
      if (!fs.exists(dir)) {
        return out;
      }
      for (FileStatus s : fs.listStatus(dir)) {
        String name = s.getPath().getName();
        if (s.isDirectory()
            && name.startsWith(EPOCH_PREFIX)
            && fs.exists(new Path(s.getPath(), STATE))) {
          out.add(Integer.parseInt(name.substring(EPOCH_PREFIX.length())));
        }
      }
    } catch (IOException | NumberFormatException e) {
      throw new VerboStorageException("Cannot list checkpoints in " + dir, e);
    }
    out.sort(null);
    return out;
  }

  private boolean exists(Path p) {
    try {
      return p.getFileSystem(conf).exists(p);
    } catch (IOException e) {
      throw new VerboStorageException("Cannot check " + p, e);
    }
  }

  private void delete(Path p) {
    try {
      p.getFileSystem(conf).delete(p, true);
    } catch (IOException e) {
      LOG.warn("Could not delete old checkpoint {}", p, e);
    }
  }
}
