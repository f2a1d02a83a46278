package io.verbo.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.eval.ConfusionCell;
import io.verbo.eval.MetricRow;
import io.verbo.eval.RocPoint;
import io.verbo.sentiment.EpochRecord;
import io.verbo.sentiment.SentimentReports;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a sentiment run's report folder (written by {@link SentimentReports}) into a {@link
 * RunReportData}. The datasets are small (metrics, k x k cells, one row per epoch, a thinned ROC
 * curve), so they are collected to the driver. Stateless.
 */
public final class RunReportReader {
  private RunReportReader() {}

  /**
   * @param spark the session
   * @param reportsDir a {@code reports/sentiment/<run>} folder
   * @return its content; the run id is the folder's name
   * @throws VerboStorageException if the folder, its metadata or a dataset cannot be read
   */
  public static RunReportData read(SparkSession spark, Path reportsDir) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    JsonNode metadata = ArtifactMetadata.read(reportsDir, conf);
    List<MetricRow> metrics =
        rows(spark, new Path(reportsDir, SentimentReports.METRICS)).stream()
            .map(
                r ->
                    new MetricRow(
                        r.getAs("run_id"),
                        r.getAs("model"),
                        r.getAs("split"),
                        r.getAs("class"),
                        r.getAs("metric"),
                        r.<Double>getAs("value")))
            .toList();
    List<ConfusionCell> confusion =
        rows(spark, new Path(reportsDir, SentimentReports.CONFUSION)).stream()
            .map(
                r ->
                    new ConfusionCell(
                        r.getAs("run_id"),
                        r.getAs("model"),
                        r.getAs("split"),
                        r.getAs("true_class"),
                        r.getAs("predicted_class"),
                        r.<Long>getAs("count")))
            .toList();
    List<EpochRecord> curve =
        rows(spark, new Path(reportsDir, SentimentReports.CURVE)).stream()
            .map(RunReportReader::epoch)
            .toList();
    Path rocDir = new Path(reportsDir, SentimentReports.ROC);
    List<RocPoint> roc =
        exists(rocDir, conf)
            ? rows(spark, rocDir).stream()
                .map(
                    r ->
                        new RocPoint(
                            r.getAs("run_id"),
                            r.getAs("model"),
                            r.getAs("split"),
                            r.<Double>getAs("threshold"),
                            r.<Double>getAs("fpr"),
                            r.<Double>getAs("tpr")))
                .toList()
            : List.of();
    return new RunReportData(reportsDir.getName(), metadata, metrics, confusion, curve, roc);
  }

  /**
   * Collects a single-file dataset in its stored order. Each dataset is written as one Parquet file
   * by one task, so reading it back keeps the writer's order (label order, epoch order, curve
   * order) without a sort that would have to know every dataset's key.
   */
  private static List<Row> rows(SparkSession spark, Path dir) {
    if (!exists(dir, spark.sparkContext().hadoopConfiguration())) {
      throw new VerboStorageException(
          "Cannot read report dataset " + dir + ": it does not exist", null);
    }
    return spark.read().parquet(dir.toString()).collectAsList();
  }

  private static EpochRecord epoch(Row r) {
    return new EpochRecord(
        r.getAs("run_id"),
        r.<Integer>getAs("epoch"),
        r.getAs("stage"),
        r.<Double>getAs("learning_rate"),
        r.<Double>getAs("train_loss"),
        r.<Long>getAs("train_examples"),
        r.<Double>getAs("seconds"),
        r.<Double>getAs("examples_per_second"),
        r.<Double>getAs("val_loss"),
        r.<Double>getAs("val_accuracy"),
        r.<Double>getAs("val_macro_f1"),
        r.<Double>getAs("val_auc"),
        r.<Double>getAs("monitored"),
        r.<Boolean>getAs("improved"));
  }

  private static boolean exists(Path dir, Configuration conf) {
    try {
      return dir.getFileSystem(conf).exists(dir);
    } catch (IOException e) {
      throw new VerboStorageException("Cannot check " + dir, e);
    }
  }
}
