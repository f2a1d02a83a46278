package io.verbo.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.util.Objects;

/**
 * The content of {@code REGISTRY/sentiment/CHAMPION}: which version is the champion, since when,
 * and the decision that made it so. Immutable; encoded as a small JSON document.
 *
 * @param formatVersion version of this JSON format
 * @param version the champion version folder name, e.g. {@code v000003}
 * @param promotedAtMs when it was promoted, epoch milliseconds (UTC)
 * @param record the decision that promoted it (written to the history too)
 */
public record ChampionPointer(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("version") String version,
    @JsonProperty("promoted_at_ms") long promotedAtMs,
    @JsonProperty("record") RetrainRecord record) {

  /** The current pointer format. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Checks the version name. */
  public ChampionPointer {
    Objects.requireNonNull(version, "version");
    if (ModelVersion.parse(version).isEmpty()) {
      throw new IllegalArgumentException("Cannot point at '" + version + "': not a version name");
    }
  }

  /**
   * @param record a promoting decision
   * @return the pointer to its challenger
   */
  public static ChampionPointer of(RetrainRecord record) {
    return new ChampionPointer(
        FORMAT_VERSION, record.challengerVersion(), record.decidedAtMs(), record);
  }

  /** @return the champion version */
  public ModelVersion modelVersion() {
    return ModelVersion.parse(version).orElseThrow();
  }

  /** @return the pointer as UTF-8 JSON */
  public byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (IOException e) {
      throw new VerboStorageException("Cannot encode champion pointer " + version, e);
    }
  }

  /**
   * @param json UTF-8 JSON written by {@link #toJson()}
   * @param source where it was read from, for messages
   * @return the pointer
   * @throws VerboStorageException if it cannot be parsed or has a newer format
   */
  public static ChampionPointer fromJson(byte[] json, String source) {
    ChampionPointer p;
    try {
      p = JSON.readValue(json, ChampionPointer.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new VerboStorageException("Cannot parse champion pointer " + source, e);
    }
    if (p.formatVersion() > FORMAT_VERSION) {
      throw new VerboStorageException(
          "Cannot read champion pointer " + source + ": format " + p.formatVersion()
              + " is newer than this Verbo (" + FORMAT_VERSION + "); upgrade Verbo",
          null);
    }
    return p;
  }
}
