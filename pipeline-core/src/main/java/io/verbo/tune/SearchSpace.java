package io.verbo.tune;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.verbo.config.InvalidConfigException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters a sweep searches, by configuration key, in key order (so trial order never
 * depends on how the file was written). Immutable.
 *
 * <p>HOCON form, under {@code verbo.sweep.space}, one entry per training key:
 *
 * <pre>
 * "verbo.sentiment.network.lstm-units" = [64, 128]     # grid axis (uniform choice at random)
 * "verbo.sentiment.training.learning-rate" { log-uniform = [1e-4, 1e-2] }
 * "verbo.sentiment.network.dropout" { uniform = [0.1, 0.5] }
 * "verbo.sentiment.distributed.batch-size-per-worker" { int-range = [16, 64] }
 * "verbo.sentiment.network.freeze-embeddings" { choice = [true, false] }
 * </pre>
 *
 * Which keys may be searched is {@link SweepSettings}' concern.
 *
 * @param dimensions the searched keys and their dimensions
 */
public record SearchSpace(Map<String, SearchDimension> dimensions) {
  /** The configuration key of the search space, for messages. */
  public static final String KEY = "verbo.sweep.space";

  /** Copies into a key-sorted, unmodifiable map and checks it is not empty. */
  public SearchSpace {
    if (dimensions.isEmpty()) {
      throw new InvalidConfigException(KEY, "{}", "names no parameter", "add at least one training key to search");
    }
    dimensions = Collections.unmodifiableMap(new TreeMap<>(dimensions));
  }

  /** @return whether every dimension is a grid list (so grid search is possible) */
  public boolean isGrid() {
    return dimensions.values().stream().allMatch(d -> d instanceof SearchDimension.GridValues);
  }

  /**
   * @param space the {@code verbo.sweep.space} object
   * @return the parsed space
   * @throws InvalidConfigException naming the entry that cannot be parsed
   */
  public static SearchSpace fromConfig(Config space) {
    Map<String, SearchDimension> dims = new TreeMap<>();
    for (Map.Entry<String, ConfigValue> e : space.root().entrySet()) {
      String key = e.getKey();
      String where = KEY + "." + ConfigUtil.joinPath(key);
      dims.put(key, parse(where, e.getValue()));
    }
    return new SearchSpace(dims);
  }

  private static SearchDimension parse(String where, ConfigValue value) {
    try {
      if (value.valueType() == ConfigValueType.LIST) {
        return new SearchDimension.GridValues(unwrapList(value));
      }
      if (value.valueType() != ConfigValueType.OBJECT || ((ConfigObject) value).size() != 1) {
        throw new InvalidConfigException(
            where,
            value.unwrapped(),
            "must be a list (grid) or an object with exactly one of uniform, log-uniform, int-range, choice",
            "write e.g. [64, 128] or { log-uniform = [1e-4, 1e-2] }");
      }
      Map.Entry<String, ConfigValue> only = ((ConfigObject) value).entrySet().iterator().next();
      List<Object> args = unwrapList(only.getValue());
      return switch (only.getKey()) {
        case "choice" -> new SearchDimension.Choice(args);
        case "uniform" -> new SearchDimension.Uniform(number(args, 0), number(args, 1));
        case "log-uniform" -> new SearchDimension.LogUniform(number(args, 0), number(args, 1));
        case "int-range" -> new SearchDimension.IntRange((long) number(args, 0), (long) number(args, 1));
        default -> throw new InvalidConfigException(
            where, only.getKey(), "is not a distribution", "use uniform, log-uniform, int-range or choice");
      };
    } catch (IllegalArgumentException | ConfigException | ClassCastException | IndexOutOfBoundsException ex) {
      if (ex instanceof InvalidConfigException ice) {
        throw ice;
      }
      throw new InvalidConfigException(
          where, value.unwrapped(), String.valueOf(ex.getMessage()), "see the search-space examples in conf/reference.conf");
    }
  }

  private static List<Object> unwrapList(ConfigValue value) {
    if (value.valueType() != ConfigValueType.LIST) {
      throw new IllegalArgumentException("expected a list, got " + value.valueType());
    }
    return new ArrayList<>((List<?>) value.unwrapped());
  }

  private static double number(List<Object> args, int i) {
    if (args.size() != 2) {
      throw new IllegalArgumentException("expected [min, max], got " + args);
    }
    return ((Number) args.get(i)).doubleValue();
  }
}
