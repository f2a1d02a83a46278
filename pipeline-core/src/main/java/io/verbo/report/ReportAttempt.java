package io.verbo.report;

import java.util.function.Supplier;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an HTML report at the end of a job whose real outputs (models, Parquet reports) are
 * already committed. A failure is logged and turned into a summary line that says how to retry,
 * instead of failing the job. Linkage and AWT errors are included: a driver JVM without fonts cannot
 * draw the charts.
 */
public final class ReportAttempt {
  private static final Logger LOG = LoggerFactory.getLogger(ReportAttempt.class);

  private ReportAttempt() {}

  /**
   * @param job the job name that starts the summary line (e.g. {@code train-sentiment})
   * @param writer writes the page and returns its path
   * @param retry the command that writes the page again (e.g. {@code verbo report --run-id X})
   * @return {@code "<job>: report -> <path>"}, or a line naming the failure and {@code retry}
   */
  public static String write(String job, Supplier<Path> writer, String retry) {
    try {
      return job + ": report -> " + writer.get();
    } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
      LOG.warn("{}: could not write the HTML report; retry with `{}`", job, retry, e);
      return job + ": HTML report failed (" + e + "); retry with `" + retry + "`";
    }
  }
}
