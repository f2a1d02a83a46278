package io.verbo.store;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link InterruptedCommitScenarios} on the local file system (Hadoop's checksummed one). */
class StagedArtifactRecoveryTest extends InterruptedCommitScenarios {
  @TempDir java.nio.file.Path tmp;
  private int roots;

  @Override
  FileSystem fileSystem() throws IOException {
    return FileSystem.getLocal(new Configuration());
  }

  @Override
  Path freshRoot() {
    return new Path(tmp.resolve("run-" + roots++).toString());
  }
}
