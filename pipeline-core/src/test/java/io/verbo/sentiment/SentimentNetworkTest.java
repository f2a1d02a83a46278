package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.vocab.Vocabulary;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class SentimentNetworkTest {
  private final Vocabulary vocab = TestVocab.fillers(6);

  private float[][] vectors() {
    float[][] v = new float[vocab.size()][];
    for (int i = 2; i < vocab.size() - 1; i++) { // the last word has no vector
      v[i] = new float[] {i, -i, 0.5f, 1f};
    }
    v[0] = new float[] {9, 9, 9, 9}; // PAD must end up zero anyway
    return v;
  }

  private DataSet batch() {
    return BatchBuilder.toDataSet(
        List.of(new int[] {2, 3, 4}, new int[] {5, 7}), new int[] {0, 1}, 2);
  }

  @Test
  void pretrainedRowsAreCopiedPadIsZeroAndFrozenStaysFrozen() {
    SentimentSettings s = TestVocab.smallSettings();
    MultiLayerNetwork net = SentimentNetwork.create(s, vocab, Optional.of(vectors()), 2, null);
    INDArray w = net.getParam(SentimentNetwork.EMBEDDING_PARAM);
    assertThat(w.columns()).as("width from the vectors, not embedding-dim").isEqualTo(4);
    assertThat(w.getRow(3).toFloatVector()).as("pretrained row").containsExactly(3f, -3f, 0.5f, 1f);
    assertThat(w.getRow(0).toFloatVector()).as("PAD row zero").containsOnly(0f);
    assertThat(w.getRow(vocab.size() - 1).norm2Number().doubleValue())
        .as("OOV row random, small")
        .isBetween(1e-6, 0.05 * 2);
    assertThat(SentimentNetwork.isFrozen(net)).as("frozen with vectors").isTrue();

    INDArray before = w.dup();
    INDArray lstmBefore = net.getParam("1_W").dup();
    for (int i = 0; i < 3; i++) {
      net.fit(batch());
    }
    assertThat(net.getParam(SentimentNetwork.EMBEDDING_PARAM))
        .as("frozen embeddings unchanged")
        .isEqualTo(before);
    assertThat(net.getParam("1_W")).as("LSTM trains").isNotEqualTo(lstmBefore);

    MultiLayerNetwork tuned = SentimentNetwork.unfreeze(net, s, 2, null);
    assertThat(SentimentNetwork.isFrozen(tuned)).as("unfrozen twin").isFalse();
    assertThat(tuned.params()).as("parameters copied").isEqualTo(net.params());
    DataSet b = batch();
    assertThat(tuned.output(b.getFeatures(), false, b.getFeaturesMaskArray(), null))
        .as("same function before fine-tuning")
        .isEqualTo(net.output(b.getFeatures(), false, b.getFeaturesMaskArray(), null));
    tuned.fit(batch());
    INDArray after = tuned.getParam(SentimentNetwork.EMBEDDING_PARAM);
    assertThat(after.getRow(2)).as("used row fine-tuned").isNotEqualTo(before.getRow(2));
    assertThat(after.getRow(0).toFloatVector()).as("PAD row never trained").containsOnly(0f);
  }

  @Test
  void withoutVectorsEmbeddingsTrainAndDimComesFromSettings() {
    MultiLayerNetwork net =
        SentimentNetwork.create(
            TestVocab.smallSettings(), vocab, Optional.empty(), 3, new double[] {1, 2, 1});
    assertThat(SentimentNetwork.isFrozen(net)).as("random embeddings are trained").isFalse();
    assertThat(net.getParam(SentimentNetwork.EMBEDDING_PARAM).columns())
        .as("embedding-dim")
        .isEqualTo(8);
  }

  @Test
  void rejectsMisalignedVectors() {
    assertThatThrownBy(
            () ->
                SentimentNetwork.create(
                    TestVocab.smallSettings(), vocab, Optional.of(new float[3][]), 2, null))
        .as("row count")
        .hasMessageContaining("3 rows for a vocabulary of 8");
    float[][] ragged = new float[vocab.size()][];
    ragged[2] = new float[3];
    ragged[3] = new float[4];
    assertThatThrownBy(
            () ->
                SentimentNetwork.create(
                    TestVocab.smallSettings(), vocab, Optional.of(ragged), 2, null))
        .as("ragged rows")
        .hasMessageContaining("row 3 has 4 values");
  }
}
