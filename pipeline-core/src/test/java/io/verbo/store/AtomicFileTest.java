package io.verbo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file replacement on the local file system: content, no side files, leftovers removed. */
class AtomicFileTest {
  @TempDir Path tmp;

  @Test
  void replacesTheWholeFileAndLeavesNoTemporaryOrChecksumFiles() throws IOException {
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(tmp.resolve("reg/CHAMPION").toString());
    Configuration conf = new Configuration();
    assertThat(AtomicFile.read(target, conf)).as("missing file reads as empty").isEmpty();

    AtomicFile.replace(target, "{\"version\":\"v000001\"}".getBytes(StandardCharsets.UTF_8), conf);
    AtomicFile.replace(target, "{\"version\":\"v000002\"}".getBytes(StandardCharsets.UTF_8), conf);

    assertThat(new String(AtomicFile.read(target, conf).orElseThrow(), StandardCharsets.UTF_8))
        .as("the second write replaced the first completely").isEqualTo("{\"version\":\"v000002\"}");
    try (Stream<Path> files = Files.list(tmp.resolve("reg"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no .crc side file (renamed separately by the checksummed FS) and no temporary file")
          .containsExactly("CHAMPION");
    }
  }

  @Test
  void deletesTemporaryFilesOfACrashedWrite() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("reg"));
    Files.writeString(dir.resolve(".CHAMPION.tmp-1234"), "partial", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("CHAMPION"), "whole", StandardCharsets.UTF_8);
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dir.resolve("CHAMPION").toString());

    assertThat(AtomicFile.deleteLeftovers(target, new Configuration())).as("one leftover").isEqualTo(1);
    assertThat(dir.resolve(".CHAMPION.tmp-1234")).doesNotExist();
    assertThat(dir.resolve("CHAMPION")).as("the real file stays").hasContent("whole");
  }
}
