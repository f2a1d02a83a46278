package io.verbo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commit killed between its renames, reproduced on disk with the commit's own steps ({@link
 * InterruptedCommits}), then repaired by a reader ({@link StagedArtifact#recover}) or by the next
 * commit. Each artifact is a folder of two files, one binary, one in a sub-folder. The file systems
 * are the subclasses': the local one and HDFS.
 */
abstract class InterruptedCommitScenarios {
  private FileSystem fs;
  private RunLayout layout;
  private Configuration conf;

  /** @return the file system the run root lives on */
  abstract FileSystem fileSystem() throws IOException;

  /** @return a fresh, not yet existing run root on {@link #fileSystem()} */
  abstract Path freshRoot();

  @BeforeEach
  void setUp() throws IOException {
    fs = fileSystem();
    conf = fs.getConf();
    layout = new RunLayout(freshRoot().toString());
  }

  private Path target() {
    return fs.makeQualified(layout.vocabulary());
  }

  private static Map<String, String> content(String version) {
    byte[] binary = new byte[300];
    Arrays.fill(binary, (byte) version.hashCode());
    binary[0] = (byte) 0xFF;
    return Map.of(
        "data/part-0", version + ": token,count\n",
        "_metadata.json", new String(binary, StandardCharsets.ISO_8859_1));
  }

  private StagedArtifact staged(String version) throws IOException {
    StagedArtifact a = StagedArtifact.begin(layout, target(), conf);
    for (Map.Entry<String, String> e : content(version).entrySet()) {
      try (OutputStream out = fs.create(new Path(a.path(), e.getKey()), false)) {
        out.write(e.getValue().getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return a;
  }

  private void commit(String version) throws IOException {
    try (StagedArtifact a = staged(version)) {
      a.commit();
    }
  }

  /** Every file below {@code dir}, by relative path, with its bytes (as ISO-8859-1 text). */
  private Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    String prefix = fs.makeQualified(dir).toUri().getPath() + "/";
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(dir, true);
    while (files.hasNext()) {
      Path p = files.next().getPath();
      if (p.getName().endsWith(".crc")) {
        continue; // the local file system's checksum side files
      }
      try (InputStream in = fs.open(p)) {
        out.put(p.toUri().getPath().substring(prefix.length()),
            new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  private List<String> rootEntries() throws IOException {
    return Arrays.stream(fs.listStatus(layout.root()))
        .map(FileStatus::getPath)
        .map(Path::getName)
        .filter(n -> !n.endsWith(".crc"))
        .sorted()
        .toList();
  }

  private boolean hasBackup() throws IOException {
    return rootEntries().stream().anyMatch(n -> n.startsWith(".vocab.replaced-"));
  }

  private void assertKilledBetweenRenames() throws IOException {
    assertThat(fs.exists(target())).as("a kill between the renames leaves no artifact").isFalse();
    assertThat(hasBackup()).as("only the hidden backup").isTrue();
    assertThat(fs.listStatus(layout.staging())).as("and the complete staged folder").hasSize(1);
  }

  @Test
  void aReaderAfterAKillBetweenTheRenamesSeesThePreviousArtifactByteForByte() throws IOException {
    commit("v1");
    Map<String, String> v1 = snapshot(target());
    InterruptedCommits.killAfterFirstRename(staged("v2"));
    assertKilledBetweenRenames();

    assertThat(StagedArtifact.recover(layout, target(), conf))
        .isEqualTo(StagedArtifact.Repair.RESTORED_PREVIOUS);

    assertThat(snapshot(target())).as("the previous artifact, byte for byte").isEqualTo(v1);
    assertThat(rootEntries()).as("no backup, no staged folder, no empty staging area").containsExactly("vocab");
    assertThat(StagedArtifact.recover(layout, target(), conf))
        .as("nothing left to repair").isEqualTo(StagedArtifact.Repair.NONE);
  }

  @Test
  void theNextCommitAfterAKillBetweenTheRenamesSucceedsAndLeavesNoBackupOrStaging() throws IOException {
    commit("v1");
    InterruptedCommits.killAfterFirstRename(staged("v2"));
    assertKilledBetweenRenames();

    commit("v3");

    assertThat(snapshot(target())).isEqualTo(snapshot(content("v3")));
    assertThat(rootEntries()).containsExactly("vocab");
  }

  @Test
  void aKillAfterTheSecondRenameLeavesTheNewArtifactAndTheStaleBackupIsDeleted() throws IOException {
    commit("v1");
    InterruptedCommits.killAfterSecondRename(staged("v2"));
    assertThat(hasBackup()).as("the backup the kill left").isTrue();

    assertThat(StagedArtifact.recover(layout, target(), conf))
        .isEqualTo(StagedArtifact.Repair.STALE_BACKUP_DELETED);
    assertThat(snapshot(target())).as("the new artifact stays").isEqualTo(snapshot(content("v2")));
    assertThat(rootEntries()).containsExactly("vocab");

    InterruptedCommits.killAfterSecondRename(staged("v3"));
    commit("v4");
    assertThat(snapshot(target())).as("a commit deletes it too").isEqualTo(snapshot(content("v4")));
    assertThat(rootEntries()).containsExactly("vocab");
  }

  @Test
  void recoverAllRepairsEveryArtifactOfAFolder() throws IOException {
    commit("v1");
    Path other = fs.makeQualified(layout.tokenized());
    try (StagedArtifact a = StagedArtifact.begin(layout, other, conf)) {
      fs.mkdirs(a.path());
      a.commit();
    }
    InterruptedCommits.killAfterFirstRename(staged("v2"));
    StagedArtifact b = StagedArtifact.begin(layout, other, conf);
    fs.mkdirs(b.path());
    InterruptedCommits.killAfterSecondRename(b);

    assertThat(StagedArtifact.recoverAll(layout, layout.root(), conf)).containsExactly("tokenized", "vocab");
    assertThat(rootEntries()).containsExactly("tokenized", "vocab");
    assertThat(snapshot(target())).isEqualTo(snapshot(content("v1")));
    assertThat(RunRecovery.recover(layout, conf)).as("nothing left").isEmpty();
  }

  @Test
  void aRepairByAnotherProcessDuringACommitFailsThatCommitAndKeepsThePreviousArtifact() throws IOException {
    commit("v1");
    Map<String, String> v1 = snapshot(target());
    StagedArtifact writer = staged("v2");
    writer.moveTargetAside();

    // A reader of the same run sees the target missing right now: it restores the previous
    // artifact and deletes the staged folder, which looks abandoned to it.
    assertThat(StagedArtifact.recover(layout, target(), conf))
        .isEqualTo(StagedArtifact.Repair.RESTORED_PREVIOUS);
    assertThatThrownBy(() -> writer.moveStagedIn(true))
        .isInstanceOf(VerboStorageException.class)
        .hasMessageContaining("Cannot rename");
    writer.close();

    assertThat(snapshot(target())).as("the previous artifact").isEqualTo(v1);
    assertThat(rootEntries()).containsExactly("vocab");
  }

  @Test
  void aRepairThatMissesTheStagedFolderMakesTheCommitFailInsteadOfNestingIt() throws IOException {
    commit("v1");
    Map<String, String> v1 = snapshot(target());
    StagedArtifact writer = staged("v2");
    writer.moveTargetAside();

    // A reader that does not know the writer's staging area restores the target only; renaming
    // the staged folder onto the restored target would then move it inside (HDFS) or copy it
    // there (local file system).
    assertThat(StagedArtifact.recover(new RunLayout(freshRoot().toString()), target(), conf))
        .isEqualTo(StagedArtifact.Repair.RESTORED_PREVIOUS);
    assertThatThrownBy(() -> writer.moveStagedIn(true))
        .isInstanceOf(VerboStorageException.class)
        .hasMessageContaining("restored by another process");
    writer.close();

    assertThat(snapshot(target())).as("the previous artifact, nothing nested in it").isEqualTo(v1);
    assertThat(rootEntries()).containsExactly("_staging", "vocab");
    assertThat(fs.listStatus(layout.staging())).as("the failed commit's staging folder was deleted").isEmpty();
  }

  @Test
  void aMissingTargetWithSeveralBackupsIsNotGuessed() throws IOException {
    commit("v1");
    fs.rename(target(), new Path(target().getParent(), ".vocab.replaced-" + UUID.randomUUID()));
    // No commit leaves two (it repairs first); a person copying folders around might.
    fs.mkdirs(new Path(target().getParent(), ".vocab.replaced-" + UUID.randomUUID()));

    assertThatThrownBy(() -> StagedArtifact.recover(layout, target(), conf))
        .isInstanceOf(VerboStorageException.class)
        .hasMessageContaining("2 backups");
    assertThat(rootEntries()).as("both kept for a person to choose").hasSize(2);
  }

  /** The snapshot {@link #snapshot(Path)} gives for an artifact written with {@code content}. */
  private static Map<String, String> snapshot(Map<String, String> content) {
    return new TreeMap<>(content);
  }
}
