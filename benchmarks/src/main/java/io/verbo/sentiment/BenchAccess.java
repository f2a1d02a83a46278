package io.verbo.sentiment;

import io.verbo.eval.EvaluationResult;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Benchmark-only access to package-private parts of {@code io.verbo.sentiment} (this class lives in
 * the benchmarks module, in pipeline-core's package; it changes nothing in pipeline-core):
 * the per-thread OpenMP setting, and the fine-tuning stage of the transfer recipe started from a
 * given frozen model, so a benchmark can score the frozen stage's best model on a held-out fold
 * and then continue the very same run with the fine-tuning stage instead of training the frozen
 * stage twice.
 */
public final class BenchAccess {
  private BenchAccess() {}

  /**
   * @param threads ND4J/OpenMP threads for the calling thread from now on
   * @return the previous count
   */
  public static int setOmpThreads(int threads) {
    return Nd4jThreads.set(threads);
  }

  /** @return the current ND4J/OpenMP thread count */
  public static int ompThreads() {
    return Nd4jThreads.current();
  }

  /**
   * The fine-tuning stage of {@link TrainingLoop}, run on its own: the best frozen network is
   * unfrozen ({@link SentimentNetwork#unfreeze}: same parameters, trainable embedding, fine-tune
   * learning rate, fresh Adam state) and trained for {@code fineTuneEpochs} epochs with the same
   * early stopping, minibatches and validation as {@link LocalSentimentTrainer#train}. As in the
   * loop (Keras' {@code restore_best_weights} over both stages), the result is the fine-tuned
   * network only if its validation value beats {@code frozenValidation}; otherwise the frozen one.
   *
   * @param frozen the result of the frozen stage ({@code r} with {@code fineTuneEpochs = 0})
   * @param r the request of the frozen stage; its settings' fine-tune epochs and learning rate are
   *     used (they are read from {@code fineTuneEpochs}, which must be set here)
   * @param fineTuneEpochs epochs of the fine-tuning stage
   * @param conf Hadoop configuration for the checkpoints
   * @return the fine-tuned (or, if it never beat it, the frozen) result; the state is the
   *     fine-tuning stage's own curve
   */
  public static LocalSentimentTrainer.Result fineTune(
      LocalSentimentTrainer.Result frozen,
      LocalSentimentTrainer.Request r,
      int fineTuneEpochs,
      Configuration conf) {
    SentimentSettings s = r.settings();
    TrainingSettings t = s.training();
    TrainingSettings ftTraining =
        new TrainingSettings(
            fineTuneEpochs,
            t.fineTuneLearningRate(),
            0,
            t.fineTuneLearningRate(),
            t.classWeights(),
            t.explicitClassWeights(),
            t.earlyStoppingMetric(),
            t.patience(),
            t.seed() + 7919,
            t.keepCheckpoints());
    // The fine-tuning stage's network is not frozen; validate the stage settings as unfrozen.
    SentimentSettings ft =
        new SentimentSettings(
            s.encoding(),
            new NetworkSettings(
                s.network().embeddingDim(),
                false,
                s.network().lstmUnits(),
                s.network().lstmLayers(),
                s.network().bidirectional(),
                s.network().pooling(),
                s.network().dropout(),
                s.network().l2(),
                s.network().gradientClip()),
            ftTraining,
            s.distributed());
    SequenceEncoder encoder = new SequenceEncoder(r.vocabulary(), s.encoding());
    LocalSentimentTrainer.Encoded train =
        LocalSentimentTrainer.Encoded.of(r.train(), r.labels(), encoder);
    LocalSentimentTrainer.Encoded val =
        LocalSentimentTrainer.Encoded.of(r.validation(), r.labels(), encoder);
    long[] counts = new long[r.labels().size()];
    for (int y : train.labels) {
      counts[y]++;
    }
    double[] weights = ClassWeights.compute(t, r.labels(), counts);
    Buckets buckets =
        s.encoding().bucketBoundaries().isEmpty()
            ? Buckets.equalFrequency(
                train.lengths(), s.encoding().bucketCount(), s.encoding().maxLen())
            : Buckets.of(s.encoding().bucketBoundaries(), s.encoding().maxLen());
    int batchSize = s.distributed().batchSizePerWorker();
    MultiLayerNetwork initial =
        SentimentNetwork.unfreeze(frozen.model().network(), s, r.labels().size(), weights);
    Checkpointer checkpointer =
        new Checkpointer(
            new org.apache.hadoop.fs.Path(r.checkpointDir(), "fine-tune"),
            conf,
            t.keepCheckpoints());
    TrainingLoop loop =
        new TrainingLoop(ft, r.runId() + "-ft", checkpointer, r.listener(), net -> net);
    TrainingLoop.Outcome outcome =
        loop.run(
            initial,
            false,
            (net, epoch) ->
                LocalSentimentTrainer.fitEpoch(
                    net, train, buckets, batchSize, r.labels().size(), ftTraining.seed() * 31 + epoch),
            net -> LocalSentimentTrainer.evaluate(net, val, r.labels()));
    EvaluationResult ftVal = LocalSentimentTrainer.evaluate(outcome.best(), val, r.labels());
    StoppingMetric m = t.earlyStoppingMetric();
    if (val.sequences.isEmpty() || m.isBetter(m.valueOf(ftVal), m.valueOf(frozen.validation()))) {
      SentimentModel model =
          new SentimentModel(outcome.best(), r.vocabulary(), r.tokenizer(), r.labels(), ft);
      return new LocalSentimentTrainer.Result(model, outcome.state(), ftVal);
    }
    return new LocalSentimentTrainer.Result(frozen.model(), outcome.state(), frozen.validation());
  }

  /**
   * @param net a network
   * @param sequences encoded documents
   * @return class probabilities per document
   */
  public static double[][] probabilities(MultiLayerNetwork net, List<int[]> sequences) {
    return SentimentModel.probabilities(net, sequences);
  }
}
