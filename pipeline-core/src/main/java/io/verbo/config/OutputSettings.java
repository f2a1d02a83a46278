package io.verbo.config;

/**
 * What the tokenize stage keeps in its outputs.
 *
 * @param keepText keep the original text in the tokens dataset
 * @param rejectRawMaxChars how many characters of a rejected record's raw content are kept
 */
public record OutputSettings(boolean keepText, int rejectRawMaxChars) {
  /** Validates the record. */
  public OutputSettings {
    ConfigChecks.checkAtLeast(ConfigKeys.OUTPUT_REJECT_RAW_MAX_CHARS, rejectRawMaxChars, 16);
  }
}
