package io.verbo.sentiment;

import java.io.Serializable;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;

/**
 * Reports every worker minibatch's loss back to the driver through Spark accumulators, so the
 * epoch's training loss is the mean over all minibatches of all workers (DL4J's own score is only
 * that of the last averaging round). Serializable: DL4J ships listeners to the workers inside the
 * task closure. A retried task counts twice, which only nudges a reported mean.
 */
final class LossListener extends BaseTrainingListener implements Serializable {
  private static final long serialVersionUID = 1L;

  private final DoubleAccumulator lossSum;
  private final LongAccumulator minibatches;
  private final LongAccumulator examples;

  /**
   * @param lossSum sum of minibatch losses
   * @param minibatches number of minibatches
   * @param examples number of examples
   */
  LossListener(DoubleAccumulator lossSum, LongAccumulator minibatches, LongAccumulator examples) {
    this.lossSum = lossSum;
    this.minibatches = minibatches;
    this.examples = examples;
  }

  @Override
  public void iterationDone(Model model, int iteration, int epoch) {
    lossSum.add(model.score());
    minibatches.add(1);
    examples.add(model.batchSize());
  }
}
