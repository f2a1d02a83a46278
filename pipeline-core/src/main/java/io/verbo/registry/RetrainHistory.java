package io.verbo.registry;

import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The decision history table {@code REGISTRY/sentiment/history}: Parquet, one row per {@link
 * RetrainRecord}, appended (one small file per decision) and never rewritten. Columns:
 *
 * <pre>
 * decided_at timestamp, run_id, challenger_version, champion_before (null: none), champion_after,
 * metric, higher_is_better, margin, challenger_metrics map&lt;string,double&gt;,
 * champion_metrics map&lt;string,double&gt;, eval_split, decision, reason, warm_start,
 * inputs array&lt;string&gt;, counts map&lt;string,bigint&gt;, orphans_removed array&lt;string&gt;
 * </pre>
 *
 * An append is a Spark write job: its file appears when the job commits, so a crash during the
 * append leaves no row (readers ignore Spark's {@code _temporary} folder). Stateless.
 */
public final class RetrainHistory {
  /** The table schema. */
  public static final StructType SCHEMA =
      new StructType()
          .add("decided_at", DataTypes.TimestampType, false)
          .add("run_id", DataTypes.StringType, false)
          .add("challenger_version", DataTypes.StringType, false)
          .add("champion_before", DataTypes.StringType, true)
          .add("champion_after", DataTypes.StringType, false)
          .add("metric", DataTypes.StringType, false)
          .add("higher_is_better", DataTypes.BooleanType, false)
          .add("margin", DataTypes.DoubleType, false)
          .add("challenger_metrics", doubleMap(), false)
          .add("champion_metrics", doubleMap(), false)
          .add("eval_split", DataTypes.StringType, true)
          .add("decision", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, false)
          .add("warm_start", DataTypes.BooleanType, false)
          .add("inputs", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("counts", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), false)
          .add("orphans_removed", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private RetrainHistory() {}

  /**
   * Appends records as one new Parquet file.
   *
   * @param spark the session
   * @param layout the registry
   * @param records the rows to add
   */
  public static void append(SparkSession spark, RegistryLayout layout, List<RetrainRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    List<Row> rows = new ArrayList<>(records.size());
    for (RetrainRecord r : records) {
      rows.add(
          RowFactory.create(
              new Timestamp(r.decidedAtMs()),
              r.runId(),
              r.challengerVersion(),
              r.championBefore(),
              r.championAfter(),
              r.metric(),
              r.higherIsBetter(),
              r.margin(),
              new LinkedHashMap<>(r.challengerMetrics()),
              new LinkedHashMap<>(r.championMetrics()),
              r.evalSplit(),
              r.decision().label(),
              r.reason(),
              r.warmStart(),
              new ArrayList<>(r.inputs()),
              new LinkedHashMap<>(r.counts()),
              new ArrayList<>(r.orphansRemoved())));
    }
    spark
        .createDataFrame(rows, SCHEMA)
        .coalesce(1)
        .write()
        .mode(SaveMode.Append)
        .parquet(layout.history().toString());
  }

  /**
   * @param spark the session
   * @param layout the registry
   * @return every record, oldest first (empty before the first decision)
   */
  public static List<RetrainRecord> read(SparkSession spark, RegistryLayout layout) {
    Path dir = layout.history();
    try {
      if (!dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(dir)) {
        return List.of();
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot check " + dir, e);
    }
    List<RetrainRecord> out = new ArrayList<>();
    for (Row r : spark.read().schema(SCHEMA).parquet(dir.toString()).collectAsList()) {
      out.add(
          new RetrainRecord(
              r.getTimestamp(0).getTime(),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getString(4),
              r.getString(5),
              r.getBoolean(6),
              r.getDouble(7),
              new TreeMap<String, Double>(r.getJavaMap(8)),
              new TreeMap<String, Double>(r.getJavaMap(9)),
              r.getString(10),
              Decision.of(r.getString(11)),
              r.getString(12),
              r.getBoolean(13),
              r.getList(14),
              new TreeMap<String, Long>(r.getJavaMap(15)),
              r.getList(16)));
    }
    out.sort(Comparator.comparingLong(RetrainRecord::decidedAtMs).thenComparing(RetrainRecord::challengerVersion));
    return List.copyOf(out);
  }

  private static org.apache.spark.sql.types.MapType doubleMap() {
    return DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false);
  }

  /**
   * @param records history records
   * @return the records by challenger version (a later record of the same version wins)
   */
  public static Map<String, RetrainRecord> byChallenger(List<RetrainRecord> records) {
    Map<String, RetrainRecord> out = new LinkedHashMap<>();
    records.forEach(r -> out.put(r.challengerVersion(), r));
    return out;
  }
}
