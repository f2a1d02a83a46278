package io.verbo.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * A small file (a pointer, a marker) that is replaced as a whole: a reader sees the previous
 * content or the new content, never a partial file, on every supported file system. How that is
 * achieved depends on the file system:
 *
 * <ul>
 *   <li>{@code file://}: the bytes go to a hidden temporary file beside the target, which is then
 *       renamed over it with POSIX {@code rename(2)} (atomic replace). The raw local file system is
 *       used: Hadoop's checksummed local file system renames the {@code .crc} side file separately,
 *       and a reader between the two renames would fail its checksum.
 *   <li>HDFS and other file systems with an atomic rename (viewfs, abfs with hierarchical
 *       namespace, webhdfs): temporary file, then {@code FileContext.rename(tmp, target,
 *       OVERWRITE)}, which the NameNode performs as one atomic operation.
 *   <li>Object stores ({@code s3a}, {@code gs}, ...): the target object is written directly. An
 *       object store has no atomic rename (S3A's rename is copy + delete), but an upload becomes
 *       visible only when it completes, so a reader gets the old object or the whole new one.
 * </ul>
 *
 * <p>Leftover temporary files of a crash are hidden (named {@code .NAME.tmp-UUID}) and can be
 * removed with {@link #deleteLeftovers}. Stateless and thread-safe; concurrent writers of the same
 * target are not coordinated (the last rename wins).
 */
public final class AtomicFile {
  /** Schemes of object stores, where the target is written directly (see the class comment). */
  static final Set<String> OBJECT_STORES = Set.of("s3a", "s3", "s3n", "gs", "oss", "cos", "cosn");

  private static final String TMP_MARKER = ".tmp-";

  private AtomicFile() {}

  /**
   * Replaces (or creates) {@code target} with {@code content}.
   *
   * @param target the file
   * @param content its new bytes
   * @param conf Hadoop configuration
   * @throws VerboStorageException if the file cannot be written; the previous content stays
   */
  public static void replace(Path target, byte[] content, Configuration conf) {
    try {
      FileSystem fs = rawFileSystem(target, conf);
      Path file = fs.makeQualified(target);
      fs.mkdirs(file.getParent());
      if (OBJECT_STORES.contains(scheme(fs))) {
        write(fs, file, content);
        return;
      }
      Path tmp = new Path(file.getParent(), "." + file.getName() + TMP_MARKER + UUID.randomUUID());
      try {
        write(fs, tmp, content);
        if (fs.getUri().getScheme().equals("file")) {
          // java.io.File#renameTo = rename(2): replaces an existing file atomically.
          if (!fs.rename(tmp, file)) {
            throw new VerboStorageException("Cannot rename " + tmp + " over " + file, null);
          }
        } else {
          FileContext.getFileContext(fs.getUri(), conf)
              .rename(tmp, file, Options.Rename.OVERWRITE);
        }
      } finally {
        if (fs.exists(tmp)) {
          fs.delete(tmp, false);
        }
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot replace " + target, e);
    }
  }

  /**
   * @param target the file
   * @param conf Hadoop configuration
   * @return its bytes, or empty if it does not exist
   * @throws VerboStorageException if it exists and cannot be read
   */
  public static Optional<byte[]> read(Path target, Configuration conf) {
    try {
      FileSystem fs = rawFileSystem(target, conf);
      if (!fs.exists(target)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(target)) {
        return Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new VerboStorageException("Cannot read " + target, e);
    }
  }

  /**
   * Deletes temporary files that a crash left beside {@code target}.
   *
   * @param target the file
   * @param conf Hadoop configuration
   * @return how many were deleted
   * @throws VerboStorageException on I/O errors
   */
  public static int deleteLeftovers(Path target, Configuration conf) {
    try {
      FileSystem fs = rawFileSystem(target, conf);
      Path dir = fs.makeQualified(target).getParent();
      if (!fs.exists(dir)) {
        return 0;
      }
      String prefix = "." + target.getName() + TMP_MARKER;
      int deleted = 0;
      for (var status : fs.listStatus(dir, p -> p.getName().startsWith(prefix))) {
        if (fs.delete(status.getPath(), false)) {
          deleted++;
        }
      }
      return deleted;
    } catch (IOException e) {
      throw new VerboStorageException("Cannot clean temporary files beside " + target, e);
    }
  }

  private static FileSystem rawFileSystem(Path target, Configuration conf) throws IOException {
    FileSystem fs = target.getFileSystem(conf);
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }

  private static String scheme(FileSystem fs) {
    return String.valueOf(fs.getUri().getScheme()).toLowerCase(Locale.ROOT);
  }

  private static void write(FileSystem fs, Path file, byte[] content) throws IOException {
    try (OutputStream out = fs.create(file, true)) {
      out.write(content);
    }
  }
}
