package io.verbo.sentiment;

import io.verbo.config.InvalidConfigException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Argument checks for the sentiment settings records; every failure names the key and the fix. */
final class SettingsChecks {
  private SettingsChecks() {}

  static void atLeast(String key, long value, long min) {
    if (value < min) {
      throw new InvalidConfigException(
          key, value, "must be >= " + min, "set " + key + " to " + min + " or more");
    }
  }

  static void range(String key, double value, double min, double max, boolean maxInclusive) {
    boolean ok = value >= min && (maxInclusive ? value <= max : value < max);
    if (!ok || Double.isNaN(value)) {
      throw new InvalidConfigException(
          key,
          value,
          String.format(
              Locale.ROOT, "must be in [%s, %s%s", trim(min), trim(max), maxInclusive ? "]" : ")"),
          "set " + key + " to a value in that range");
    }
  }

  static void positive(String key, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new InvalidConfigException(
          key, value, "must be a positive number", "set " + key + " to a value > 0");
    }
  }

  /** Parses a configuration enum name (case-insensitive) or fails listing the known names. */
  static <E extends Enum<E>> E parse(
      String key, String value, Class<E> type, Function<E, String> configName) {
    String n = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (configName.apply(e).equals(n)) {
        return e;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(configName).toList();
    throw new InvalidConfigException(
        key, value, "is not one of " + names, "set " + key + " to one of " + names);
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
