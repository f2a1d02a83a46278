package io.verbo.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Turns this JVM's classpath into what a standalone Spark cluster needs: its jars linked into a
 * {@code SPARK_HOME/jars} folder (the Worker starts every executor with {@code -cp
 * $SPARK_HOME/jars/*}), and its directories ({@code target/classes}, {@code target/test-classes})
 * packed into jars for {@code spark.jars}, since a wildcard classpath only picks up jars.
 * Stateless; the methods are thread-safe for distinct target folders.
 */
public final class ClasspathJars {
  private ClasspathJars() {}

  /**
   * @return the existing entries of {@code java.class.path}, in order, without duplicates
   */
  public static List<Path> classpath() {
    List<Path> out = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path p = Paths.get(entry).toAbsolutePath().normalize();
      if (Files.exists(p) && seen.add(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Links every jar of {@code entries} into {@code jarsDir}; a file name seen twice gets a numbered
   * prefix.
   *
   * @param entries classpath entries; directories and non-jar files are skipped
   * @param jarsDir the {@code SPARK_HOME/jars} folder (created if missing)
   * @return the number of links made
   * @throws UncheckedIOException if a link cannot be made
   */
  public static int linkJars(List<Path> entries, Path jarsDir) {
    try {
      Files.createDirectories(jarsDir);
      int linked = 0;
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!Files.isRegularFile(entry) || !name.toLowerCase(Locale.ROOT).endsWith(".jar")) {
          continue;
        }
        Path link = jarsDir.resolve(name);
        if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          link = jarsDir.resolve(linked + "-" + name);
        }
        Files.createSymbolicLink(link, entry);
        linked++;
      }
      return linked;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot link the classpath jars into " + jarsDir, e);
    }
  }

  /**
   * Packs every directory of {@code entries} into its own jar under {@code outDir}, named after the
   * directory and its parent's parent (e.g. {@code 1-pipeline-core-test-classes.jar}).
   *
   * @param entries classpath entries; files are skipped
   * @param outDir where the jars go (created if missing)
   * @return the jars written, in classpath order
   * @throws UncheckedIOException if a directory cannot be read or a jar written
   */
  public static List<Path> packDirectories(List<Path> entries, Path outDir) {
    List<Path> jars = new ArrayList<>();
    for (Path entry : entries) {
      if (Files.isDirectory(entry)) {
        Path module = entry.getParent() == null ? null : entry.getParent().getParent();
        String name =
            (jars.size() + 1)
                + "-"
                + (module == null || module.getFileName() == null ? "" : module.getFileName() + "-")
                + entry.getFileName()
                + ".jar";
        jars.add(jar(entry, outDir.resolve(name)));
      }
    }
    return jars;
  }

  /**
   * @param dir a directory of classes and resources
   * @param jar the jar to write (replaced if present)
   * @return {@code jar}
   * @throws UncheckedIOException if the directory cannot be read or the jar written
   */
  public static Path jar(Path dir, Path jar) {
    try {
      Files.createDirectories(jar.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(jar);
          // No manifest of its own: a META-INF/MANIFEST.MF in dir is copied like any other file.
          JarOutputStream jarOut = new JarOutputStream(out);
          Stream<Path> files = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) files.sorted()::iterator) {
          if (p.equals(dir)) {
            continue;
          }
          String name = dir.relativize(p).toString().replace(File.separatorChar, '/');
          boolean isDir = Files.isDirectory(p);
          JarEntry e = new JarEntry(isDir ? name + "/" : name);
          jarOut.putNextEntry(e);
          if (!isDir) {
            Files.copy(p, jarOut);
          }
          jarOut.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot pack " + dir + " into " + jar, e);
    }
  }
}
