package io.verbo.sentiment;

import io.verbo.eval.EvaluationResult;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The epoch loop shared by single-JVM and Spark training: fit an epoch, validate, keep the best
 * network (Keras' {@code restore_best_weights}), checkpoint, stop a stage early after {@code
 * patience} epochs without improvement, and switch to the fine-tuning stage of the transfer recipe.
 * How an epoch is fitted and how validation is computed are plugged in, so the loop, its
 * checkpoints and its resume logic are tested without Spark. Not thread-safe; one per run.
 */
final class TrainingLoop {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);

  /** Fits one epoch. */
  @FunctionalInterface
  interface EpochFitter {
    /**
     * @param net the network to train
     * @param epoch the epoch number (from 1), for seeding
     * @return the trained network (may be {@code net} itself) with the epoch's loss
     */
    EpochFit fit(MultiLayerNetwork net, int epoch);
  }

  /** Evaluates a network on the validation split. */
  @FunctionalInterface
  interface Validator {
    /**
     * @param net the network
     * @return the metrics (count 0 when there is no validation data)
     */
    EvaluationResult validate(MultiLayerNetwork net);
  }

  /**
   * @param network the network after the epoch
   * @param meanLoss mean minibatch loss of the epoch
   * @param examples training examples seen
   */
  record EpochFit(MultiLayerNetwork network, double meanLoss, long examples) {}

  /**
   * @param best the best network (restored best weights)
   * @param state the final state with the full curve
   */
  record Outcome(MultiLayerNetwork best, TrainingState state) {}

  private final SentimentSettings settings;
  private final String runId;
  private final Checkpointer checkpointer;
  private final EpochListener listener;
  private final UnaryOperator<MultiLayerNetwork> unfreeze;

  /**
   * @param settings the settings
   * @param runId the run id (for curve rows)
   * @param checkpointer where checkpoints go
   * @param listener called after each epoch
   * @param unfreeze builds the fine-tuning network from the best frozen one
   */
  TrainingLoop(
      SentimentSettings settings,
      String runId,
      Checkpointer checkpointer,
      EpochListener listener,
      UnaryOperator<MultiLayerNetwork> unfreeze) {
    this.settings = settings;
    this.runId = runId;
    this.checkpointer = checkpointer;
    this.listener = listener;
    this.unfreeze = unfreeze;
  }

  /**
   * @param initial the freshly built network (ignored when resuming from a checkpoint)
   * @param resume continue from the newest checkpoint if there is one
   * @param fitter fits one epoch
   * @param validator evaluates on the validation split
   * @return the best network and the final state
   */
  Outcome run(MultiLayerNetwork initial, boolean resume, EpochFitter fitter, Validator validator) {
    TrainingSettings t = settings.training();
    MultiLayerNetwork net;
    MultiLayerNetwork best;
    TrainingState state;
    var restored =
        resume ? checkpointer.latest() : java.util.Optional.<Checkpointer.Restored>empty();
    if (restored.isPresent()) {
      net = restored.get().network();
      state = restored.get().state();
      best = checkpointer.best().orElseGet(net::clone);
      LOG.info(
          "Resuming run {} after epoch {} (stage {}, best epoch {})",
          runId,
          state.epoch(),
          state.stage(),
          state.bestEpoch());
    } else {
      if (resume) {
        LOG.info(
            "Resume requested for run {} but no checkpoint exists: starting from epoch 1", runId);
      }
      checkpointer.clear();
      net = initial;
      state = TrainingState.initial();
      best = net.clone();
    }
    while (true) {
      boolean fineTune = TrainingState.FINE_TUNE.equals(state.stage());
      int budget = fineTune ? t.fineTuneEpochs() : t.epochs();
      double lr = fineTune ? t.fineTuneLearningRate() : t.learningRate();
      while (!state.stageFinished() && state.stageEpoch() < budget) {
        int epoch = state.epoch() + 1;
        long start = System.nanoTime();
        EpochFit fit = fitter.fit(net, epoch);
        double seconds = (System.nanoTime() - start) / 1e9;
        net = fit.network();
        EvaluationResult val = validator.validate(net);
        double value = t.earlyStoppingMetric().valueOf(val);
        // Without validation data every epoch counts as the best: the last one is kept.
        boolean improved =
            val.count() == 0 || t.earlyStoppingMetric().isBetter(value, state.bestValue());
        EpochRecord row =
            EpochRecord.of(runId, epoch, state.stage(), lr, fit, seconds, val, value, improved);
        boolean patienceOut =
            t.patience() > 0 && !improved && state.badEpochs() + 1 >= t.patience();
        state = state.after(row, patienceOut || state.stageEpoch() + 1 >= budget);
        if (improved) {
          best = net.clone();
          checkpointer.saveBest(best, state);
        }
        checkpointer.save(net, state);
        LOG.info(
            "epoch {} ({}): train loss {}, {} examples in {} s ({}/s); validation {}{}",
            epoch,
            state.stage(),
            fmt("%.4f", fit.meanLoss()),
            fit.examples(),
            fmt("%.1f", seconds),
            fmt("%.0f", row.examplesPerSecond()),
            val.summary(),
            improved ? " [best]" : "");
        if (patienceOut) {
          LOG.info(
              "Stage {} stopped early: no {} improvement for {} epochs",
              state.stage(),
              t.earlyStoppingMetric().configName(),
              t.patience());
        }
        listener.afterEpoch(row);
      }
      if (!fineTune && t.fineTuneEpochs() > 0) {
        if (SentimentNetwork.isFrozen(best)) {
          LOG.info(
              "Fine-tuning: unfreezing embeddings of the best network (epoch {}), learning rate {}",
              state.bestEpoch(),
              t.fineTuneLearningRate());
          net = unfreeze.apply(best);
          state = state.startFineTune();
          continue;
        }
        LOG.info("No fine-tuning stage: the embeddings were never frozen (no pretrained vectors)");
      }
      return new Outcome(best, state);
    }
  }

  private static String fmt(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }
}
