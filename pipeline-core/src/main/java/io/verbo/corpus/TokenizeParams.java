package io.verbo.corpus;

import io.verbo.config.InputSettings;
import io.verbo.config.LabelSettings;
import io.verbo.config.OutputSettings;
import io.verbo.config.SplitSettings;
import io.verbo.config.VerboConfig;
import io.verbo.text.TokenizerOptions;
import java.io.Serializable;

/**
 * The small, serializable part of the configuration that executors need to read and tokenize
 * records.
 *
 * @param input input settings
 * @param labels label mapping
 * @param tokenizer tokenizer options
 * @param split split fractions and seed
 * @param keepText whether kept documents carry their text
 * @param rejectRawMaxChars how much raw content rejects keep
 */
public record TokenizeParams(
    InputSettings input,
    LabelSettings labels,
    TokenizerOptions tokenizer,
    SplitSettings split,
    boolean keepText,
    int rejectRawMaxChars)
    implements Serializable {

  /**
   * @param config the run configuration
   * @return the executor-side parameters of the tokenize stage
   */
  public static TokenizeParams from(VerboConfig config) {
    OutputSettings out = config.output();
    return new TokenizeParams(
        config.input(), config.labels(), config.tokenizer(), config.split(), out.keepText(), out.rejectRawMaxChars());
  }

  /**
   * The largest record a reader keeps whole: room for {@code max-doc-chars} characters of 4-byte
   * UTF-8 plus the other columns. Longer records are rejected as too large without being held in
   * memory.
   *
   * @return the limit in bytes
   */
  public int maxRecordBytes() {
    long bytes = 4L * input.maxDocChars() + 65_536;
    return (int) Math.min(bytes, Integer.MAX_VALUE - 16);
  }
}
