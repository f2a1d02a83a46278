package io.verbo.tune;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueFactory;
import io.verbo.config.ConfigLoader;
import io.verbo.config.SentimentStageSettings;
import io.verbo.sentiment.StoppingMetric;
import io.verbo.sentiment.TrainingSettings;
import java.util.Map;

/**
 * Builds a trial's sentiment settings: the sweep's merged configuration with the trial's values
 * set, its seed as {@code verbo.sentiment.training.seed} (unless the seed itself is searched) and
 * the sweep's metric as the early-stopping metric (so the epoch a trial keeps is the one the sweep
 * scores). Every record validation runs, so a bad value (negative dropout, an unknown embedding
 * name) fails here with an {@link io.verbo.config.InvalidConfigException}, which the sweep records
 * as that trial's error. Stateless.
 */
public final class TrialConfigs {
  private TrialConfigs() {}

  /**
   * @param merged the sweep's merged configuration
   * @param trial the trial
   * @param metric the sweep's metric
   * @return the trial's settings
   * @throws io.verbo.config.InvalidConfigException if a value is invalid
   */
  public static SentimentStageSettings apply(Config merged, Trial trial, StoppingMetric metric) {
    Config c = merged;
    for (Map.Entry<String, Object> e : trial.params().entrySet()) {
      c =
          c.withValue(
              e.getKey(),
              ConfigValueFactory.fromAnyRef(e.getValue(), "sweep trial " + trial.index()));
    }
    if (!trial.params().containsKey(TrainingSettings.SEED)) {
      c = c.withValue(TrainingSettings.SEED, ConfigValueFactory.fromAnyRef(trial.seed()));
    }
    c =
        c.withValue(
            TrainingSettings.EARLY_STOPPING_METRIC,
            ConfigValueFactory.fromAnyRef(metric.configName()));
    return ConfigLoader.fromConfig(c).sentiment();
  }
}
