package io.verbo.sentiment;

import io.verbo.config.InvalidConfigException;
import java.io.Serializable;
import java.util.List;

/**
 * The optimisation schedule ({@code verbo.sentiment.training.*}). Immutable.
 *
 * <p>Transfer-learning recipe: with frozen pretrained embeddings, {@code epochs} train everything
 * else; then, if {@code fineTuneEpochs > 0}, the embeddings are unfrozen and the whole network is
 * fine-tuned for up to {@code fineTuneEpochs} more epochs with {@code fineTuneLearningRate},
 * starting from the best weights of the first stage. Early stopping applies to each stage
 * separately.
 *
 * @param epochs maximum epochs of the first stage
 * @param learningRate Adam learning rate of the first stage
 * @param fineTuneEpochs maximum epochs of the fine-tuning stage (0: no fine-tuning)
 * @param fineTuneLearningRate Adam learning rate of the fine-tuning stage
 * @param classWeights how the loss weighs the classes
 * @param explicitClassWeights one weight per class in label order (only with {@code explicit})
 * @param earlyStoppingMetric the validation metric watched
 * @param patience epochs without improvement before a stage stops (0: never stop early)
 * @param seed seed of weight initialisation, shuffling and parameter averaging
 * @param keepCheckpoints how many epoch checkpoints to keep (the best one is always kept)
 */
public record TrainingSettings(
    int epochs,
    double learningRate,
    int fineTuneEpochs,
    double fineTuneLearningRate,
    ClassWeighting classWeights,
    List<Double> explicitClassWeights,
    StoppingMetric earlyStoppingMetric,
    int patience,
    long seed,
    int keepCheckpoints)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Configuration key prefix. */
  public static final String PREFIX = "verbo.sentiment.training.";

  /** Key of {@link #epochs}. */
  public static final String EPOCHS = PREFIX + "epochs";

  /** Key of {@link #learningRate}. */
  public static final String LEARNING_RATE = PREFIX + "learning-rate";

  /** Key of {@link #fineTuneEpochs}. */
  public static final String FINE_TUNE_EPOCHS = PREFIX + "fine-tune-epochs";

  /** Key of {@link #fineTuneLearningRate}. */
  public static final String FINE_TUNE_LEARNING_RATE = PREFIX + "fine-tune-learning-rate";

  /** Key of {@link #classWeights}. */
  public static final String CLASS_WEIGHTS = PREFIX + "class-weights";

  /** Key of {@link #explicitClassWeights}. */
  public static final String EXPLICIT_CLASS_WEIGHTS = PREFIX + "explicit-class-weights";

  /** Key of {@link #earlyStoppingMetric}. */
  public static final String EARLY_STOPPING_METRIC = PREFIX + "early-stopping.metric";

  /** Key of {@link #patience}. */
  public static final String PATIENCE = PREFIX + "early-stopping.patience";

  /** Key of {@link #seed}. */
  public static final String SEED = PREFIX + "seed";

  /** Key of {@link #keepCheckpoints}. */
  public static final String KEEP_CHECKPOINTS = PREFIX + "keep-checkpoints";

  /** Every key of this record. */
  public static final List<String> KEYS =
      List.of(
          EPOCHS,
          LEARNING_RATE,
          FINE_TUNE_EPOCHS,
          FINE_TUNE_LEARNING_RATE,
          CLASS_WEIGHTS,
          EXPLICIT_CLASS_WEIGHTS,
          EARLY_STOPPING_METRIC,
          PATIENCE,
          SEED,
          KEEP_CHECKPOINTS);

  /** Validates the record. */
  public TrainingSettings {
    SettingsChecks.atLeast(EPOCHS, epochs, 1);
    SettingsChecks.range(LEARNING_RATE, learningRate, 0, 10, true);
    SettingsChecks.positive(LEARNING_RATE, learningRate);
    SettingsChecks.atLeast(FINE_TUNE_EPOCHS, fineTuneEpochs, 0);
    SettingsChecks.positive(FINE_TUNE_LEARNING_RATE, fineTuneLearningRate);
    if (classWeights == null) {
      throw new InvalidConfigException(
          CLASS_WEIGHTS, null, "must be set", "use none, balanced or explicit");
    }
    explicitClassWeights = List.copyOf(explicitClassWeights);
    if (classWeights == ClassWeighting.EXPLICIT && explicitClassWeights.isEmpty()) {
      throw new InvalidConfigException(
          EXPLICIT_CLASS_WEIGHTS,
          explicitClassWeights,
          "is empty but " + CLASS_WEIGHTS + " = explicit",
          "give one weight per class in label order, e.g. [2.0, 1.0, 1.0]");
    }
    if (classWeights != ClassWeighting.EXPLICIT && !explicitClassWeights.isEmpty()) {
      throw new InvalidConfigException(
          EXPLICIT_CLASS_WEIGHTS,
          explicitClassWeights,
          "is set but " + CLASS_WEIGHTS + " = " + classWeights.configName(),
          "set " + CLASS_WEIGHTS + " = explicit, or remove " + EXPLICIT_CLASS_WEIGHTS);
    }
    for (double w : explicitClassWeights) {
      SettingsChecks.positive(EXPLICIT_CLASS_WEIGHTS, w);
    }
    if (earlyStoppingMetric == null) {
      throw new InvalidConfigException(
          EARLY_STOPPING_METRIC, null, "must be set", "use loss, accuracy, macro_f1 or auc");
    }
    SettingsChecks.atLeast(PATIENCE, patience, 0);
    SettingsChecks.atLeast(KEEP_CHECKPOINTS, keepCheckpoints, 1);
  }

  /**
   * @return 10 epochs at Adam 1e-3, no fine-tuning, no class weights, macro-F1 patience 3, seed 42
   */
  public static TrainingSettings defaults() {
    return new TrainingSettings(
        10, 1e-3, 0, 1e-4, ClassWeighting.NONE, List.of(), StoppingMetric.MACRO_F1, 3, 42L, 2);
  }

  /**
   * @return the total number of epochs when no stage stops early
   */
  public int maxEpochs() {
    return epochs + fineTuneEpochs;
  }
}
