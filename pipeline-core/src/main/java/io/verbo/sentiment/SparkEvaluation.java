package io.verbo.sentiment;

import io.verbo.eval.ClassificationAccumulator;
import io.verbo.eval.EvaluationResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Evaluates a network on labelled minibatches spread over the executors: the network is broadcast
 * once (as a ModelSerializer zip, no updater), restored once per partition, and each partition
 * returns a {@link ClassificationAccumulator} that the driver merges. Stateless.
 */
final class SparkEvaluation {
  private SparkEvaluation() {}

  /**
   * @param jsc the context
   * @param net the network
   * @param batches labelled minibatches (one-hot labels)
   * @param labels class names
   * @return the metrics
   */
  static EvaluationResult evaluate(
      JavaSparkContext jsc, MultiLayerNetwork net, JavaRDD<DataSet> batches, List<String> labels) {
    return accumulate(jsc, net, batches, labels.size()).result(labels);
  }

  /**
   * Like {@link #evaluate}, keeping the merged accumulator (for the ROC curve of the final model).
   *
   * @param jsc the context
   * @param net the network
   * @param batches labelled minibatches (one-hot labels)
   * @param k the number of classes
   * @return the merged accumulator of all partitions
   */
  static ClassificationAccumulator accumulate(
      JavaSparkContext jsc, MultiLayerNetwork net, JavaRDD<DataSet> batches, int k) {
    Broadcast<byte[]> model = jsc.broadcast(toBytes(net));
    try {
      return batches
          .mapPartitions(
              (Iterator<DataSet> it) -> List.of(evaluatePartition(model, it, k)).iterator())
          .fold(new ClassificationAccumulator(k), ClassificationAccumulator::merge);
    } finally {
      model.destroy();
    }
  }

  private static ClassificationAccumulator evaluatePartition(
      Broadcast<byte[]> model, Iterator<DataSet> it, int k) throws IOException {
    ClassificationAccumulator acc = new ClassificationAccumulator(k);
    if (!it.hasNext()) {
      return acc;
    }
    WorkerThreads.configureCurrentThread();
    MultiLayerNetwork net =
        ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(model.value()), false);
    while (it.hasNext()) {
      DataSet ds = it.next();
      INDArray out = net.output(ds.getFeatures(), false, ds.getFeaturesMaskArray(), null);
      double[][] probs = out.toDoubleMatrix();
      INDArray truth = ds.getLabels().argMax(1);
      for (int i = 0; i < probs.length; i++) {
        acc.add(truth.getInt(i), probs[i]);
      }
    }
    return acc;
  }

  /**
   * @param net a network
   * @return its ModelSerializer zip without updater state
   */
  static byte[] toBytes(MultiLayerNetwork net) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ModelSerializer.writeModel(net, out, false);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot serialize network", e);
    }
  }
}
