package io.verbo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import io.verbo.corpus.CorpusFormat;
import io.verbo.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
  @TempDir Path tmp;

  private static VerboConfig load(String... sets) {
    return ConfigLoader.load(Optional.empty(), List.of(sets));
  }

  private Path file(String hocon) throws IOException {
    Path f = tmp.resolve("test.conf");
    Files.writeString(f, hocon, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void referenceDefaultsBuildWithInputsGiven() {
    VerboConfig c = load("verbo.input.paths=a.txt");
    assertThat(c.input().format()).as("default format").isEqualTo(CorpusFormat.TEXT);
    assertThat(c.input().paths()).as("single --set value becomes a list").containsExactly("a.txt");
    assertThat(c.split().train()).as("default train fraction").isEqualTo(0.8);
    assertThat(c.vocab().padToken()).as("default PAD").isEqualTo("<pad>");
    assertThat(c.pipeline().stages()).as("default stages").containsExactly("tokenize", "vocab");
    assertThat(c.tokenizer().lowercase()).as("case kept by default").isFalse();
  }

  @Test
  void keySetOfReferenceIsPinned() {
    Config ref = ConfigLoader.reference();
    Set<String> leaves =
        ref.entrySet().stream().map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(ConfigKeys.ALL);
    expected.removeAll(ConfigKeys.OPEN_MAPS);
    assertThat(leaves)
        .as("conf/reference.conf and ConfigKeys must list the same keys (open maps are empty)")
        .isEqualTo(expected);
    for (String open : ConfigKeys.OPEN_MAPS) {
      assertThat(ref.getConfig(open).isEmpty()).as(open + " is an empty open map").isTrue();
    }
  }

  @Test
  void precedenceIsSetOverFileOverReference() throws IOException {
    Path f = file("verbo { input.paths = [x], split { train = 0.6, validation = 0.2, test = 0.2 }, vocab.min-count = 3 }");
    VerboConfig fromFile = ConfigLoader.load(Optional.of(f), List.of());
    assertThat(fromFile.vocab().minCount()).as("file overrides reference").isEqualTo(3);
    assertThat(fromFile.vocab().maxSize()).as("reference fills the rest").isZero();
    VerboConfig withSet = ConfigLoader.load(Optional.of(f), List.of("verbo.vocab.min-count=7", "verbo.vocab.min-count=9"));
    assertThat(withSet.vocab().minCount()).as("--set overrides file, last --set wins").isEqualTo(9);
    assertThat(withSet.split().train()).as("untouched file value stays").isEqualTo(0.6);
  }

  @Test
  void setTakesUrisLiterallyAndListsAndQuotedMapKeys() {
    VerboConfig c =
        load(
            "verbo.run.root=hdfs://namenode:8020/runs/a",
            "verbo.input.paths=a.csv, b.csv",
            "verbo.input.format=csv",
            "verbo.input.label-column=stars",
            "verbo.labels.classes=[neg, pos]",
            "verbo.labels.mapping.\"1\"=neg",
            "verbo.spark.conf.\"spark.sql.shuffle.partitions\"=3");
    assertThat(c.run().root()).as("// is not a HOCON comment in --set").isEqualTo("hdfs://namenode:8020/runs/a");
    assertThat(c.input().paths()).as("comma list").containsExactly("a.csv", "b.csv");
    assertThat(c.labels().mapping()).as("quoted map key").containsEntry("1", "neg");
    assertThat(c.spark().conf()).as("dotted spark key kept whole").containsEntry("spark.sql.shuffle.partitions", "3");
  }

  @Test
  void nestedSparkConfKeysAreFlattened() throws IOException {
    Path f = file("verbo { input.paths = [x], spark.conf { spark.sql.shuffle.partitions = 5 } }");
    VerboConfig c = ConfigLoader.load(Optional.of(f), List.of());
    assertThat(c.spark().conf()).as("unquoted dotted key").containsEntry("spark.sql.shuffle.partitions", "5");
  }

  @Test
  void unknownKeySuggestsClosest() {
    assertThatThrownBy(() -> load("verbo.input.paths=a", "verbo.vocab.min-cuont=3"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.vocab.min-cuont")
        .hasMessageContaining("unknown key")
        .hasMessageContaining("Did you mean verbo.vocab.min-count?")
        .extracting(e -> ((InvalidConfigException) e).key())
        .isEqualTo("verbo.vocab.min-cuont");
  }

  @Test
  void unknownKeyInFileNamesTheFileLine() throws IOException {
    Path f = file("verbo {\n  input.paths = [x]\n  tokenizer.lowercas = true\n}\n");
    assertThatThrownBy(() -> ConfigLoader.load(Optional.of(f), List.of()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.tokenizer.lowercas")
        .hasMessageContaining("test.conf: 3")
        .hasMessageContaining("verbo.tokenizer.lowercase");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "verbo.vocab.min-count|many|verbo.vocab.min-count",
        "verbo.tokenizer.lowercase|sometimes|verbo.tokenizer.lowercase",
        "verbo.split.train|1.5|must be between 0 and 1",
        "verbo.split.train|0.5|must add up to 1",
        "verbo.vocab.min-count|0|must be >= 1",
        "verbo.input.format|xml|use one of [text, csv, tsv, jsonl, parquet]",
        "verbo.input.separator|;;|exactly one character",
        "verbo.input.max-doc-chars|-1|verbo.input.max-doc-chars",
        "verbo.tokenizer.max-tokens|-5|verbo.tokenizer.max-tokens",
        "verbo.vocab.splits|[train, dev]|use any of [train, validation, test]",
        "verbo.pipeline.stages|[vocab, tokenize]|pipeline order",
        "verbo.pipeline.stages|[embed]|is not a stage",
        "verbo.run.root|''|verbo.run.root",
      })
  void badValuesNameKeyAndFix(String key, String value, String expected) {
    String v = value.equals("''") ? "" : value;
    assertThatThrownBy(() -> load("verbo.input.paths=a", key + "=" + v))
        .as("bad %s=%s", key, value)
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining(key.substring(0, key.lastIndexOf('.')))
        .hasMessageContaining(expected)
        .hasMessageContaining("Fix:");
  }

  @Test
  void missingInputPathsIsAConfigError() {
    assertThatThrownBy(() -> load())
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.input.paths")
        .hasMessageContaining("at least one");
  }

  @Test
  void textFormatRejectsColumnSettings() {
    assertThatThrownBy(() -> load("verbo.input.paths=a", "verbo.input.label-column=stars"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.input.label-column")
        .hasMessageContaining("format text has no columns");
  }

  @Test
  void mappingTargetMustBeAClass() {
    assertThatThrownBy(
            () ->
                load(
                    "verbo.input.paths=a",
                    "verbo.labels.classes=[negative, positive]",
                    "verbo.labels.mapping.\"3\"=neutral"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.labels.mapping.\"3\"")
        .hasMessageContaining("neutral");
  }

  @Test
  void missingConfFileIsAConfigError() {
    assertThatThrownBy(() -> ConfigLoader.load(Optional.of(tmp.resolve("nope.conf")), List.of()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("nope.conf")
        .hasMessageContaining("no such file");
  }

  @Test
  void syntaxErrorNamesFile() throws IOException {
    Path f = file("verbo { input.paths = [x\n");
    assertThatThrownBy(() -> ConfigLoader.load(Optional.of(f), List.of()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("test.conf");
  }

  @Test
  void malformedSetIsAConfigError() {
    assertThatThrownBy(() -> load("verbo.input.paths"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("key=value");
  }

  @Test
  void shippedConfFilesAreValid() {
    for (String name : List.of("local.conf", "cluster.conf")) {
      VerboConfig c =
          ConfigLoader.load(Optional.of(TestPaths.repoRoot().resolve("conf").resolve(name)), List.of());
      assertThat(c.input().format()).as(name + " reads CSV").isEqualTo(CorpusFormat.CSV);
      assertThat(c.labels().classes()).as(name + " classes").containsExactly("negative", "neutral", "positive");
    }
  }
}
