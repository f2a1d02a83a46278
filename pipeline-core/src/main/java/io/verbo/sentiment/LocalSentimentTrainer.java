package io.verbo.sentiment;

import io.verbo.eval.ClassificationAccumulator;
import io.verbo.eval.EvaluationResult;
import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains a sentiment model in one JVM, on documents held in memory: the same network, bucketing,
 * epoch loop, early stopping and checkpoints as {@link SentimentTrainer}, without Spark. Used for
 * small data, tests and as the single-JVM baseline of the benchmark. Stateless.
 */
public final class LocalSentimentTrainer {
  private LocalSentimentTrainer() {}

  /**
   * What to train.
   *
   * @param runId the run id (curve rows, checkpoints)
   * @param settings the settings
   * @param vocabulary the vocabulary
   * @param vectors pretrained embedding rows by vocabulary index, if any
   * @param labels class names, index = output unit
   * @param tokenizer the tokenizer options the documents were tokenized with
   * @param train training documents (labels outside {@code labels} are skipped)
   * @param validation validation documents (may be empty)
   * @param checkpointDir where epoch checkpoints go (any Hadoop path)
   * @param resume continue from the newest checkpoint in {@code checkpointDir}
   * @param listener called after each epoch
   */
  public record Request(
      String runId,
      SentimentSettings settings,
      Vocabulary vocabulary,
      Optional<float[][]> vectors,
      List<String> labels,
      TokenizerOptions tokenizer,
      List<LabelledDocument> train,
      List<LabelledDocument> validation,
      Path checkpointDir,
      boolean resume,
      EpochListener listener) {}

  /**
   * @param model the best model
   * @param state the final training state (curve, epochs, best epoch)
   * @param validation the best model's validation metrics
   */
  public record Result(SentimentModel model, TrainingState state, EvaluationResult validation) {}

  /**
   * @param r the request
   * @param conf Hadoop configuration for the checkpoints
   * @return the trained model and its curve
   */
  public static Result train(Request r, Configuration conf) {
    SentimentSettings s = r.settings();
    Prepared p = Prepared.of(r);
    MultiLayerNetwork initial =
        SentimentNetwork.create(s, r.vocabulary(), r.vectors(), p.numClasses(), p.weights());
    Checkpointer checkpointer =
        new Checkpointer(r.checkpointDir(), conf, s.training().keepCheckpoints());
    TrainingLoop loop =
        new TrainingLoop(
            s,
            r.runId(),
            checkpointer,
            r.listener(),
            net -> SentimentNetwork.unfreeze(net, s, p.numClasses(), p.weights()));
    TrainingLoop.Outcome outcome =
        loop.run(initial, r.resume(), p.fitter(s.training().seed()), p.validator());
    SentimentModel model =
        new SentimentModel(outcome.best(), r.vocabulary(), r.tokenizer(), r.labels(), s);
    return new Result(model, outcome.state(), evaluate(outcome.best(), p.val(), r.labels()));
  }

