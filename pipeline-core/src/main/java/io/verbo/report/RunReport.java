package io.verbo.report;

import io.verbo.sentiment.SentimentLayout;
import io.verbo.store.RunLayout;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run report: reads {@code reports/sentiment/<run>/} and writes {@code report.html} beside the
 * Parquet datasets. Entry point for {@code verbo report --run-id} and for the end of {@code
 * train-sentiment}. Stateless.
 */
public final class RunReport {
  private static final Logger LOG = LoggerFactory.getLogger(RunReport.class);

  private RunReport() {}

  /**
   * @param layout a run layout
   * @param runId a training run id
   * @return the run's reports folder (where the page goes)
   * @throws IllegalArgumentException if the run id is not a plain folder name
   */
  public static Path reportsDir(RunLayout layout, String runId) {
    return SentimentLayout.reportsDir(layout, runId);
  }

  /**
   * Reads a run's reports and (re)writes its page atomically.
   *
   * @param spark the session
   * @param reportsDir a {@code reports/sentiment/<run>} folder
   * @return the written {@code report.html}, fully qualified
   * @throws io.verbo.store.VerboStorageException if the reports cannot be read or the page written
   */
  public static Path write(SparkSession spark, Path reportsDir) {
    long start = System.nanoTime();
    RunReportData data = RunReportReader.read(spark, reportsDir);
    String html = RunReportRenderer.render(data);
    Path page =
        ReportFiles.writeAtomically(
            ReportFiles.htmlIn(reportsDir), html, spark.sparkContext().hadoopConfiguration());
    LOG.info(
        "report: run {} -> {} ({} KB, {} ms)",
        data.runId(),
        page,
        html.length() / 1024,
        (System.nanoTime() - start) / 1_000_000);
    return page;
  }
}
