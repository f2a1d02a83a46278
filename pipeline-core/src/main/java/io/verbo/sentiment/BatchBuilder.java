package io.verbo.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds padded, masked minibatches for the network.
 *
 * <p>Layout (what DL4J 1.0.0-M2.1's {@code EmbeddingSequenceLayer} and {@code DataSet.merge}
 * accept, checked by {@code BatchBuilderTest}): features {@code [mb, 1, T]} of ids as floats,
 * right-padded with {@link io.verbo.vocab.Vocabulary#PAD_INDEX} (0); features mask {@code [mb, T]}
 * with 1 for real tokens; labels {@code [mb, classes]} one-hot; no labels mask (the classifier sees
 * one vector per sequence). {@code T} is the longest sequence of the minibatch, not {@code maxLen}.
 * The rank-3 layout matters for Spark: DL4J merges small minibatches with {@code DataSet.merge},
 * which pads rank-3 time series of different lengths with zeros and extends the mask, whereas
 * rank-2 features of different widths cannot be merged.
 *
 * <p>Each minibatch is filled from three primitive arrays and handed to ND4J in one call per array:
 * no per-example INDArrays. Stateless and thread-safe.
 */
public final class BatchBuilder {
  private BatchBuilder() {}

  /**
   * Groups example indices into minibatches of one length bucket each.
   *
   * @param lengths sequence length per example
   * @param buckets the length buckets
   * @param batchSize maximum examples per minibatch
   * @param rng for training: shuffles examples within buckets and the order of minibatches; {@code
   *     null} keeps input order within buckets and buckets in ascending order (evaluation)
   * @return minibatches as arrays of example indices; every index appears exactly once
   */
  public static List<int[]> plan(int[] lengths, Buckets buckets, int batchSize, Random rng) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
    }
    List<List<Integer>> byBucket = new ArrayList<>(buckets.size());
    for (int b = 0; b < buckets.size(); b++) {
      byBucket.add(new ArrayList<>());
    }
    for (int i = 0; i < lengths.length; i++) {
      byBucket.get(buckets.bucketOf(lengths[i])).add(i);
    }
    List<int[]> batches =
        new ArrayList<>((lengths.length + batchSize - 1) / batchSize + buckets.size());
    for (List<Integer> members : byBucket) {
      if (rng != null) {
        Collections.shuffle(members, rng);
      }
      for (int from = 0; from < members.size(); from += batchSize) {
        int to = Math.min(members.size(), from + batchSize);
        int[] batch = new int[to - from];
        for (int k = from; k < to; k++) {
          batch[k - from] = members.get(k);
        }
        batches.add(batch);
      }
    }
    if (rng != null) {
      Collections.shuffle(batches, rng);
    }
    return batches;
  }

  /**
   * @param sequences encoded sequences (each non-empty)
   * @param labels class per sequence, or {@code null} for an unlabelled (inference) minibatch
   * @param numClasses number of classes (width of the one-hot labels)
   * @return the minibatch
   * @throws IllegalArgumentException if a sequence is empty or a label out of range
   */
  public static DataSet toDataSet(List<int[]> sequences, int[] labels, int numClasses) {
    int mb = sequences.size();
    int t = 0;
    for (int[] s : sequences) {
      if (s.length == 0) {
        throw new IllegalArgumentException(
            "Cannot batch an empty sequence; encode it with SequenceEncoder");
      }
      t = Math.max(t, s.length);
    }
    float[] features = new float[mb * t];
    float[] mask = new float[mb * t];
    for (int i = 0; i < mb; i++) {
      int[] s = sequences.get(i);
      int base = i * t;
      for (int j = 0; j < s.length; j++) {
        features[base + j] = s[j];
      }
      Arrays.fill(mask, base, base + s.length, 1f);
    }
    INDArray f = Nd4j.create(features, new long[] {mb, 1, t}, 'c');
    INDArray m = Nd4j.create(mask, new long[] {mb, t}, 'c');
    INDArray l = labels == null ? null : oneHot(labels, numClasses);
    return new DataSet(f, l, m, null);
  }

  /**
   * @param ids one encoded sequence
   * @return features {@code [1, 1, len]} and mask {@code [1, len]} for a single prediction
   */
  public static DataSet single(int[] ids) {
    return toDataSet(List.of(ids), null, 1);
  }

  private static INDArray oneHot(int[] labels, int numClasses) {
    float[] y = new float[labels.length * numClasses];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= numClasses) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Cannot encode label %d: classes are 0..%d",
                labels[i],
                numClasses - 1));
      }
      y[i * numClasses + labels[i]] = 1f;
    }
    return Nd4j.create(y, new long[] {labels.length, numClasses}, 'c');
  }
}
