package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class EncodingTest {
  private final Vocabulary vocab = TestVocab.of(List.of("good", "bad", "movie"));

  @Test
  void encodesWithUnknownsAndTruncation() {
    SequenceEncoder head =
        new SequenceEncoder(vocab, new EncodingSettings(3, Truncation.HEAD, List.of(), 1));
    SequenceEncoder tail =
        new SequenceEncoder(vocab, new EncodingSettings(3, Truncation.TAIL, List.of(), 1));
    List<String> tokens = List.of("good", "zzz", "movie", "bad");
    assertThat(head.encode(tokens)).as("first 3, unknown -> UNK").containsExactly(2, 1, 4);
    assertThat(tail.encode(tokens)).as("last 3").containsExactly(1, 4, 3);
    assertThat(head.encode(List.of())).as("empty -> one UNK").containsExactly(Vocabulary.UNK_INDEX);
    assertThat(head.encode(null)).as("null -> one UNK").containsExactly(Vocabulary.UNK_INDEX);
    assertThat(head.encode(List.of("<pad>", "good")))
        .as("a literal PAD token in text is never padding")
        .containsExactly(Vocabulary.UNK_INDEX, 2);
  }

  @Test
  void bucketsFromBoundsAndQuantiles() {
    Buckets b = Buckets.of(List.of(4, 8), 20);
    assertThat(b.upperBounds()).as("last bucket ends at maxLen").containsExactly(4, 8, 20);
    assertThat(
            new int[] {
              b.bucketOf(1),
              b.bucketOf(4),
              b.bucketOf(5),
              b.bucketOf(8),
              b.bucketOf(9),
              b.bucketOf(20)
            })
        .as("(0,4] (4,8] (8,20]")
        .containsExactly(0, 0, 1, 1, 2, 2);
    int[] lengths = {1, 2, 2, 3, 5, 6, 7, 9, 12, 20};
    assertThat(Buckets.equalFrequency(lengths, 2, 20).upperBounds())
        .as("median split")
        .containsExactly(6, 20);
    assertThat(Buckets.equalFrequency(new int[] {5, 5, 5}, 4, 20).upperBounds())
        .as("repeated quantiles collapse")
        .containsExactly(5, 20);
    assertThat(Buckets.fromQuantiles(new double[] {2.5, 40}, 20).upperBounds())
        .as("rounded up, out-of-range dropped")
        .containsExactly(3, 20);
    assertThatThrownBy(() -> Buckets.of(List.of(8, 4), 20))
        .as("descending")
        .hasMessageContaining("ascending");
  }

  @Test
  void planCoversEveryExampleOnceWithinBuckets() {
    Random rnd = new Random(7);
    int[] lengths = new int[103];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = 1 + rnd.nextInt(20);
    }
    Buckets buckets = Buckets.of(List.of(5, 10), 20);
    List<int[]> plan = BatchBuilder.plan(lengths, buckets, 8, new Random(1));
    Set<Integer> seen = new HashSet<>();
    for (int[] batch : plan) {
      assertThat(batch.length).as("batch size cap").isBetween(1, 8);
      Set<Integer> bucketIds = new HashSet<>();
      for (int i : batch) {
        assertThat(seen.add(i)).as("index %s once", i).isTrue();
        bucketIds.add(buckets.bucketOf(lengths[i]));
      }
      assertThat(bucketIds).as("one bucket per batch").hasSize(1);
    }
    assertThat(seen).as("every example planned").hasSize(lengths.length);
    assertThat(BatchBuilder.plan(lengths, buckets, 8, new Random(1)))
        .as("same seed, same plan")
        .usingElementComparator((a, c) -> java.util.Arrays.equals(a, c) ? 0 : 1)
        .containsExactlyElementsOf(plan);
  }

  @Test
  void dataSetLayoutIsRightPaddedAndMasked() {
    List<int[]> seqs = new ArrayList<>(List.of(new int[] {5, 6}, new int[] {7, 8, 9}));
    DataSet ds = BatchBuilder.toDataSet(seqs, new int[] {1, 0}, 3);
    assertThat(ds.getFeatures().shape()).as("features [mb,1,T]").containsExactly(2, 1, 3);
    assertThat(ds.getFeatures().ravel().toFloatVector())
        .as("ids, PAD=0 on the right")
        .containsExactly(5, 6, 0, 7, 8, 9);
    assertThat(ds.getFeaturesMaskArray().ravel().toFloatVector())
        .as("mask")
        .containsExactly(1, 1, 0, 1, 1, 1);
    assertThat(ds.getLabels().ravel().toFloatVector())
        .as("one-hot")
        .containsExactly(0, 1, 0, 1, 0, 0);
    assertThat(ds.getLabelsMaskArray()).as("no label mask").isNull();
    assertThatThrownBy(() -> BatchBuilder.toDataSet(List.of(new int[0]), null, 2))
        .as("empty sequence")
        .hasMessageContaining("empty sequence");
    assertThatThrownBy(() -> BatchBuilder.toDataSet(List.of(new int[] {2}), new int[] {3}, 3))
        .as("label range")
        .hasMessageContaining("classes are 0..2");
  }

  @Test
  void mergingBatchesOfDifferentLengthsPadsAndMasks() {
    DataSet a = BatchBuilder.toDataSet(List.of(new int[] {3, 4}), new int[] {0}, 2);
    DataSet b = BatchBuilder.toDataSet(List.of(new int[] {5, 6, 7, 8}), new int[] {1}, 2);
    DataSet merged = DataSet.merge(List.of(a, b));
    assertThat(merged.getFeatures().shape())
        .as("merged to the longer length")
        .containsExactly(2, 1, 4);
    assertThat(merged.getFeaturesMaskArray().ravel().toFloatVector())
        .as("mask extended with zeros")
        .containsExactly(1, 1, 0, 0, 1, 1, 1, 1);
  }
}
