package io.verbo.tune;

import com.typesafe.config.Config;
import io.verbo.config.VerboConfig;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link SweepService#run} sweeps. Driver-side only; not meant to be serialized.
 *
 * @param config the run's validated configuration (run root, labels, tokenizer, base sentiment
 *     settings)
 * @param merged the same configuration merged but unparsed: each trial's values are set on it and
 *     it is parsed again ({@link TrialConfigs})
 * @param sweep the sweep settings
 * @param onResult called on the driver after each (trial, fold) result is committed (progress;
 *     tests use it to interrupt a sweep); an exception stops the sweep
 */
public record SweepRequest(
    VerboConfig config, Config merged, SweepSettings sweep, Consumer<TrialResult> onResult) {
  /** Checks required parts. */
  public SweepRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(merged, "merged");
    Objects.requireNonNull(sweep, "sweep");
    onResult = onResult == null ? r -> {} : onResult;
  }

  /**
   * @param merged the merged configuration ({@link io.verbo.config.ConfigLoader#resolve})
   * @return a request with the configuration and sweep settings parsed from it
   * @throws io.verbo.config.InvalidConfigException on any configuration problem (including {@code
   *     metric = auc} with more than 2 configured classes)
   */
  public static SweepRequest of(Config merged) {
    VerboConfig config = io.verbo.config.ConfigLoader.fromConfig(merged);
    SweepSettings sweep = SweepSettings.fromConfig(merged);
    if (!config.labels().classes().isEmpty() && sweep.metric().higherIsBetter()) {
      try {
        sweep.metric().checkApplicable(config.labels().classes().size());
      } catch (io.verbo.config.InvalidConfigException e) {
        throw new io.verbo.config.InvalidConfigException(
            SweepSettings.METRIC,
            sweep.metric().configName(),
            "is only defined for 2 classes, verbo.labels.classes has "
                + config.labels().classes().size(),
            "use macro_f1, accuracy or loss");
      }
    }
    return new SweepRequest(config, merged, sweep, null);
  }

  /**
   * @param listener the progress callback
   * @return a copy with it
   */
  public SweepRequest withListener(Consumer<TrialResult> listener) {
    return new SweepRequest(config, merged, sweep, listener);
  }
}
