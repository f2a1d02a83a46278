package io.verbo.tune;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of a sweep's {@code trials/} table, which the HTML report reads. Columns, in order:
 *
 * <pre>
 * sweep_id string, trial_id int, fold int (-1 = fixed validation split), status string
 * (completed | failed | stopped_early), seed long, params map&lt;string,string&gt;,
 * p_&lt;key&gt;... (one per searched key: double when every value is a number, else string),
 * metric string, objective double (null when failed), metrics map&lt;string,double&gt;,
 * epochs_run int, duration_s double, error string (null unless failed)
 * </pre>
 *
 * A parameter column is named {@code p_} + the key after {@code verbo.sentiment.} with {@code .}
 * and {@code -} replaced by {@code _} ({@code verbo.sentiment.network.lstm-units} → {@code
 * p_network_lstm_units}). Stateless.
 */
public final class TrialColumns {
  /** Column names before the parameter columns. */
  public static final List<String> LEADING =
      List.of("sweep_id", "trial_id", "fold", "status", "seed", "params");

  /** Column names after the parameter columns. */
  public static final List<String> TRAILING =
      List.of("metric", "objective", "metrics", "epochs_run", "duration_s", "error");

  private static final String SENTIMENT_PREFIX = "verbo.sentiment.";

  private TrialColumns() {}

  /**
   * @param key a searched configuration key
   * @return its column name
   */
  public static String columnName(String key) {
    String rest = key.startsWith(SENTIMENT_PREFIX) ? key.substring(SENTIMENT_PREFIX.length()) : key;
    return "p_" + rest.replace('.', '_').replace('-', '_').toLowerCase(Locale.ROOT);
  }

  /**
   * @param trial a trial
   * @return its parameters as strings, in key order
   */
  public static Map<String, String> paramStrings(Trial trial) {
    Map<String, String> out = new LinkedHashMap<>();
    trial.params().forEach((k, v) -> out.put(k, String.valueOf(v)));
    return out;
  }

  /**
   * @param keys the searched keys, in key order
   * @param numeric per key, whether every trial's value is a number
   * @return the table's schema
   */
  public static StructType schema(List<String> keys, Map<String, Boolean> numeric) {
    StructType s =
        new StructType()
            .add("sweep_id", DataTypes.StringType, false)
            .add("trial_id", DataTypes.IntegerType, false)
            .add("fold", DataTypes.IntegerType, false)
            .add("status", DataTypes.StringType, false)
            .add("seed", DataTypes.LongType, false)
            .add(
                "params",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType),
                false);
    for (String k : keys) {
      DataType t =
          Boolean.TRUE.equals(numeric.get(k)) ? DataTypes.DoubleType : DataTypes.StringType;
      s = s.add(columnName(k), t, true);
    }
    return s.add("metric", DataTypes.StringType, false)
        .add("objective", DataTypes.DoubleType, true)
        .add("metrics", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType), false)
        .add("epochs_run", DataTypes.IntegerType, false)
        .add("duration_s", DataTypes.DoubleType, false)
        .add("error", DataTypes.StringType, true);
  }

  /**
   * @param r a result
   * @param keys the searched keys
   * @param numeric per key, whether its column is a double
   * @return the row's values in schema order
   */
  public static Object[] values(TrialResult r, List<String> keys, Map<String, Boolean> numeric) {
    List<Object> v = new ArrayList<>();
    v.add(r.sweepId());
    v.add(r.trialId());
    v.add(r.fold());
    v.add(r.status());
    v.add(r.seed());
    v.add(r.params());
    for (String k : keys) {
      String raw = r.params().get(k);
      v.add(raw == null ? null : Boolean.TRUE.equals(numeric.get(k)) ? Double.valueOf(raw) : raw);
    }
    v.add(r.metric());
    v.add(r.objective());
    v.add(r.metrics());
    v.add(r.epochsRun());
    v.add(r.durationS());
    v.add(r.error());
    return v.toArray();
  }

  /**
   * @param trials the sweep's trials
   * @return per searched key, whether every trial's value is a number
   */
  public static Map<String, Boolean> numericKeys(List<Trial> trials) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (Trial t : trials) {
      t.params().forEach((k, v) -> out.merge(k, v instanceof Number, Boolean::logicalAnd));
    }
    return out;
  }
}
