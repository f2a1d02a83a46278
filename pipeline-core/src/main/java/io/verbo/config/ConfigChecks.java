package io.verbo.config;

import java.util.Locale;

/** Small argument checks for the config records; each failure names the key and the fix. */
final class ConfigChecks {
  private ConfigChecks() {}

  static void checkRange(String key, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidConfigException(
          key,
          value,
          String.format(Locale.ROOT, "must be between %s and %s", trim(min), trim(max)),
          "set " + key + " to a value in that range");
    }
  }

  static void checkAtLeast(String key, long value, long min) {
    if (value < min) {
      throw new InvalidConfigException(
          key, value, "must be >= " + min, "set " + key + " to " + min + " or more");
    }
  }

  static void checkNotBlank(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidConfigException(
          key, value, "must not be empty", "give " + key + " a value in your --conf file or --set");
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
