package io.verbo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir java.nio.file.Path dir;

  @Test
  void replacesThePageAndLeavesNoTemporaryFile() throws IOException {
    Path target = ReportFiles.htmlIn(new Path(dir.toUri()));
    Configuration conf = new Configuration();
    ReportFiles.writeAtomically(target, "<p>old</p>", conf);
    Path written = ReportFiles.writeAtomically(target, "<p>new ñ</p>", conf);
    java.nio.file.Path file = dir.resolve(ReportFiles.HTML_FILE);
    assertThat(written.toUri().getPath()).as("qualified target").isEqualTo(file.toString());
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("second write replaced the first, UTF-8")
        .isEqualTo("<p>new ñ</p>");
    try (Stream<java.nio.file.Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-")))
          .as("no temporary file (or its checksum) left behind")
          .isEmpty();
    }
  }
}
