package io.verbo.config;

import io.verbo.sentiment.StoppingMetric;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code verbo.retrain} section: where the model registry is, which stages refresh the data,
 * how a challenger is compared with the champion, and whether it starts from the champion's
 * network. Immutable; driver-side only (serialized only as JSON into {@code _metadata.json}).
 *
 * @param registry registry root (any Hadoop path); empty: {@code RUN_ROOT/registry}
 * @param refresh stages re-run on {@code verbo.input.*} before training: {@code tokenize}, {@code
 *     vocab} (in that order), or none
 * @param metric the compared metric, measured on {@code evalSplit}
 * @param margin the improvement the challenger needs (in the metric's good direction)
 * @param evalSplit the held-out split both models are evaluated on
 * @param warmStart fine-tune the champion's network instead of training from scratch
 */
public record RetrainSettings(
    String registry,
    List<String> refresh,
    StoppingMetric metric,
    double margin,
    Split evalSplit,
    boolean warmStart) {
  /** Key of {@link #registry}. */
  public static final String REGISTRY = "verbo.retrain.registry";
  /** Key of {@link #refresh}. */
  public static final String REFRESH = "verbo.retrain.refresh";
  /** Key of {@link #metric}. */
  public static final String METRIC = "verbo.retrain.metric";
  /** Key of {@link #margin}. */
  public static final String MARGIN = "verbo.retrain.margin";
  /** Key of {@link #evalSplit}. */
  public static final String EVAL_SPLIT = "verbo.retrain.eval-split";
  /** Key of {@link #warmStart}. */
  public static final String WARM_START = "verbo.retrain.warm-start";

  /** Every key, in reference.conf order. */
  public static final List<String> KEYS =
      List.of(REGISTRY, REFRESH, METRIC, MARGIN, EVAL_SPLIT, WARM_START);

  /** Stages {@link #refresh} may name, in their only valid order. */
  public static final List<String> REFRESH_STAGES = List.of("tokenize", "vocab");

  /** Validates every value. */
  public RetrainSettings {
    registry = registry == null ? "" : registry.trim();
    refresh = List.copyOf(refresh);
    int last = -1;
    for (String stage : refresh) {
      int index = REFRESH_STAGES.indexOf(stage);
      if (index <= last) {
        throw new InvalidConfigException(
            REFRESH,
            refresh,
            "must list stages of " + REFRESH_STAGES + " once each, in that order",
            "use [tokenize, vocab], [tokenize] (keeps the vocabulary, needed for warm start) or []");
      }
      last = index;
    }
    Objects.requireNonNull(metric, "metric");
    if (Double.isNaN(margin) || Double.isInfinite(margin)) {
      throw new InvalidConfigException(
          MARGIN, margin, "must be a finite number", "use e.g. 0.005 (0: ties promote)");
    }
    if (warmStart && refresh.contains("vocab")) {
      throw new InvalidConfigException(
          REFRESH,
          refresh,
          "rebuilds the vocabulary, but " + WARM_START + " = true needs the champion's vocabulary"
              + " (a rebuilt one differs as soon as the data changes)",
          "set " + REFRESH + " = [tokenize], or " + WARM_START + " = false");
    }
    Objects.requireNonNull(evalSplit, "evalSplit");
    if (evalSplit == Split.TRAIN) {
      throw new InvalidConfigException(
          EVAL_SPLIT,
          evalSplit.label(),
          "is the data the challenger is trained on, so the comparison would favour it",
          "use test or validation");
    }
  }

  /** @return the configured registry root, or empty for {@code RUN_ROOT/registry} */
  public Optional<String> registryOpt() {
    return registry.isEmpty() ? Optional.empty() : Optional.of(registry);
  }
}
