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
    Objects.requireNonNull(r.listener(), "listener");
    SentimentSettings s = r.settings();
    s.training().earlyStoppingMetric().checkApplicable(r.labels().size());
    SequenceEncoder encoder = new SequenceEncoder(r.vocabulary(), s.encoding());
    Encoded train = Encoded.of(r.train(), r.labels(), encoder);
    Encoded val = Encoded.of(r.validation(), r.labels(), encoder);
    long[] counts = new long[r.labels().size()];
    for (int y : train.labels) {
      counts[y]++;
    }
    double[] weights = ClassWeights.compute(s.training(), r.labels(), counts);
    Buckets buckets =
        s.encoding().bucketBoundaries().isEmpty()
            ? Buckets.equalFrequency(
                train.lengths(), s.encoding().bucketCount(), s.encoding().maxLen())
            : Buckets.of(s.encoding().bucketBoundaries(), s.encoding().maxLen());
    int batchSize = s.distributed().batchSizePerWorker();

    MultiLayerNetwork initial =
        SentimentNetwork.create(s, r.vocabulary(), r.vectors(), r.labels().size(), weights);
    Checkpointer checkpointer =
        new Checkpointer(r.checkpointDir(), conf, s.training().keepCheckpoints());
    TrainingLoop loop =
        new TrainingLoop(
            s,
            r.runId(),
            checkpointer,
            r.listener(),
            net -> SentimentNetwork.unfreeze(net, s, r.labels().size(), weights));
    TrainingLoop.Outcome outcome =
        loop.run(
            initial,
            r.resume(),
            (net, epoch) ->
                fitEpoch(
                    net,
                    train,
                    buckets,
                    batchSize,
                    r.labels().size(),
                    s.training().seed() * 31 + epoch),
            net -> evaluate(net, val, r.labels()));
    SentimentModel model =
        new SentimentModel(outcome.best(), r.vocabulary(), r.tokenizer(), r.labels(), s);
    return new Result(model, outcome.state(), evaluate(outcome.best(), val, r.labels()));
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
