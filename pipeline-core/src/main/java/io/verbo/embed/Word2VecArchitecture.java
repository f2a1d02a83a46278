package io.verbo.embed;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which word2vec model is trained: predict a word from each context word, or from their mean. */
public enum Word2VecArchitecture {
  /** Skip-gram: every context word's input vector predicts the centre word. */
  SKIP_GRAM("skip-gram"),
  /** Continuous bag of words: the mean of the context words' input vectors predicts the centre. */
  CBOW("cbow");

  private final String configName;

  Word2VecArchitecture(String configName) {
    this.configName = configName;
  }

  /** @return the name used in configuration files */
  public String configName() {
    return configName;
  }

  /**
   * @param name a configuration name ({@code skip-gram} or {@code cbow}, case-insensitive; {@code
   *     sg} and {@code skipgram} are accepted for skip-gram)
   * @return the architecture
   * @throws io.verbo.config.InvalidConfigException naming {@link EmbeddingKeys#ARCHITECTURE}
   */
  public static Word2VecArchitecture parse(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "skip-gram", "skipgram", "sg" -> SKIP_GRAM;
      case "cbow" -> CBOW;
      default ->
          throw new io.verbo.config.InvalidConfigException(
              EmbeddingKeys.ARCHITECTURE,
              name,
              "is not a word2vec architecture",
              "use one of "
                  + Arrays.stream(values()).map(Word2VecArchitecture::configName).collect(Collectors.joining(", ")));
    };
  }
}
