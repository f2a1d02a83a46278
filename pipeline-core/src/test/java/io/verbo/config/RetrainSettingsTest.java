package io.verbo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.sentiment.StoppingMetric;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verbo.retrain section: defaults from reference.conf and errors that name key and fix. */
class RetrainSettingsTest {
  private static VerboConfig load(String... sets) {
    List<String> all = new java.util.ArrayList<>(List.of("verbo.input.paths=corpus.txt"));
    all.addAll(List.of(sets));
    return ConfigLoader.load(Optional.empty(), all);
  }

  @Test
  void defaultsComeFromReferenceConf() {
    RetrainSettings r = load().retrain();
    assertThat(r.metric()).as("macro_f1 by default").isEqualTo(StoppingMetric.MACRO_F1);
    assertThat(r.margin()).isEqualTo(0.005);
    assertThat(r.evalSplit()).isEqualTo(Split.TEST);
    assertThat(r.refresh()).containsExactly("tokenize", "vocab");
    assertThat(r.registryOpt()).as("empty registry = RUN_ROOT/registry").isEmpty();
    assertThat(r.warmStart()).isFalse();
    assertThat(load("verbo.retrain.metric=LOSS", "verbo.retrain.margin=-0.01").retrain())
        .as("case-insensitive metric, negative margin allowed")
        .extracting(RetrainSettings::metric, RetrainSettings::margin)
        .containsExactly(StoppingMetric.LOSS, -0.01);
  }

  @Test
  void badValuesNameTheKeyAndTheFix() {
    assertThatThrownBy(() -> load("verbo.retrain.metric=f2"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.retrain.metric").hasMessageContaining("macro_f1");
    assertThatThrownBy(() -> load("verbo.retrain.eval-split=train"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.retrain.eval-split").hasMessageContaining("use test or validation");
    assertThatThrownBy(() -> load("verbo.retrain.refresh=vocab,tokenize"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.retrain.refresh").hasMessageContaining("in that order");
    assertThatThrownBy(() -> load("verbo.retrain.warm-start=true"))
        .as("warm start with a rebuilt vocabulary")
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.retrain.refresh").hasMessageContaining("[tokenize]");
    assertThatThrownBy(() -> load("verbo.retrain.margin=lots"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.retrain.margin");
    assertThatThrownBy(() -> io.verbo.pipeline.RetrainStage.checkConfig(
            load("verbo.retrain.metric=auc", "verbo.labels.classes=[negative,neutral,positive]")))
        .as("AUC needs two classes")
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.retrain.metric").hasMessageContaining("3");
    assertThat(load("verbo.retrain.warm-start=true", "verbo.retrain.refresh=tokenize").retrain().warmStart())
        .as("warm start that keeps the vocabulary").isTrue();
  }

  @Test
  void theScheduleExampleIsAValidConfiguration() {
    java.nio.file.Path example =
        io.verbo.testing.TestPaths.repoRoot().resolve("deploy/schedule/retrain.conf.example");
    VerboConfig c = ConfigLoader.load(Optional.of(example), List.of());
    assertThat(c.retrain().registryOpt()).as("the example keeps its registry apart from the run")
        .hasValue("hdfs://namenode:8020/verbo/registry");
    assertThat(c.retrain().metric()).isEqualTo(StoppingMetric.MACRO_F1);
  }
}
