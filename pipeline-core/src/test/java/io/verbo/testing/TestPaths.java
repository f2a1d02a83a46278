package io.verbo.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the repository's files (conf/, data-samples/, ../shared/data) from any module's tests. */
public final class TestPaths {
  private TestPaths() {}

  /** @return the repository root (set by Surefire, else found by walking up to conf/reference.conf) */
  public static Path repoRoot() {
    String prop = System.getProperty("verbo.repo.root");
    if (prop != null && Files.isRegularFile(Paths.get(prop, "conf", "reference.conf"))) {
      return Paths.get(prop).toAbsolutePath();
    }
    Path p = Paths.get("").toAbsolutePath();
    while (p != null && !Files.isRegularFile(p.resolve("conf/reference.conf"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("Cannot find the repository root (conf/reference.conf)");
    }
    return p;
  }

  /**
   * @param relative a path under data-samples/
   * @return its absolute path
   */
  public static Path sample(String relative) {
    return repoRoot().resolve("data-samples").resolve(relative);
  }

  /** @return conf/local.conf */
  public static Path localConf() {
    return repoRoot().resolve("conf/local.conf");
  }
}
