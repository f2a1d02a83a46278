package io.verbo.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The provenance sidecar {@code _metadata.json} of an artifact: what it is, the full configuration
 * record it was made with (serialized automatically, never hand-listed), versions, inputs, counts
 * and timings. Immutable; written with {@link #write} and read back with {@link #read}.
 *
 * @param artifact artifact kind, e.g. {@code tokenized}, {@code vocabulary}
 * @param formatVersion version of the artifact's on-disk format; loaders branch on it
 * @param createdAt when it was written (UTC)
 * @param versions Verbo, git, Spark, DL4J and Java versions
 * @param config the configuration record (any Jackson-serializable object)
 * @param inputs input paths or upstream artifacts
 * @param counts named counts (documents read, kept, rejected by reason, tokens, ...)
 * @param timingsMs named durations in milliseconds
 */
public record ArtifactMetadata(
    String artifact,
    int formatVersion,
    Instant createdAt,
    Map<String, String> versions,
    Object config,
    List<String> inputs,
    Map<String, Long> counts,
    Map<String, Long> timingsMs) {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Copies the collections. */
  public ArtifactMetadata {
    versions = Map.copyOf(versions);
    inputs = List.copyOf(inputs);
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    timingsMs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
  }

  /**
   * @param artifact artifact kind
   * @param formatVersion on-disk format version
   * @param config configuration record
   * @param inputs inputs
   * @param counts counts
   * @param timingsMs timings
   * @return metadata stamped now with the build's versions
   */
  public static ArtifactMetadata of(
      String artifact,
      int formatVersion,
      Object config,
      List<String> inputs,
      Map<String, Long> counts,
      Map<String, Long> timingsMs) {
    return new ArtifactMetadata(
        artifact, formatVersion, Instant.now(), BuildInfo.versions(), config, inputs, counts, timingsMs);
  }

  /**
   * @return this metadata as a JSON tree (the exact content of {@code _metadata.json})
   */
  public JsonNode toJson() {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("artifact", artifact);
    node.put("format_version", formatVersion);
    node.put("created_at", createdAt.toString());
    node.set("versions", MAPPER.valueToTree(new LinkedHashMap<>(versions)));
    node.set("config", MAPPER.valueToTree(config));
    node.set("inputs", MAPPER.valueToTree(inputs));
    node.set("counts", MAPPER.valueToTree(counts));
    node.set("timings_ms", MAPPER.valueToTree(timingsMs));
    return node;
  }

  /**
   * Writes {@code _metadata.json} into an artifact folder (usually the staging folder).
   *
   * @param artifactDir the artifact folder
   * @param hadoopConf Hadoop configuration
   * @throws VerboStorageException on I/O errors
   */
  public void write(Path artifactDir, Configuration hadoopConf) {
    Path file = RunLayout.metadataOf(artifactDir);
    try {
      FileSystem fs = file.getFileSystem(hadoopConf);
      try (OutputStream out = fs.create(file, true)) {
        out.write(MAPPER.writeValueAsString(toJson()).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot write " + file, e);
    }
  }

  /**
   * Reads the {@code _metadata.json} of an artifact.
   *
   * @param artifactDir the artifact folder
   * @param hadoopConf Hadoop configuration
   * @return the JSON tree
   * @throws VerboStorageException if it is missing or unreadable
   */
  public static JsonNode read(Path artifactDir, Configuration hadoopConf) {
    Path file = RunLayout.metadataOf(artifactDir);
    try {
      FileSystem fs = file.getFileSystem(hadoopConf);
      try (InputStream in = fs.open(file)) {
        return MAPPER.readTree(in);
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot read " + file, e);
    }
  }
}
