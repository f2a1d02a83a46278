package io.verbo.config;

import java.util.Locale;

/**
 * A configuration value (or command-line setting) that cannot be used. The message names the key,
 * the value that was given and what to do instead; jobs map it to exit code 2.
 */
public final class InvalidConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * @param key the full configuration key, e.g. {@code verbo.split.train}
   * @param value the offending value as given (may be {@code null} when the key is missing)
   * @param problem what is wrong with it
   * @param fix what the user should do instead
   */
  public InvalidConfigException(String key, Object value, String problem, String fix) {
    super(format(key, value, problem, fix));
    this.key = key;
  }

  /**
   * @param key the full configuration key
   * @param message the complete message (already naming value and fix)
   * @param cause the underlying parse error
   */
  public InvalidConfigException(String key, String message, Throwable cause) {
    super(message, cause);
    this.key = key;
  }

  /** @return the configuration key this error is about */
  public String key() {
    return key;
  }

  private static String format(String key, Object value, String problem, String fix) {
    return String.format(
        Locale.ROOT, "Invalid configuration %s = %s: %s. Fix: %s", key, render(value), problem, fix);
  }

  private static String render(Object value) {
    if (value == null) {
      return "(missing)";
    }
    return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
  }
}
