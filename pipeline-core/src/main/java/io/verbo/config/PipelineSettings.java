package io.verbo.config;

import java.util.List;

/**
 * The stages {@code verbo pipeline} runs, in order.
 *
 * @param stages stage names; each must be one of {@link #KNOWN_STAGES}
 */
public record PipelineSettings(List<String> stages) {
  /** Stages that exist in this version, in their only valid order. */
  public static final List<String> KNOWN_STAGES = List.of("tokenize", "vocab", "embeddings", "sentiment");

  /** Validates that every stage exists and that they come in pipeline order. */
  public PipelineSettings {
    stages = List.copyOf(stages);
    if (stages.isEmpty()) {
      throw new InvalidConfigException(
          ConfigKeys.PIPELINE_STAGES, stages, "must name at least one stage", "use " + KNOWN_STAGES);
    }
    int last = -1;
    for (String stage : stages) {
      int index = KNOWN_STAGES.indexOf(stage);
      if (index < 0) {
        throw new InvalidConfigException(
            ConfigKeys.PIPELINE_STAGES,
            stage,
            "is not a stage of this version",
            "use stages from " + KNOWN_STAGES);
      }
      if (index <= last) {
        throw new InvalidConfigException(
            ConfigKeys.PIPELINE_STAGES,
            stages,
            "stages must be listed once each, in pipeline order",
            "order them as in " + KNOWN_STAGES);
      }
      last = index;
    }
  }
}
