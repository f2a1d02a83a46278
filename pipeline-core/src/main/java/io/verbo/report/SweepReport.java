package io.verbo.report;

import io.verbo.store.RunLayout;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sweep report: reads {@code reports/sweeps/<id>/trials/} and writes {@code report.html} beside
 * it. Entry point for {@code verbo report --sweep-id} and for the sweep engine at the end of a
 * sweep. Stateless.
 */
public final class SweepReport {
  private static final Logger LOG = LoggerFactory.getLogger(SweepReport.class);

  private SweepReport() {}

  /**
   * @param layout a run layout
   * @param sweepId a sweep id
   * @return {@code ROOT/reports/sweeps/<sweepId>}
   * @throws IllegalArgumentException if the id is not a plain folder name
   */
  public static Path sweepDir(RunLayout layout, String sweepId) {
    if (sweepId == null
        || sweepId.isBlank()
        || sweepId.contains("/")
        || sweepId.startsWith(".")
        || sweepId.startsWith("_")) {
      throw new IllegalArgumentException(
          "Cannot use sweep id '"
              + sweepId
              + "': it must be a non-blank folder name without '/' that does not start with '.' or"
              + " '_'");
    }
    return new Path(new Path(layout.root(), "reports/sweeps"), sweepId);
  }

  /**
   * Reads a sweep's trials and (re)writes its page atomically.
   *
   * @param spark the session
   * @param sweepReportsDir a {@code reports/sweeps/<id>} folder holding {@code trials/}
   * @return the written {@code report.html}, fully qualified
   * @throws io.verbo.store.VerboStorageException if the trials cannot be read or the page written
   */
  public static Path write(SparkSession spark, Path sweepReportsDir) {
    long start = System.nanoTime();
    SweepReportData data = SweepReportReader.read(spark, sweepReportsDir);
    String html = SweepReportRenderer.render(data);
    Path page =
        ReportFiles.writeAtomically(
            ReportFiles.htmlIn(sweepReportsDir), html, spark.sparkContext().hadoopConfiguration());
    LOG.info(
        "report: sweep {} ({} rows) -> {} ({} ms)",
        data.sweepId(),
        data.trials().size(),
        page,
        (System.nanoTime() - start) / 1_000_000);
    return page;
  }
}
