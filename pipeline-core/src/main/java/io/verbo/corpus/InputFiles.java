package io.verbo.corpus;

import io.verbo.config.ConfigKeys;
import io.verbo.config.InputSettings;
import io.verbo.config.InvalidConfigException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files an input configuration matches, resolved on the driver before Spark starts, so a
 * missing path fails early with a message that names the key.
 *
 * @param files every matched data file (folders expanded one level, hidden files skipped)
 * @param totalBytes their total size
 */
public record InputFiles(List<String> files, long totalBytes) {

  /** Copies the list. */
  public InputFiles {
    files = List.copyOf(files);
  }

  /**
   * @param input the input settings
   * @param hadoopConf Hadoop configuration resolving the paths' file systems
   * @return the matched files
   * @throws InvalidConfigException if a path matches no file or cannot be listed
   */
  public static InputFiles resolve(InputSettings input, Configuration hadoopConf) {
    List<String> files = new ArrayList<>();
    long bytes = 0;
    for (String p : input.paths()) {
      Path path = new Path(p);
      FileStatus[] matches;
      try {
        FileSystem fs = path.getFileSystem(hadoopConf);
        matches = fs.globStatus(path);
        List<FileStatus> expanded = new ArrayList<>();
        if (matches != null) {
          for (FileStatus m : matches) {
            if (m.isDirectory()) {
              for (FileStatus child : fs.listStatus(m.getPath())) {
                if (child.isFile() && !isHidden(child.getPath())) {
                  expanded.add(child);
                }
              }
            } else {
              expanded.add(m);
            }
          }
        }
        if (expanded.isEmpty()) {
          throw new InvalidConfigException(
              ConfigKeys.INPUT_PATHS,
              p,
              "matches no file",
              "check the path (relative paths start at the current folder "
                  + System.getProperty("user.dir") + ") or fix verbo.input.paths");
        }
        for (FileStatus f : expanded) {
          files.add(f.getPath().toString());
          bytes += f.getLen();
        }
      } catch (IOException e) {
        throw new InvalidConfigException(
            ConfigKeys.INPUT_PATHS,
            "Cannot list input path " + p + " (key " + ConfigKeys.INPUT_PATHS + "): " + e.getMessage()
                + ". Fix: check that the file system is reachable and the path is readable.",
            e);
      }
    }
    return new InputFiles(files, bytes);
  }

  private static boolean isHidden(Path p) {
    String n = p.getName();
    return n.startsWith("_") || n.startsWith(".");
  }
}
