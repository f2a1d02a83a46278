package io.verbo.tune;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import io.verbo.config.ClosestKey;
import io.verbo.config.InvalidConfigException;
import io.verbo.config.SentimentStageSettings;
import io.verbo.sentiment.DistributedSettings;
import io.verbo.sentiment.SentimentLayout;
import io.verbo.sentiment.SentimentSettings;
import io.verbo.sentiment.StoppingMetric;
import io.verbo.sentiment.TrainingSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code verbo.sweep} section: which sweep (its id), how trials are generated, evaluated and
 * run. Parsed once on the driver from the merged configuration; immutable; driver-side only (not
 * meant to be serialized except as JSON into {@code _metadata.json}).
 *
 * @param id sweep id: the folder name under {@code reports/sweeps/}; rerunning an id resumes it
 * @param mode how trials run
 * @param strategy {@code auto} (grid when every dimension is a list, else random), {@code grid} or
 *     {@code random}
 * @param trials number of random-search trials
 * @param seed sweep seed (trial seeds and folds derive from it)
 * @param space the searched parameters
 * @param folds k of stratified k-fold cross-validation over train + validation documents; 0 = train
 *     on the train split and evaluate on the fixed validation split
 * @param metric the metric to optimise (its direction comes with it)
 * @param maxConcurrentTrials most (trial, fold) trainings at once in parallel mode (0 = the
 *     cluster's task slots)
 * @param earlyStopping {@code none} or {@code median}
 * @param graceEpochs epochs every trial trains before the median rule may stop it
 * @param minTrials completed trials (per fold) needed before the median rule applies
 * @param retrainBest retrain the best configuration on train + validation and save it as a model
 */
public record SweepSettings(
    String id,
    SweepMode mode,
    String strategy,
    int trials,
    long seed,
    SearchSpace space,
    int folds,
    StoppingMetric metric,
    int maxConcurrentTrials,
    String earlyStopping,
    int graceEpochs,
    int minTrials,
    boolean retrainBest) {
  /** Prefix of every sweep key. */
  public static final String PREFIX = "verbo.sweep.";

  /** Key of {@link #id}. */
  public static final String ID = PREFIX + "id";

  /** Key of {@link #mode}. */
  public static final String MODE = PREFIX + "mode";

  /** Key of {@link #strategy}. */
  public static final String STRATEGY = PREFIX + "strategy";

  /** Key of {@link #trials}. */
  public static final String TRIALS = PREFIX + "trials";

  /** Key of {@link #seed}. */
  public static final String SEED = PREFIX + "seed";

  /** Key of {@link #space} (an open map of training keys). */
  public static final String SPACE = SearchSpace.KEY;

  /** Key of {@link #folds}. */
  public static final String FOLDS = PREFIX + "folds";

  /** Key of {@link #metric}. */
  public static final String METRIC = PREFIX + "metric";

  /** Key of {@link #maxConcurrentTrials}. */
  public static final String MAX_CONCURRENT_TRIALS = PREFIX + "max-concurrent-trials";

  /** Key of {@link #earlyStopping}. */
  public static final String EARLY_STOPPING_RULE = PREFIX + "early-stopping.rule";

  /** Key of {@link #graceEpochs}. */
  public static final String GRACE_EPOCHS = PREFIX + "early-stopping.grace-epochs";

  /** Key of {@link #minTrials}. */
  public static final String MIN_TRIALS = PREFIX + "early-stopping.min-trials";

  /** Key of {@link #retrainBest}. */
  public static final String RETRAIN_BEST = PREFIX + "retrain-best";

  /** Every key, in reference.conf order. */
  public static final List<String> KEYS =
      List.of(
          ID,
          MODE,
          STRATEGY,
          TRIALS,
          SEED,
          SPACE,
          FOLDS,
          METRIC,
          MAX_CONCURRENT_TRIALS,
          EARLY_STOPPING_RULE,
          GRACE_EPOCHS,
          MIN_TRIALS,
          RETRAIN_BEST);

  /** The median-stopping rule's name. */
  public static final String MEDIAN = "median";

  /** No early stopping of trials. */
  public static final String NONE = "none";

  /**
   * Training keys a sweep may not search: the sweep sets the early-stopping metric and the seed
   * itself (the seed may still be searched explicitly), and these only move files or tune DL4J's
   * bookkeeping.
   */
  private static final Set<String> NOT_SEARCHABLE =
      Set.of(
          TrainingSettings.EARLY_STOPPING_METRIC,
          TrainingSettings.KEEP_CHECKPOINTS,
          DistributedSettings.OFF_HEAP_MAX_BYTES,
          DistributedSettings.OFF_HEAP_MAX_PHYSICAL_BYTES,
          DistributedSettings.COLLECT_TRAINING_STATS);

  /** Validates every field, naming the key on error. */
  public SweepSettings {
    try {
      SentimentLayout.checkRunId(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(
          ID, id, "is not a plain folder name", "use e.g. lstm-sweep-1");
    }
    Objects.requireNonNull(mode, "mode");
    strategy = strategy.trim().toLowerCase(Locale.ROOT);
    if (!List.of("auto", "grid", "random").contains(strategy)) {
      throw new InvalidConfigException(
          STRATEGY,
          strategy,
          "is not one of [auto, grid, random]",
          "set it to auto, grid or random");
    }
    atLeast(TRIALS, trials, 1);
    Objects.requireNonNull(space, "space");
    for (String key : space.dimensions().keySet()) {
      checkSearchable(key);
    }
    if (folds == 1 || folds < 0) {
      throw new InvalidConfigException(
          FOLDS,
          folds,
          "must be 0 (fixed validation split) or at least 2",
          "set " + FOLDS + " = 0 or e.g. 3");
    }
    Objects.requireNonNull(metric, "metric");
    atLeast(MAX_CONCURRENT_TRIALS, maxConcurrentTrials, 0);
    earlyStopping = earlyStopping.trim().toLowerCase(Locale.ROOT);
    if (!List.of(NONE, MEDIAN).contains(earlyStopping)) {
      throw new InvalidConfigException(
          EARLY_STOPPING_RULE,
          earlyStopping,
          "is not one of [none, median]",
          "set it to none or median");
    }
    atLeast(GRACE_EPOCHS, graceEpochs, 0);
    atLeast(MIN_TRIALS, minTrials, 1);
  }

  /**
   * @param c the merged configuration ({@link io.verbo.config.ConfigLoader#resolve})
   * @return the sweep settings
   * @throws InvalidConfigException naming the key of any bad value
   */
  public static SweepSettings fromConfig(Config c) {
    return new SweepSettings(
        get(ID, () -> c.getString(ID)),
        SweepMode.fromConfig(get(MODE, () -> c.getString(MODE))),
        get(STRATEGY, () -> c.getString(STRATEGY)),
        get(TRIALS, () -> c.getInt(TRIALS)),
        get(SEED, () -> c.getLong(SEED)),
        SearchSpace.fromConfig(get(SPACE, () -> c.getConfig(SPACE))),
        get(FOLDS, () -> c.getInt(FOLDS)),
        metric(get(METRIC, () -> c.getString(METRIC))),
        get(MAX_CONCURRENT_TRIALS, () -> c.getInt(MAX_CONCURRENT_TRIALS)),
        get(EARLY_STOPPING_RULE, () -> c.getString(EARLY_STOPPING_RULE)),
        get(GRACE_EPOCHS, () -> c.getInt(GRACE_EPOCHS)),
        get(MIN_TRIALS, () -> c.getInt(MIN_TRIALS)),
        get(RETRAIN_BEST, () -> c.getBoolean(RETRAIN_BEST)));
  }

  /**
   * @return the trials of this sweep, in index order (grid or random, see {@link #strategy})
   */
  public List<Trial> generateTrials() {
    boolean grid = strategy.equals("grid") || (strategy.equals("auto") && space.isGrid());
    return grid ? TrialGenerator.grid(space, seed) : TrialGenerator.random(space, trials, seed);
  }

  /**
   * @return whether the median-stopping rule is on
   */
  public boolean medianStopping() {
    return MEDIAN.equals(earlyStopping);
  }

  /**
   * @return the training keys a sweep may search: every {@code verbo.sentiment.*} setting of the
   *     network and its training, plus the embedding source {@code verbo.sentiment.embeddings}
   */
  public static Set<String> searchableKeys() {
    Set<String> keys = new TreeSet<>(SentimentSettings.keys());
    keys.removeAll(NOT_SEARCHABLE);
    keys.add(SentimentStageSettings.EMBEDDINGS);
    return keys;
  }

  private static void checkSearchable(String key) {
    if (searchableKeys().contains(key)) {
      return;
    }
    String suggestion = closest(key).map(k -> "did you mean " + k + "? ").orElse("");
    throw new InvalidConfigException(
        SPACE + ".\"" + key + "\"",
        key,
        "is not a searchable verbo.sentiment training key",
        suggestion + "search one of " + searchableKeys());
  }

  private static java.util.Optional<String> closest(String key) {
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String k : searchableKeys()) {
      int d = suffixDistance(key, k);
      if (d < bestScore) {
        bestScore = d;
        best = k;
      }
    }
    return bestScore <= Math.max(3, key.length() / 3)
        ? java.util.Optional.of(best)
        : java.util.Optional.empty();
  }

  /** Edit distance, so "verbo.sentiment.dropout" suggests "verbo.sentiment.network.dropout". */
  private static int suffixDistance(String a, String b) {
    String lastA = a.substring(a.lastIndexOf('.') + 1);
    String lastB = b.substring(b.lastIndexOf('.') + 1);
    if (lastA.equals(lastB)) {
      return 0;
    }
    return ClosestKey.distance(a, b);
  }

  private static StoppingMetric metric(String name) {
    try {
      return StoppingMetric.fromConfig(name);
    } catch (InvalidConfigException e) {
      throw new InvalidConfigException(
          METRIC, name, "is not a metric", "use macro_f1, accuracy, auc (binary) or loss");
    }
  }

  private static void atLeast(String key, long value, long min) {
    if (value < min) {
      throw new InvalidConfigException(
          key, value, "must be >= " + min, "set " + key + " to " + min + " or more");
    }
  }

  private static <T> T get(String key, java.util.function.Supplier<T> getter) {
    try {
      return getter.get();
    } catch (ConfigException.Missing e) {
      throw new InvalidConfigException(key, null, "is missing", "set it; see conf/reference.conf");
    } catch (ConfigException e) {
      throw new InvalidConfigException(
          key,
          "Invalid configuration "
              + key
              + ": "
              + e.getMessage()
              + ". Fix: see conf/reference.conf.",
          e);
    }
  }

  /**
   * @return the searched keys' column names ({@link TrialColumns#columnName}), in key order
   */
  public List<String> parameterColumns() {
    List<String> cols = new ArrayList<>();
    for (String k : space.dimensions().keySet()) {
      cols.add(TrialColumns.columnName(k));
    }
    return cols;
  }
}
