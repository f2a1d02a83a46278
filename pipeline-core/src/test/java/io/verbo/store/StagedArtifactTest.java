package io.verbo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedArtifactTest {
  @TempDir Path tmp;
  private final Configuration conf = new Configuration();

  private RunLayout layout() {
    return new RunLayout(tmp.toString());
  }

  private void write(StagedArtifact a, String content) throws IOException {
    Path dir = Files.createDirectories(Path.of(a.path().toUri()));
    Files.writeString(dir.resolve("part-0"), content, StandardCharsets.UTF_8);
  }

  @Test
  void commitReplacesPreviousArtifact() throws IOException {
    org.apache.hadoop.fs.Path target = layout().vocabulary();
    try (StagedArtifact a = StagedArtifact.begin(layout(), target, conf)) {
      write(a, "v1");
      a.commit();
    }
    try (StagedArtifact b = StagedArtifact.begin(layout(), target, conf)) {
      write(b, "v2");
      b.commit();
    }
    assertThat(Files.readString(tmp.resolve("vocab/part-0"))).isEqualTo("v2");
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).as("no backup and no empty staging area left behind")
          .containsExactly("vocab");
    }
  }

  @Test
  void failureBeforeCommitLeavesPreviousArtifactIntact() throws IOException {
    org.apache.hadoop.fs.Path target = layout().vocabulary();
    try (StagedArtifact a = StagedArtifact.begin(layout(), target, conf)) {
      write(a, "good");
      a.commit();
    }
    assertThatThrownBy(
            () -> {
              try (StagedArtifact b = StagedArtifact.begin(layout(), target, conf)) {
                write(b, "half");
                throw new IllegalStateException("job died while writing");
              }
            })
        .hasMessageContaining("job died");
    assertThat(Files.readString(tmp.resolve("vocab/part-0"))).as("previous artifact untouched").isEqualTo("good");
    try (var staging = Files.list(tmp.resolve("_staging"))) {
      assertThat(staging).as("half-written staging folder removed").isEmpty();
    }
  }

  @Test
  void commitWithoutContentFailsAndCommitTwiceIsMisuse() throws IOException {
    StagedArtifact empty = StagedArtifact.begin(layout(), layout().vocabulary(), conf);
    assertThatThrownBy(empty::commit).isInstanceOf(VerboStorageException.class).hasMessageContaining("nothing was written");
    StagedArtifact a = StagedArtifact.begin(layout(), layout().vocabulary(), conf);
    write(a, "x");
    a.commit();
    assertThatThrownBy(a::commit).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void metadataRoundTrip() {
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(tmp.toString(), "art");
    ArtifactMetadata.of("test", 3, Map.of("k", 1), List.of("in"), Map.of("rows", 5L), Map.of("total", 9L)).write(dir, conf);
    var json = ArtifactMetadata.read(dir, conf);
    assertThat(json.path("artifact").asText()).isEqualTo("test");
    assertThat(json.path("format_version").asInt()).isEqualTo(3);
    assertThat(json.path("config").path("k").asInt()).isEqualTo(1);
    assertThat(json.path("counts").path("rows").asLong()).isEqualTo(5);
    assertThat(json.path("versions").path("verbo").asText()).isNotBlank();
    assertThat(json.path("versions").path("git_sha").asText()).isNotBlank();
  }
}
