package io.verbo.tune;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code _trials/} folder of a sweep: one JSON file per (trial, fold), named by that key, on
 * any Hadoop file system, readable and writable from the driver and from executors.
 *
 * <p>A result is written to a hidden temporary file and renamed onto its key's file, replacing any
 * earlier one: a Spark task retry or speculative copy of the same (trial, fold) overwrites, it
 * never adds a second result (last writer wins), and readers never see a partial file. {@link
 * #readAll} returns one result per key. Serializable (holds the folder as a string); executors pass
 * the driver's broadcast Hadoop configuration, and the folder is fully qualified. Thread-safe.
 */
public final class TrialStore implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final String dir;

  /**
   * @param dir the {@code _trials/} folder, fully qualified
   */
  public TrialStore(Path dir) {
    this.dir = dir.toString();
  }

  /**
   * @return the folder
   */
  public Path dir() {
    return new Path(dir);
  }

  /**
   * @param key a (trial, fold)
   * @return its file
   */
  public Path fileOf(TrialResult.TrialKey key) {
    return new Path(
        dir(),
        String.format(
            Locale.ROOT,
            "trial-%05d_fold-%s.json",
            key.trialId(),
            key.fold() < 0 ? "val" : String.format(Locale.ROOT, "%03d", key.fold())));
  }

  /**
   * Commits one result, replacing an earlier result of the same key.
   *
   * @param result the result
   * @param conf Hadoop configuration
   * @throws VerboStorageException on I/O errors
   */
  public void write(TrialResult result, Configuration conf) {
    Path target = fileOf(result.key());
    Path tmp = new Path(dir(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
    try {
      FileSystem fs = target.getFileSystem(conf);
      fs.mkdirs(dir());
      try (OutputStream out = fs.create(tmp, true)) {
        out.write(JSON.writeValueAsBytes(result));
      }
      // HDFS's rename does not replace an existing file: delete first. A reader in between sees
      // no result for this key, and the rerun of the key would only train it again.
      if (fs.exists(target)) {
        fs.delete(target, false);
      }
      if (!fs.rename(tmp, target)) {
        fs.delete(tmp, false);
        if (!fs.exists(target)) {
          throw new VerboStorageException("Cannot rename " + tmp + " to " + target, null);
        }
        // a concurrent copy of the same key committed first: its result stands
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot write trial result " + target, e);
    }
  }

  /**
   * @param conf Hadoop configuration
   * @return every committed result, one per key, in key order (empty when none)
   * @throws VerboStorageException on I/O errors
   */
  public Map<TrialResult.TrialKey, TrialResult> readAll(Configuration conf) {
    Map<TrialResult.TrialKey, TrialResult> out = new TreeMap<>();
    try {
      FileSystem fs = dir().getFileSystem(conf);
      if (!fs.exists(dir())) {
        return out;
      }
      for (FileStatus s : fs.listStatus(dir())) {
        String name = s.getPath().getName();
        if (!name.endsWith(".json") || name.startsWith(".")) {
          continue;
        }
        try (InputStream in = fs.open(s.getPath())) {
          TrialResult r = JSON.readValue(in, TrialResult.class);
          out.put(r.key(), r);
        } catch (java.io.FileNotFoundException replacedMeanwhile) {
          // a concurrent writer replaced this key between list and open: its new file is read next
          // time
          continue;
        }
      }
      return out;
    } catch (IOException e) {
      throw new VerboStorageException("Cannot read trial results in " + dir, e);
    }
  }
}
