package io.verbo.embed;

import io.verbo.config.InvalidConfigException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The vector file formats read and written besides Parquet. */
public enum VectorFormat {
  /** word2vec text: header {@code "V D"}, then {@code token v1 ... vD} per line, space separated. */
  WORD2VEC_TEXT("word2vec-text", "vectors.txt"),
  /**
   * word2vec binary: ASCII header {@code "V D\n"}, then per word its UTF-8 token, a space, D
   * little-endian float32 and a newline (word2vec.c writes the newline, gensim 4 does not; both
   * readers and ours accept either).
   */
  WORD2VEC_BINARY("word2vec-binary", "vectors.bin"),
  /** GloVe text: like word2vec text without the header line (as glove.6B.100d.txt). */
  GLOVE_TEXT("glove-text", "vectors.glove.txt"),
  /** Reading only: detect the format from the content ({@link VectorFileReader#detect}). */
  AUTO("auto", null);

  private final String configName;
  private final String fileName;

  VectorFormat(String configName, String fileName) {
    this.configName = configName;
    this.fileName = fileName;
  }

  /** @return the name used in configuration and on the command line */
  public String configName() {
    return configName;
  }

  /** @return the file name inside an embeddings artifact (null for {@link #AUTO}) */
  public String fileName() {
    return fileName;
  }

  /**
   * @param name a configuration name
   * @param key the configuration key it came from, for the error message
   * @return the format
   * @throws InvalidConfigException if the name is unknown
   */
  public static VectorFormat parse(String name, String key) {
    for (VectorFormat f : values()) {
      if (f.configName.equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new InvalidConfigException(key, name, "is not a vector format",
        "use one of " + Arrays.stream(values()).map(VectorFormat::configName).collect(Collectors.joining(", ")));
  }
}