  /**
   * The fine-tuning stage of the transfer recipe, run on its own from the result of the frozen
   * stage: lets a caller score (or keep) the frozen stage's best model and then continue the same
   * run, instead of training the frozen stage a second time inside {@link #train}.
   *
   * <p>The frozen network is unfrozen ({@link SentimentNetwork#unfreeze}: the same parameters, a
   * trainable embedding, {@code fineTuneLearningRate} and a fresh Adam state) and trained for up to
   * {@code fineTuneEpochs} epochs with the minibatches, bucketing, class weights, early stopping
   * and validation that {@link #train} uses for {@code r}. As inside {@link #train} (Keras' {@code
   * restore_best_weights} across both stages), the fine-tuned network is kept only if its
   * validation value is strictly better than {@code frozen.validation()} on {@code r}'s early
   * stopping metric (always, when {@code r} has no validation documents); otherwise the result
   * holds {@code frozen.model()} itself and {@code frozen.validation()}. {@code frozen} is not
   * changed. Checkpoints go to {@code <checkpointDir>/fine-tune} (any earlier ones there are
   * cleared; this stage does not resume).
   *
   * @param frozen the result of {@link #train} for {@code r}, whose best network has a frozen
   *     embedding (pretrained vectors and {@code freezeEmbeddings}); {@code r}'s own {@code
   *     fineTuneEpochs} is normally 0 there, so that {@link #train} stopped after the frozen stage
   * @param r the request the frozen stage was trained with: same documents, vocabulary, labels and
   *     settings; the fine-tune learning rate is {@code r.settings().training()}'s
   * @param fineTuneEpochs epochs of this stage, at least 1 (replaces {@code r}'s {@code
   *     fineTuneEpochs})
   * @param conf Hadoop configuration for the checkpoints
   * @return the fine-tuned model (its settings are {@code r}'s with {@code fineTuneEpochs}, as
   *     {@link #train} records them for the whole recipe) or, if it never beat the frozen one,
   *     {@code frozen.model()}; in both cases with this stage's own state, whose curve numbers the
   *     stage's epochs from 1 (as a one-stage run: stage {@code train}, at the fine-tune rate)
   * @throws IllegalArgumentException if {@code fineTuneEpochs < 1} or the network is not frozen
   */
  public static Result fineTune(Result frozen, Request r, int fineTuneEpochs, Configuration conf) {
    if (fineTuneEpochs < 1) {
      throw new IllegalArgumentException(
          "fineTuneEpochs must be at least 1, got " + fineTuneEpochs);
    }
    if (!SentimentNetwork.isFrozen(frozen.model().network())) {
      throw new IllegalArgumentException(
          "Cannot fine-tune: the embedding of the given model is not frozen (no pretrained vectors,"
              + " or freezeEmbeddings = false), so it was already trained");
    }
    SentimentSettings s = r.settings();
    TrainingSettings t = s.training();
    Prepared p = Prepared.of(r);
    // The stage as a one-stage run of its own: the unfrozen network trained at the fine-tune rate.
    // A different shuffling seed than the frozen stage, so its epochs do not replay the same order.
    TrainingSettings stage =
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
    MultiLayerNetwork initial =
        SentimentNetwork.unfreeze(frozen.model().network(), s, p.numClasses(), p.weights());
    Checkpointer checkpointer =
        new Checkpointer(new Path(r.checkpointDir(), "fine-tune"), conf, t.keepCheckpoints());
    TrainingLoop loop =
        new TrainingLoop(
            s.withTraining(stage), r.runId() + "-ft", checkpointer, r.listener(), net -> net);
    TrainingLoop.Outcome outcome =
        loop.run(initial, false, p.fitter(stage.seed()), p.validator());
    EvaluationResult fineTuned = evaluate(outcome.best(), p.val(), r.labels());
    StoppingMetric m = t.earlyStoppingMetric();
    boolean better =
        p.val().sequences.isEmpty()
            || m.isBetter(m.valueOf(fineTuned), m.valueOf(frozen.validation()));
    if (!better) {
      return new Result(frozen.model(), outcome.state(), frozen.validation());
    }
    SentimentSettings recipe =
        s.withTraining(
            new TrainingSettings(
                t.epochs(),
                t.learningRate(),
                fineTuneEpochs,
                t.fineTuneLearningRate(),
                t.classWeights(),
                t.explicitClassWeights(),
                t.earlyStoppingMetric(),
                t.patience(),
                t.seed(),
                t.keepCheckpoints()));
    SentimentModel model =
        new SentimentModel(outcome.best(), r.vocabulary(), r.tokenizer(), r.labels(), recipe);
    return new Result(model, outcome.state(), fineTuned);
  }

