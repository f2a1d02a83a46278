package io.verbo.store;

import io.verbo.testing.MiniHdfs;
import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link InterruptedCommitScenarios} on HDFS (MiniDFSCluster, one DataNode), where renaming a
 * folder onto an existing one moves it inside: the case the commit's nesting check is for.
 */
class StagedArtifactRecoveryOnHdfsTest extends InterruptedCommitScenarios {
  @TempDir static java.nio.file.Path tmp;
  private static MiniHdfs hdfs;
  private static int roots;

  @BeforeAll
  static void startHdfs() throws IOException {
    hdfs = MiniHdfs.start(tmp);
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.close();
    }
  }

  @Override
  FileSystem fileSystem() throws IOException {
    return hdfs.fileSystem();
  }

  @Override
  Path freshRoot() {
    return new Path(hdfs.uri() + "/run-" + roots++);
  }
}
