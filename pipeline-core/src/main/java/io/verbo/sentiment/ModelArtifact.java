package io.verbo.sentiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.store.StagedArtifact;
import io.verbo.store.VerboStorageException;
import io.verbo.vocab.Vocabulary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * The on-disk form of a {@link SentimentModel} (format version {@value #FORMAT_VERSION}):
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
 * Written through a {@link StagedArtifact}, so readers see the previous model or the new one.
 * Reading needs neither Spark nor Hadoop when {@link Files#fromLocal} is used. Stateless.
 */
public final class ModelArtifact {
  /** On-disk format version; loaders reject other versions. */
  public static final int FORMAT_VERSION = 1;

  /** The network file. */
  public static final String NETWORK_FILE = "network.zip";

  /** The vocabulary file. */
  public static final String VOCABULARY_FILE = "vocabulary.txt";

  /** The descriptor file. */
  public static final String MODEL_FILE = "model.json";

  /** The metrics file. */
  public static final String METRICS_FILE = "metrics.json";

  static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ModelArtifact() {}

  /**
   * The three files a model is made of, in memory: what is broadcast to executors for scoring.
   *
   * @param network the network zip
   * @param vocabulary the vocabulary text
   * @param descriptor the model.json text
   */
  public record Files(byte[] network, byte[] vocabulary, byte[] descriptor)
      implements Serializable {
    /**
     * @param dir a model folder on any Hadoop file system
     * @param conf Hadoop configuration
     * @return its files
     * @throws VerboStorageException if a file cannot be read
     */
    public static Files fromHadoop(Path dir, Configuration conf) {
      try {
        FileSystem fs = dir.getFileSystem(conf);
        return new Files(
            readAll(fs.open(new Path(dir, NETWORK_FILE))),
            readAll(fs.open(new Path(dir, VOCABULARY_FILE))),
            readAll(fs.open(new Path(dir, MODEL_FILE))));
      } catch (IOException e) {
        throw new VerboStorageException("Cannot read sentiment model " + dir, e);
      }
    }

    /**
     * @param dir a model folder on the local file system
     * @return its files (no Hadoop involved)
     * @throws VerboStorageException if a file cannot be read
     */
    public static Files fromLocal(java.nio.file.Path dir) {
      try {
        return new Files(
            java.nio.file.Files.readAllBytes(dir.resolve(NETWORK_FILE)),
            java.nio.file.Files.readAllBytes(dir.resolve(VOCABULARY_FILE)),
            java.nio.file.Files.readAllBytes(dir.resolve(MODEL_FILE)));
      } catch (IOException e) {
        throw new VerboStorageException("Cannot read sentiment model " + dir, e);
      }
    }

    /**
     * @return a short content hash (SHA-256 of the network and vocabulary), for executor caches
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

  /**
   * @param model a model
   * @return its files in memory
   */
  static Files encode(SentimentModel model) {
    try {
      ByteArrayOutputStream net = new ByteArrayOutputStream();
      ModelSerializer.writeModel(model.network(), net, false);
      StringBuilder vocab = new StringBuilder();
      for (String token : model.vocabulary().tokens()) {
        if (token.indexOf('\n') >= 0 || token.indexOf('\r') >= 0) {
          throw new IllegalStateException(
              "Cannot save vocabulary: token contains a line break: " + token);
        }
        vocab.append(token).append('\n');
      }
      ModelDescriptor d =
          new ModelDescriptor(
              FORMAT_VERSION,
              "sentiment",
              model.labels(),
              model.tokenizerOptions(),
              model.settings(),
              model.vocabulary().size(),
              (int) model.network().getParam(SentimentNetwork.EMBEDDING_PARAM).columns(),
              NETWORK_FILE,
              VOCABULARY_FILE);
      return new Files(
          net.toByteArray(),
          vocab.toString().getBytes(StandardCharsets.UTF_8),
          JSON.writeValueAsBytes(d));
    } catch (IOException e) {
      throw new VerboStorageException("Cannot serialize sentiment model", e);
    }
  }

  /**
   * @param files a model's files
   * @return the model
   * @throws IllegalStateException if the format version is unknown or the parts disagree
   */
  static SentimentModel decode(Files files) {
    try {
      ModelDescriptor d = JSON.readValue(files.descriptor(), ModelDescriptor.class);
      if (d.formatVersion() != FORMAT_VERSION) {
        throw new IllegalStateException(
            "Cannot load sentiment model of format version "
                + d.formatVersion()
                + "; this build reads "
                + FORMAT_VERSION);
      }
      String text = new String(files.vocabulary(), StandardCharsets.UTF_8);
      List<String> tokens = new ArrayList<>(d.vocabularySize());
      int start = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
        tokens.add(text.substring(start, i));
        start = i + 1;
      }
      if (tokens.size() != d.vocabularySize()) {
        throw new IllegalStateException(
            "Cannot load sentiment model: vocabulary has "
                + tokens.size()
                + " tokens, model.json says "
                + d.vocabularySize());
      }
      Vocabulary vocab = new Vocabulary(tokens, new long[tokens.size()], new long[tokens.size()]);
      MultiLayerNetwork net =
          ModelSerializer.restoreMultiLayerNetwork(
              new ByteArrayInputStream(files.network()), false);
      return new SentimentModel(net, vocab, d.tokenizer(), d.labels(), d.settings());
    } catch (IOException e) {
      throw new VerboStorageException("Cannot decode sentiment model", e);
    }
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
    Files files = encode(model);
    // Stage beside the target so the final rename never crosses file systems or mount points.
    RunLayout stagingHome = new RunLayout(target.getParent().toString());
    try (StagedArtifact staged = StagedArtifact.begin(stagingHome, target, conf)) {
      FileSystem fs = staged.fileSystem();
      Map<String, byte[]> content =
          Map.of(
              NETWORK_FILE,
              files.network(),
              VOCABULARY_FILE,
              files.vocabulary(),
              MODEL_FILE,
              files.descriptor());
      for (Map.Entry<String, byte[]> e : content.entrySet()) {
        try (OutputStream out = fs.create(new Path(staged.path(), e.getKey()), false)) {
          out.write(e.getValue());
        }
      }
      if (metrics != null) {
        try (OutputStream out = fs.create(new Path(staged.path(), METRICS_FILE), false)) {
          out.write(JSON.writeValueAsBytes(metrics));
        }
      }
      metadata.write(staged.path(), conf);
      staged.commit();
    } catch (IOException e) {
      throw new VerboStorageException("Cannot write sentiment model " + target, e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (InputStream s = in) {
      return s.readAllBytes();
    }
  }
}
