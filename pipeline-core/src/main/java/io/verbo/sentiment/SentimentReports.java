package io.verbo.sentiment;

import io.verbo.eval.ConfusionCell;
import io.verbo.eval.MetricRow;
import io.verbo.eval.RocPoint;
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
 * per cell), {@code curve/} (one row per epoch), {@code roc/} (ROC points of binary models; empty
 * otherwise), each a single Parquet file, plus {@code _metadata.json}; committed together. Reports
 * written before {@code roc/} existed lack that folder; readers treat it as "no ROC curve".
 * Stateless.
 */
public final class SentimentReports {
  /** Sub-folder of the metric rows. */
  public static final String METRICS = "metrics";

  /** Sub-folder of the confusion cells. */
  public static final String CONFUSION = "confusion";

  /** Sub-folder of the training curve. */
  public static final String CURVE = "curve";

  /** Sub-folder of the ROC points. */
  public static final String ROC = "roc";

  /**
   * Everything a report holds besides its provenance.
   *
   * @param metrics metric rows
   * @param confusion confusion cells
   * @param curve the training curve
   * @param roc ROC points (binary models; empty otherwise)
   */
  public record Content(
      List<MetricRow> metrics,
      List<ConfusionCell> confusion,
      List<EpochRecord> curve,
      List<RocPoint> roc) {
    /** Copies the lists. */
    public Content {
      metrics = List.copyOf(metrics);
      confusion = List.copyOf(confusion);
      curve = List.copyOf(curve);
      roc = List.copyOf(roc);
    }
  }

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

  /** Schema of {@code roc/}. */
  public static final StructType ROC_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("run_id", DataTypes.StringType, false),
            DataTypes.createStructField("model", DataTypes.StringType, false),
            DataTypes.createStructField("split", DataTypes.StringType, false),
            DataTypes.createStructField("threshold", DataTypes.DoubleType, false),
            DataTypes.createStructField("fpr", DataTypes.DoubleType, false),
            DataTypes.createStructField("tpr", DataTypes.DoubleType, false)
          });

  private SentimentReports() {}

  /**
   * Writes a report without ROC points (see {@link #write(SparkSession, RunLayout, String, Content,
   * ArtifactMetadata)}).
   *
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
    return write(spark, layout, runId, new Content(metrics, confusion, curve, List.of()), metadata);
  }

  /**
   * @param spark the session
   * @param layout the run layout
   * @param runId the training run
   * @param content metric rows, confusion cells, training curve and ROC points
   * @param metadata provenance
   * @return the committed reports folder
   */
  public static Path write(
      SparkSession spark,
      RunLayout layout,
      String runId,
      Content content,
      ArtifactMetadata metadata) {
    Path target = SentimentLayout.reportsDir(layout, runId);
    try (StagedArtifact staged =
        StagedArtifact.begin(layout, target, spark.sparkContext().hadoopConfiguration())) {
      List<Row> m =
          content.metrics().stream()
              .map(
                  r ->
                      RowFactory.create(
                          r.runId(), r.model(), r.split(), r.className(), r.metric(), r.value()))
              .toList();
      List<Row> c =
          content.confusion().stream()
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
      List<Row> e = content.curve().stream().map(SentimentReports::curveRow).toList();
      List<Row> roc =
          content.roc().stream()
              .map(
                  r ->
                      RowFactory.create(
                          r.runId(), r.model(), r.split(), r.threshold(), r.fpr(), r.tpr()))
              .toList();
      writeOne(spark, m, METRICS_SCHEMA, new Path(staged.path(), METRICS));
      writeOne(spark, c, CONFUSION_SCHEMA, new Path(staged.path(), CONFUSION));
      writeOne(spark, e, CURVE_SCHEMA, new Path(staged.path(), CURVE));
      writeOne(spark, roc, ROC_SCHEMA, new Path(staged.path(), ROC));
      metadata.write(staged.path(), spark.sparkContext().hadoopConfiguration());
      staged.commit();
    }
    return target;
  }

  private static void writeOne(SparkSession spark, List<Row> rows, StructType schema, Path dir) {
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(dir.toString());
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
