package io.verbo.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSettingsTest {
  @Test
  void mappingWinsAndTrims() {
    LabelSettings s =
        new LabelSettings(List.of("negative", "neutral", "positive"), Map.of("1", "negative", "3", "neutral", "pos", "positive"));
    assertThat(s.classify(" 1 ")).as("trimmed raw value").contains("negative");
    assertThat(s.classify("pos")).as("named raw value").contains("positive");
    assertThat(s.classify("7")).as("unmapped value").isEmpty();
    assertThat(s.classify("negative")).as("class names are not raw values when a mapping exists").isEmpty();
    assertThat(s.classify(null)).as("missing").isEmpty();
    assertThat(s.classify("  ")).as("blank").isEmpty();
  }

  @Test
  void classesWithoutMappingAcceptOnlyClasses() {
    LabelSettings s = new LabelSettings(List.of("neg", "pos"), Map.of());
    assertThat(s.classify("pos")).contains("pos");
    assertThat(s.classify("other")).isEmpty();
  }

  @Test
  void noClassesNoMappingKeepsValues() {
    LabelSettings s = new LabelSettings(List.of(), Map.of());
    assertThat(s.classify(" anything ")).as("identity").contains("anything");
  }
}
