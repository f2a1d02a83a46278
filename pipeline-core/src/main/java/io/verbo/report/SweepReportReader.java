package io.verbo.report;

import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a sweep's {@code trials/} Parquet dataset (see {@link SweepTrial} for the columns) into a
 * {@link SweepReportData}. A sweep has at most thousands of (trial, fold) rows, so they are
 * collected to the driver. The required columns are checked before anything is collected.
 * Stateless.
 */
public final class SweepReportReader {
  /** Sub-folder of a sweep's reports folder holding the trials dataset. */
  public static final String TRIALS = "trials";

  private static final List<String> REQUIRED =
      List.of(
          "sweep_id",
          "trial_id",
          "fold",
          "status",
          "seed",
          "params",
          "metric",
          "objective",
          "metrics",
          "epochs_run",
          "duration_s",
          "error");

  private SweepReportReader() {}

  /**
   * @param spark the session
   * @param sweepDir a {@code reports/sweeps/<id>} folder
   * @return its rows, ordered by trial then fold; the sweep id is the folder's name
   * @throws VerboStorageException if {@code trials/} is missing or lacks a contract column
   */
  public static SweepReportData read(SparkSession spark, Path sweepDir) {
    Path trialsDir = new Path(sweepDir, TRIALS);
    try {
      if (!trialsDir.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(trialsDir)) {
        throw new VerboStorageException(
            "Cannot read sweep trials: " + trialsDir + " does not exist", null);
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot check " + trialsDir, e);
    }
    Dataset<Row> df = spark.read().parquet(trialsDir.toString());
    StructType schema = df.schema();
    List<String> missing =
        REQUIRED.stream().filter(c -> !List.of(schema.fieldNames()).contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new VerboStorageException(
          "Cannot read sweep trials " + trialsDir + ": missing columns " + missing, null);
    }
    List<SweepParameter> parameters = new ArrayList<>();
    for (StructField f : schema.fields()) {
      if (f.name().startsWith(SweepParameter.COLUMN_PREFIX)) {
        parameters.add(
            new SweepParameter(
                f.name().substring(SweepParameter.COLUMN_PREFIX.length()),
                f.dataType() instanceof NumericType));
      }
    }
    List<SweepTrial> trials = new ArrayList<>();
    for (Row r : df.orderBy("trial_id", "fold").collectAsList()) {
      trials.add(trial(r, parameters));
    }
    return new SweepReportData(sweepDir.getName(), parameters, trials);
  }

  private static SweepTrial trial(Row r, List<SweepParameter> parameters) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (SweepParameter p : parameters) {
      int i = r.fieldIndex(p.column());
      if (p.numeric()) {
        values.put(p.name(), r.isNullAt(i) ? Double.NaN : ((Number) r.get(i)).doubleValue());
      } else {
        values.put(p.name(), r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
      }
    }
    return new SweepTrial(
        r.getAs("sweep_id"),
        r.<Integer>getAs("trial_id"),
        r.<Integer>getAs("fold"),
        r.getAs("status"),
        r.isNullAt(r.fieldIndex("seed")) ? 0L : r.<Long>getAs("seed"),
        orEmpty(r.<String, String>getJavaMap(r.fieldIndex("params"))),
        values,
        r.getAs("metric"),
        doubleOrNaN(r, "objective"),
        orEmpty(r.<String, Double>getJavaMap(r.fieldIndex("metrics"))),
        r.isNullAt(r.fieldIndex("epochs_run")) ? 0 : r.<Integer>getAs("epochs_run"),
        doubleOrNaN(r, "duration_s"),
        r.isNullAt(r.fieldIndex("error")) ? "" : r.getAs("error"));
  }

  private static double doubleOrNaN(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? Double.NaN : r.getDouble(i);
  }

  private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }
}
