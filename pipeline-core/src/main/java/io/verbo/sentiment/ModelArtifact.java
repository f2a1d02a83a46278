package io.verbo.sentiment;

import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.store.StagedArtifact;
import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads and writes a sentiment model folder on any Hadoop file system (format version {@value
 * ModelFiles#FORMAT_VERSION}):
 *
 * <pre>
 * models/sentiment/RUN/
 *   network.zip      DL4J ModelSerializer zip (configuration + parameters, no updater state)
 *   vocabulary.txt   UTF-8, one token per line in index order (PAD first, UNK second)
 *   model.json       {@link ModelDescriptor}: labels, tokenizer options, settings, sizes
 *   metrics.json     evaluation rows and training curve (written by the trainer)
 *   _metadata.json   provenance ({@link ArtifactMetadata})
 * </pre>
 *
 * Written through a {@link StagedArtifact}, so readers see the previous model or the new one;
 * {@link #read} first repairs a folder whose replacement was killed between the commit's renames
 * ({@link #recover}). The Hadoop-free side is {@link ModelFiles} and {@link ModelCodec}; it does not
 * repair (registry versions, the folders it is usually given, are never replaced). Stateless.
 */
public final class ModelArtifact {
  private ModelArtifact() {}

  /**
   * @param dir a model folder on any Hadoop file system
   * @param conf Hadoop configuration
   * @return its files
   * @throws VerboStorageException if a file cannot be read
   */
  public static ModelFiles read(Path dir, Configuration conf) {
    recover(dir, conf);
    try {
      FileSystem fs = dir.getFileSystem(conf);
      return new ModelFiles(
          readAll(fs.open(new Path(dir, ModelFiles.NETWORK_FILE))),
          readAll(fs.open(new Path(dir, ModelFiles.VOCABULARY_FILE))),
          readAll(fs.open(new Path(dir, ModelFiles.MODEL_FILE))));
    } catch (IOException e) {
      throw new VerboStorageException("Cannot read sentiment model " + dir, e);
    }
  }

  /**
   * Repairs a model folder whose replacement was killed between the commit's renames ({@link
   * StagedArtifact#recover}): restores the previous model if the folder is missing. Call it before
   * checking that a model folder exists; {@link #read} calls it.
   *
   * @param dir a model folder on any Hadoop file system
   * @param conf Hadoop configuration
   * @throws VerboStorageException on I/O errors
   */
  public static void recover(Path dir, Configuration conf) {
    StagedArtifact.recover(stagingHome(dir), dir, conf);
  }

  /**
   * Writes a model folder atomically (staged next to the target, then renamed).
   *
   * @param model the model
   * @param target the model folder, e.g. {@code models/sentiment/RUN}
   * @param conf Hadoop configuration
   * @param metadata provenance to write as {@code _metadata.json}
   * @param metrics object written as {@code metrics.json}, or {@code null}
   * @throws VerboStorageException on I/O errors (the previous model stays in place)
   */
  static void write(
      SentimentModel model,
      Path target,
      Configuration conf,
      ArtifactMetadata metadata,
      Object metrics) {
    ModelFiles files = ModelCodec.encode(model);
    try (StagedArtifact staged = StagedArtifact.begin(stagingHome(target), target, conf)) {
      FileSystem fs = staged.fileSystem();
      Map<String, byte[]> content =
          Map.of(
              ModelFiles.NETWORK_FILE, files.network(),
              ModelFiles.VOCABULARY_FILE, files.vocabulary(),
              ModelFiles.MODEL_FILE, files.descriptor());
      for (Map.Entry<String, byte[]> e : content.entrySet()) {
        try (OutputStream out = fs.create(new Path(staged.path(), e.getKey()), false)) {
          out.write(e.getValue());
        }
      }
      if (metrics != null) {
        try (OutputStream out =
            fs.create(new Path(staged.path(), ModelFiles.METRICS_FILE), false)) {
          out.write(ModelCodec.JSON.writeValueAsBytes(metrics));
        }
      }
      metadata.write(staged.path(), conf);
      staged.commit();
    } catch (IOException e) {
      throw new VerboStorageException("Cannot write sentiment model " + target, e);
    }
  }

  /** Stage beside the target so the final rename never crosses file systems or mount points. */
  private static RunLayout stagingHome(Path modelDir) {
    return new RunLayout(modelDir.getParent().toString());
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (InputStream s = in) {
      return s.readAllBytes();
    }
  }
}
