package io.verbo.embed;

import java.io.Serializable;

/**
 * The Huffman codes of hierarchical softmax, built as word2vec.c's {@code CreateBinaryTree}: the
 * words are taken in descending count, the two lightest nodes are merged until one root is left;
 * a word's code is its path of left/right bits from the root, and its points are the inner nodes
 * on that path (row indices of {@code syn1}, root = {@code n - 2}). Flat arrays, indexed by
 * vocabulary index; PAD and UNK have empty codes. Immutable after construction; serializable.
 */
public final class HuffmanCodes implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int[] offsets;
  private final byte[] codes;
  private final int[] points;

  private HuffmanCodes(int[] offsets, byte[] codes, int[] points) {
    this.offsets = offsets;
    this.codes = codes;
    this.points = points;
  }

  /**
   * @param counts counts per vocabulary index; indices below {@code first} are not coded
   * @param first first trained index (2: after PAD and UNK)
   * @return the codes
   * @throws IllegalArgumentException with fewer than two coded words or counts not descending
   */
  public static HuffmanCodes build(long[] counts, int first) {
    int n = counts.length - first;
    if (n < 2) {
      throw new IllegalArgumentException(
          "Cannot build a Huffman tree for hierarchical softmax over " + n + " word(s); it needs at least 2");
    }
    long[] count = new long[2 * n];
    byte[] binary = new byte[2 * n];
    int[] parent = new int[2 * n];
    for (int a = 0; a < n; a++) {
      count[a] = counts[first + a];
      if (a > 0 && count[a] > count[a - 1]) {
        throw new IllegalArgumentException("Cannot build a Huffman tree: counts are not in descending order");
      }
    }
    for (int a = n; a < 2 * n; a++) {
      count[a] = Long.MAX_VALUE / 4;
    }
    int pos1 = n - 1;
    int pos2 = n;
    for (int a = 0; a < n - 1; a++) {
      int min1;
      int min2;
      if (pos1 >= 0 && count[pos1] < count[pos2]) {
        min1 = pos1--;
      } else {
        min1 = pos2++;
      }
      if (pos1 >= 0 && count[pos1] < count[pos2]) {
        min2 = pos1--;
      } else {
        min2 = pos2++;
      }
      count[n + a] = count[min1] + count[min2];
      parent[min1] = n + a;
      parent[min2] = n + a;
      binary[min2] = 1;
    }
    int[] offsets = new int[counts.length + 1];
    int[] lengths = new int[counts.length];
    int total = 0;
    for (int a = 0; a < n; a++) {
      int len = 0;
      for (int b = a; b != 2 * n - 2; b = parent[b]) {
        len++;
      }
      lengths[first + a] = len;
      total += len;
    }
    for (int i = 0; i < counts.length; i++) {
      offsets[i + 1] = offsets[i] + lengths[i];
    }
    byte[] codes = new byte[total];
    int[] points = new int[total];
    for (int a = 0; a < n; a++) {
      int off = offsets[first + a];
      int len = lengths[first + a];
      int i = 0;
      // Walk up from the leaf; store reversed so code[0] and point[0] belong to the root.
      for (int b = a; b != 2 * n - 2; b = parent[b], i++) {
        codes[off + len - 1 - i] = binary[b];
        // The node above position i on the path is parent[b]; inner node k is syn1 row k - n.
        points[off + len - 1 - i] = parent[b] - n;
      }
    }
    return new HuffmanCodes(offsets, codes, points);
  }

  /** @return start of each index's code in {@link #codes()} (length = vocabulary size + 1) */
  public int[] offsets() {
    return offsets;
  }

  /** @return all codes, concatenated (0 or 1 per inner node on the path) */
  public byte[] codes() {
    return codes;
  }

  /** @return all points (syn1 rows), concatenated, aligned with {@link #codes()} */
  public int[] points() {
    return points;
  }
}
