package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verbo.vocab.Vocabulary;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/** A padded, masked minibatch gives each sequence exactly the output it gets alone. */
class MaskingTest {
  private static final List<int[]> SEQUENCES =
      List.of(
          new int[] {3},
          new int[] {4, 5, 6},
          new int[] {7, 8, 9, 10, 11, 12, 13},
          new int[] {2, 14});

  private static void assertPaddingInvisible(NetworkSettings network) {
    Vocabulary vocab = TestVocab.fillers(20);
    SentimentSettings s = TestVocab.smallSettings().withNetwork(network);
    MultiLayerNetwork net = SentimentNetwork.create(s, vocab, Optional.empty(), 3, null);
    DataSet batch = BatchBuilder.toDataSet(SEQUENCES, null, 3);
    INDArray padded = net.output(batch.getFeatures(), false, batch.getFeaturesMaskArray(), null);
    for (int i = 0; i < SEQUENCES.size(); i++) {
      DataSet one = BatchBuilder.single(SEQUENCES.get(i));
      INDArray alone = net.output(one.getFeatures(), false, one.getFeaturesMaskArray(), null);
      double[] expected = alone.toDoubleVector();
      double[] actual = padded.getRow(i).toDoubleVector();
      for (int c = 0; c < expected.length; c++) {
        assertThat(actual[c])
            .as("%s: sequence %d class %d", network.pooling(), i, c)
            .isCloseTo(expected[c], within(1e-5));
      }
    }
  }

  @Test
  void lastTimeStep() {
    assertPaddingInvisible(new NetworkSettings(8, true, 8, 1, false, Pooling.LAST, 0.2, 0.0, 1.0));
  }

  @Test
  void twoLayersLastTimeStep() {
    assertPaddingInvisible(new NetworkSettings(8, true, 6, 2, false, Pooling.LAST, 0.2, 1e-4, 1.0));
  }

  @Test
  void bidirectionalMaxPooling() {
    assertPaddingInvisible(new NetworkSettings(8, true, 6, 1, true, Pooling.MAX, 0.0, 0.0, 0.0));
  }

  @Test
  void bidirectionalMeanPooling() {
    assertPaddingInvisible(new NetworkSettings(8, true, 6, 1, true, Pooling.MEAN, 0.0, 0.0, 0.0));
  }
}
