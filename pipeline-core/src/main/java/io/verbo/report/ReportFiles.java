package io.verbo.report;

import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * Writes a report page atomically on any Hadoop file system: the text goes to a hidden temporary
 * file in the target's folder, which is then renamed over the target with {@link
 * Options.Rename#OVERWRITE}. On HDFS and local disks that rename is atomic, so a reader sees the
 * old page or the new one, never half a page; on S3A a rename is a copy, atomic only for readers
 * that wait for the job to end. A failed write deletes the temporary file. Stateless.
 */
public final class ReportFiles {
  /** File name of every report page inside its report folder. */
  public static final String HTML_FILE = "report.html";

  private ReportFiles() {}

  /**
   * @param reportDir a run's or a sweep's report folder
   * @return its HTML page
   */
  public static Path htmlIn(Path reportDir) {
    return new Path(reportDir, HTML_FILE);
  }

  /**
   * @param target the file to (re)place
   * @param html the page, written as UTF-8
   * @param conf Hadoop configuration resolving the target's file system
   * @return the target, fully qualified
   * @throws VerboStorageException on I/O errors (the previous page, if any, is left in place)
   */
  public static Path writeAtomically(Path target, String html, Configuration conf) {
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp-" + UUID.randomUUID());
    FileSystem fs;
    try {
      fs = target.getFileSystem(conf);
    } catch (IOException e) {
      throw new VerboStorageException("Cannot resolve the file system of " + target, e);
    }
    Path qualified = fs.makeQualified(target);
    try {
      try (OutputStream out = fs.create(tmp, false)) {
        out.write(html.getBytes(StandardCharsets.UTF_8));
      }
      FileContext.getFileContext(qualified.toUri(), conf)
          .rename(fs.makeQualified(tmp), qualified, Options.Rename.OVERWRITE);
      return qualified;
    } catch (IOException e) {
      deleteQuietly(fs, tmp);
      throw new VerboStorageException("Cannot write " + target, e);
    }
  }

  private static void deleteQuietly(FileSystem fs, Path tmp) {
    try {
      fs.delete(tmp, false);
    } catch (IOException e) {
      // The original failure is what the caller needs; the leftover is hidden and named .tmp-*.
      org.slf4j.LoggerFactory.getLogger(ReportFiles.class).warn("Could not delete {}", tmp, e);
    }
  }
}
