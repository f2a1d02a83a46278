package io.verbo.sentiment;

import io.verbo.eval.ConfusionCell;
import io.verbo.eval.MetricRow;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.store.StagedArtifact;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the evaluation report of a training run as one artifact under {@link
 * SentimentLayout#reportsDir}: {@code metrics/} (one row per metric), {@code confusion/} (one row
 * per cell), {@code curve/} (one row per epoch), each a single Parquet file, plus {@code
 * _metadata.json}; committed together. Stateless.
 */
public final class SentimentReports {
  /** Schema of {@code metrics/}. */
  public static final StructType METRICS_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("run_id", DataTypes.StringType, false),
            DataTypes.createStructField("model", DataTypes.StringType, false),
            DataTypes.createStructField("split", DataTypes.StringType, false),
            DataTypes.createStructField("class", DataTypes.StringType, true),
            DataTypes.createStructField("metric", DataTypes.StringType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, false)
          });

  /** Schema of {@code confusion/}. */
  public static final StructType CONFUSION_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("run_id", DataTypes.StringType, false),
            DataTypes.createStructField("model", DataTypes.StringType, false),
            DataTypes.createStructField("split", DataTypes.StringType, false),
            DataTypes.createStructField("true_class", DataTypes.StringType, false),
            DataTypes.createStructField("predicted_class", DataTypes.StringType, false),
            DataTypes.createStructField("count", DataTypes.LongType, false)
          });

  /** Schema of {@code curve/}. */
  public static final StructType CURVE_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("run_id", DataTypes.StringType, false),
            DataTypes.createStructField("epoch", DataTypes.IntegerType, false),
            DataTypes.createStructField("stage", DataTypes.StringType, false),
            DataTypes.createStructField("learning_rate", DataTypes.DoubleType, false),
            DataTypes.createStructField("train_loss", DataTypes.DoubleType, false),
            DataTypes.createStructField("train_examples", DataTypes.LongType, false),
            DataTypes.createStructField("seconds", DataTypes.DoubleType, false),
            DataTypes.createStructField("examples_per_second", DataTypes.DoubleType, false),
            DataTypes.createStructField("val_loss", DataTypes.DoubleType, false),
            DataTypes.createStructField("val_accuracy", DataTypes.DoubleType, false),
            DataTypes.createStructField("val_macro_f1", DataTypes.DoubleType, false),
            DataTypes.createStructField("val_auc", DataTypes.DoubleType, false),
            DataTypes.createStructField("monitored", DataTypes.DoubleType, false),
            DataTypes.createStructField("improved", DataTypes.BooleanType, false)
          });

  private SentimentReports() {}

  /**
   * @param spark the session
   * @param layout the run layout
   * @param runId the training run
   * @param metrics metric rows
   * @param confusion confusion cells
   * @param curve the training curve
   * @param metadata provenance
   * @return the committed reports folder
   */
  public static Path write(
      SparkSession spark,
      RunLayout layout,
      String runId,
      List<MetricRow> metrics,
      List<ConfusionCell> confusion,
      List<EpochRecord> curve,
      ArtifactMetadata metadata) {
    Path target = SentimentLayout.reportsDir(layout, runId);
    try (StagedArtifact staged =
        StagedArtifact.begin(layout, target, spark.sparkContext().hadoopConfiguration())) {
      List<Row> m =
          metrics.stream()
              .map(
                  r ->
                      RowFactory.create(
                          r.runId(), r.model(), r.split(), r.className(), r.metric(), r.value()))
              .toList();
      List<Row> c =
          confusion.stream()
              .map(
                  r ->
                      RowFactory.create(
                          r.runId(),
                          r.model(),
                          r.split(),
                          r.trueClass(),
                          r.predictedClass(),
                          r.count()))
              .toList();
      List<Row> e = curve.stream().map(SentimentReports::curveRow).toList();
      spark
          .createDataFrame(m, METRICS_SCHEMA)
          .coalesce(1)
          .write()
          .parquet(new Path(staged.path(), "metrics").toString());
      spark
          .createDataFrame(c, CONFUSION_SCHEMA)
          .coalesce(1)
          .write()
          .parquet(new Path(staged.path(), "confusion").toString());
      spark
          .createDataFrame(e, CURVE_SCHEMA)
          .coalesce(1)
          .write()
          .parquet(new Path(staged.path(), "curve").toString());
      metadata.write(staged.path(), spark.sparkContext().hadoopConfiguration());
      staged.commit();
    }
    return target;
  }

  private static Row curveRow(EpochRecord r) {
    return RowFactory.create(
        r.runId(),
        r.epoch(),
        r.stage(),
        r.learningRate(),
        r.trainLoss(),
        r.trainExamples(),
        r.seconds(),
        r.examplesPerSecond(),
        r.valLoss(),
        r.valAccuracy(),
        r.valMacroF1(),
        r.valAuc(),
        r.monitored(),
        r.improved());
  }
}