  /**
   * What both stages derive from a request: the encoded splits, the class weights of the training
   * split, the length buckets and the minibatch size. One place, so {@link #fineTune} trains on
   * exactly the data and weights {@link #train} used.
   */
  private record Prepared(
      Encoded train,
      Encoded val,
      List<String> labels,
      double[] weights,
      Buckets buckets,
      int batchSize) {

    static Prepared of(Request r) {
      Objects.requireNonNull(r.listener(), "listener");
      SentimentSettings s = r.settings();
      int numClasses = r.labels().size();
      s.training().earlyStoppingMetric().checkApplicable(numClasses);
      SequenceEncoder encoder = new SequenceEncoder(r.vocabulary(), s.encoding());
      Encoded train = Encoded.of(r.train(), r.labels(), encoder);
      Encoded val = Encoded.of(r.validation(), r.labels(), encoder);
      long[] counts = new long[numClasses];
      for (int y : train.labels) {
        counts[y]++;
      }
      double[] weights = ClassWeights.compute(s.training(), r.labels(), counts);
      Buckets buckets =
          s.encoding().bucketBoundaries().isEmpty()
              ? Buckets.equalFrequency(
                  train.lengths(), s.encoding().bucketCount(), s.encoding().maxLen())
              : Buckets.of(s.encoding().bucketBoundaries(), s.encoding().maxLen());
      return new Prepared(
          train, val, r.labels(), weights, buckets, s.distributed().batchSizePerWorker());
    }

    int numClasses() {
      return labels.size();
    }

    /** @param seed the stage's seed; epoch {@code e} shuffles with {@code seed * 31 + e} */
    TrainingLoop.EpochFitter fitter(long seed) {
      return (net, epoch) ->
          fitEpoch(net, train, buckets, batchSize, numClasses(), seed * 31 + epoch);
    }

    TrainingLoop.Validator validator() {
      return net -> evaluate(net, val, labels);
    }
  }

  /**
   * Fits one epoch of bucketed minibatches, reshuffled with the given seed.
   *
   * @return the network with the mean minibatch loss
   */
  static TrainingLoop.EpochFit fitEpoch(
      MultiLayerNetwork net,
      Encoded data,
      Buckets buckets,
      int batchSize,
      int numClasses,
      long seed) {
    double lossSum = 0;
    int batches = 0;
    for (int[] idx : BatchBuilder.plan(data.lengths(), buckets, batchSize, new Random(seed))) {
      DataSet ds = data.batch(idx, numClasses);
      net.fit(ds);
      lossSum += net.score();
      batches++;
    }
    return new TrainingLoop.EpochFit(
        net, batches == 0 ? Double.NaN : lossSum / batches, data.sequences.size());
  }

  /**
   * @param net a network
   * @param data encoded labelled documents
   * @param labels class names
   * @return the metrics of {@code net} on {@code data}
   */
  static EvaluationResult evaluate(MultiLayerNetwork net, Encoded data, List<String> labels) {
    ClassificationAccumulator acc = new ClassificationAccumulator(labels.size());
    double[][] probs = SentimentModel.probabilities(net, data.sequences);
    for (int i = 0; i < probs.length; i++) {
      acc.add(data.labels[i], probs[i]);
    }
    return acc.result(labels);
  }

  /** Encoded labelled documents in memory. */
  static final class Encoded {
    final List<int[]> sequences;
    final int[] labels;

    private Encoded(List<int[]> sequences, int[] labels) {
      this.sequences = sequences;
      this.labels = labels;
    }

    static Encoded of(List<LabelledDocument> docs, List<String> classes, SequenceEncoder encoder) {
      List<int[]> seqs = new ArrayList<>(docs.size());
      int[] ys = new int[docs.size()];
      for (LabelledDocument d : docs) {
        int y = d.label() == null ? -1 : classes.indexOf(d.label());
        if (y >= 0) {
          ys[seqs.size()] = y;
          seqs.add(encoder.encode(d.tokens()));
        }
      }
      return new Encoded(seqs, java.util.Arrays.copyOf(ys, seqs.size()));
    }

    int[] lengths() {
      int[] l = new int[sequences.size()];
      for (int i = 0; i < l.length; i++) {
        l[i] = sequences.get(i).length;
      }
      return l;
    }

    DataSet batch(int[] idx, int numClasses) {
      List<int[]> seqs = new ArrayList<>(idx.length);
      int[] ys = new int[idx.length];
      for (int k = 0; k < idx.length; k++) {
        seqs.add(sequences.get(idx[k]));
        ys[k] = labels[idx[k]];
      }
      return BatchBuilder.toDataSet(seqs, ys, numClasses);
    }
  }
}
