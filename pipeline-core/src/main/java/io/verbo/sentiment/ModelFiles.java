package io.verbo.sentiment;

import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The three files a sentiment model is made of, in memory: what {@link SentimentModel} is decoded
 * from, and what {@link BatchScorer} broadcasts to the executors. Plain Java (no Spark, no Hadoop).
 *
 * @param network the DL4J network zip ({@value #NETWORK_FILE})
 * @param vocabulary the vocabulary text ({@value #VOCABULARY_FILE})
 * @param descriptor the {@link ModelDescriptor} JSON ({@value #MODEL_FILE})
 */
public record ModelFiles(byte[] network, byte[] vocabulary, byte[] descriptor)
    implements Serializable {
  /** On-disk format version of the model folder; loaders reject other versions. */
  public static final int FORMAT_VERSION = 1;

  /** The network file. */
  public static final String NETWORK_FILE = "network.zip";

  /** The vocabulary file. */
  public static final String VOCABULARY_FILE = "vocabulary.txt";

  /** The descriptor file. */
  public static final String MODEL_FILE = "model.json";

  /** The metrics file (written by the trainer, not needed to predict). */
  public static final String METRICS_FILE = "metrics.json";

  /**
   * @param dir a model folder on the local file system
   * @return its files
   * @throws VerboStorageException if a file cannot be read
   */
  public static ModelFiles fromLocal(Path dir) {
    try {
      return new ModelFiles(
          Files.readAllBytes(dir.resolve(NETWORK_FILE)),
          Files.readAllBytes(dir.resolve(VOCABULARY_FILE)),
          Files.readAllBytes(dir.resolve(MODEL_FILE)));
    } catch (IOException e) {
      throw new VerboStorageException("Cannot read sentiment model " + dir, e);
    }
  }

  /**
   * @return a short content hash (SHA-256 of the three files), for executor caches
   */
  public String version() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(network);
      md.update(vocabulary);
      md.update(descriptor);
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
