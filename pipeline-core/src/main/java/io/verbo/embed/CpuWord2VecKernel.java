package io.verbo.embed;

import java.util.Arrays;
import java.util.Iterator;

/**
 * word2vec.c's training loop on primitive float arrays: skip-gram or CBOW (mean of the context),
 * negative sampling and/or hierarchical softmax, frequent-word subsampling before windowing, and a
 * dynamic window (radius drawn uniformly from [1, window] per centre word). The sigmoid and the
 * loss come from precomputed tables over [-6, 6]; dot products of beyond ±6 get no gradient
 * (word2vec.c's clipping). Nothing is allocated per word and nothing crosses JNI. The loops over
 * vector elements (dot product, row update, row sum) are {@link FloatOps}, chosen once per JVM by
 * {@link FloatOpsChoice}: the Vector API where the JVM has it, scalar Java otherwise.
 *
 * <p>Randomness: one 64-bit linear congruential stream per shard-round (word2vec.c's multiplier
 * 25214903917 and increment 11), seeded from {@link ShardSchedule#rngSeed()}; only its upper bits
 * are used, because the low bits of a power-of-two LCG have short periods.
 *
 * <p>Not thread-safe: one instance per task (it owns scratch buffers).
 */
public final class CpuWord2VecKernel implements Word2VecKernel {
  /** Creates CPU kernels; serializable so it can travel in a task closure. */
  public static final Factory FACTORY = CpuWord2VecKernel::new;

  static final int EXP_TABLE_SIZE = 1000;
  static final int MAX_EXP = 6;
  private static final float EXP_SCALE = EXP_TABLE_SIZE / (float) MAX_EXP / 2f;
  private static final float[] SIGMOID = new float[EXP_TABLE_SIZE];
  /** -log σ(x) on the same grid: the loss of a positive target. */
  private static final float[] LOSS_POS = new float[EXP_TABLE_SIZE];
  /** -log(1 - σ(x)) on the same grid: the loss of a negative target. */
  private static final float[] LOSS_NEG = new float[EXP_TABLE_SIZE];
  private static final long MUL = 25214903917L;
  private static final long ADD = 11L;
  /** The primitives of the inner loops, chosen once per JVM (Vector API or scalar). */
  private static final FloatOps OPS = FloatOpsChoice.OPS;

  static {
    for (int i = 0; i < EXP_TABLE_SIZE; i++) {
      double x = (i / (double) EXP_TABLE_SIZE * 2 - 1) * MAX_EXP;
      SIGMOID[i] = (float) (1 / (1 + Math.exp(-x)));
      LOSS_POS[i] = (float) Math.log1p(Math.exp(-x));
      LOSS_NEG[i] = (float) Math.log1p(Math.exp(x));
    }
  }

  private final int dim;
  private final int window;
  private final int negative;
  private final boolean hs;
  private final boolean cbow;
  private final int[] keep;
  private final int[] aliasThreshold;
  private final int[] alias;
  private final int buckets;
  private final int[] codeOffsets;
  private final byte[] codes;
  private final int[] points;
  private final int[] sentence;
  private final float[] neu1;
  private final float[] neu1e;
  private double loss;
  private long examples;

  /**
   * @param settings the hyperparameters
   * @param tables the lookup tables built from the same vocabulary
   */
  public CpuWord2VecKernel(Word2VecSettings settings, TrainingTables tables) {
    this.dim = settings.vectorSize();
    this.window = settings.window();
    this.negative = settings.negative();
    this.hs = settings.hierarchicalSoftmax();
    this.cbow = settings.architecture() == Word2VecArchitecture.CBOW;
    this.keep = tables.keepThreshold();
    this.aliasThreshold = tables.aliasThreshold();
    this.alias = tables.alias();
    this.buckets = aliasThreshold == null ? 0 : aliasThreshold.length;
    HuffmanCodes h = tables.huffman();
    this.codeOffsets = h == null ? null : h.offsets();
    this.codes = h == null ? null : h.codes();
    this.points = h == null ? null : h.points();
    this.sentence = new int[settings.maxSentenceLength()];
    this.neu1 = new float[dim];
    this.neu1e = new float[dim];
  }

  @Override
  public KernelStats train(Word2VecWeights weights, Iterator<int[]> sentences, ShardSchedule schedule) {
    float[] syn0 = weights.syn0();
    float[] syn1neg = weights.syn1neg();
    float[] syn1 = weights.syn1();
    long rnd = schedule.rngSeed();
    long read = 0;
    long trained = 0;
    loss = 0;
    examples = 0;
    int[] buf = sentence;
    while (sentences.hasNext()) {
      int[] s = sentences.next();
      float alpha = schedule.alphaAt(read);
      int len = 0;
      int max = Math.min(s.length, buf.length);
      for (int i = 0; i < max; i++) {
        int w = s[i];
        rnd = rnd * MUL + ADD;
        if ((int) (rnd >>> 40) < keep[w]) {
          buf[len++] = w;
        }
      }
      read += s.length;
      trained += len;
      for (int pos = 0; pos < len; pos++) {
        rnd = rnd * MUL + ADD;
        int radius = window - (int) (((rnd >>> 32) * window) >>> 32);
        int from = Math.max(0, pos - radius);
        int to = Math.min(len - 1, pos + radius);
        if (cbow) {
          rnd = cbowStep(syn0, syn1neg, syn1, buf, pos, from, to, alpha, rnd);
        } else {
          for (int c = from; c <= to; c++) {
            if (c != pos) {
              rnd = train(syn0, buf[c] * dim, syn1neg, syn1, buf[pos], alpha, rnd, syn0, true);
            }
          }
        }
      }
    }
    return new KernelStats(read, trained, examples, loss);
  }

  private long cbowStep(
      float[] syn0, float[] syn1neg, float[] syn1, int[] buf, int pos, int from, int to, float alpha, long rnd) {
    float[] h = neu1;
    Arrays.fill(h, 0f);
    int cw = 0;
    for (int c = from; c <= to; c++) {
      if (c != pos) {
        add(syn0, buf[c] * dim, h, 0, dim);
        cw++;
      }
    }
    if (cw == 0) {
      return rnd;
    }
    float inv = 1f / cw;
    for (int d = 0; d < dim; d++) {
      h[d] *= inv;
    }
    long r = train(h, 0, syn1neg, syn1, buf[pos], alpha, rnd, syn0, false);
    for (int c = from; c <= to; c++) {
      if (c != pos) {
        add(neu1e, 0, syn0, buf[c] * dim, dim);
      }
    }
    return r;
  }

  /**
   * One example: hidden vector {@code in[l1..]} predicts {@code word}. Accumulates the input
   * gradient in {@link #neu1e}; applies it to {@code in} when {@code applyToInput} (skip-gram).
   */
  private long train(
      float[] in, int l1, float[] syn1neg, float[] syn1, int word, float alpha, long rnd, float[] syn0, boolean applyToInput) {
    float[] e = neu1e;
    Arrays.fill(e, 0f);
    examples++;
    if (hs) {
      for (int k = codeOffsets[word], end = codeOffsets[word + 1]; k < end; k++) {
        int l2 = points[k] * dim;
        float f = dot(in, l1, syn1, l2, dim);
        int code = codes[k];
        if (f <= -MAX_EXP || f >= MAX_EXP) {
          loss += clippedLoss(f, code == 0);
          continue;
        }
        int idx = tableIndex(f);
        float g = (1 - code - SIGMOID[idx]) * alpha;
        loss += code == 0 ? LOSS_POS[idx] : LOSS_NEG[idx];
        update(g, in, l1, syn1, l2, e, dim);
      }
    }
    for (int d = 0; d <= negative && negative > 0; d++) {
      int target;
      boolean positive = d == 0;
      if (positive) {
        target = word;
      } else {
        rnd = rnd * MUL + ADD;
        int k = (int) (((rnd >>> 32) * buckets) >>> 32);
        rnd = rnd * MUL + ADD;
        target = (int) (rnd >>> 40) < aliasThreshold[k] ? TrainingTables.FIRST_WORD + k : alias[k];
        if (target == word) {
          continue;
        }
      }
      int l2 = target * dim;
      float f = dot(in, l1, syn1neg, l2, dim);
      float g;
      if (f > MAX_EXP) {
        g = positive ? 0 : -alpha;
        loss += clippedLoss(f, positive);
      } else if (f < -MAX_EXP) {
        g = positive ? alpha : 0;
        loss += clippedLoss(f, positive);
      } else {
        int idx = tableIndex(f);
        g = ((positive ? 1 : 0) - SIGMOID[idx]) * alpha;
        loss += positive ? LOSS_POS[idx] : LOSS_NEG[idx];
      }
      if (g != 0) {
        update(g, in, l1, syn1neg, l2, e, dim);
      }
    }
    if (applyToInput) {
      add(e, 0, syn0, l1, dim);
    }
    return rnd;
  }

  /**
   * The table slot of a dot product in [-MAX_EXP, MAX_EXP]. word2vec.c computes the same index but
   * reads one slot past its table for {@code f == MAX_EXP} (and float rounding reaches that slot
   * for values just below it too); here the last slot is the ceiling.
   */
  static int tableIndex(float f) {
    return Math.min((int) ((f + MAX_EXP) * EXP_SCALE), EXP_TABLE_SIZE - 1);
  }

  /** Loss beyond the table: -log σ(x) ≈ max(0, -x) and -log(1 - σ(x)) ≈ max(0, x) within 0.0025. */
  private static float clippedLoss(float f, boolean positive) {
    if (f > 0) {
      return positive ? LOSS_POS[EXP_TABLE_SIZE - 1] : f;
    }
    return positive ? -f : LOSS_NEG[0];
  }

  /** The dot product of the chosen {@link FloatOps}; also used by {@link CosineSearch}. */
  static float dot(float[] a, int ao, float[] b, int bo, int n) {
    return OPS.dot(a, ao, b, bo, n);
  }

  private static void update(float g, float[] in, int l1, float[] out, int l2, float[] e, int n) {
    OPS.update(g, in, l1, out, l2, e, n);
  }

  private static void add(float[] x, int xo, float[] y, int yo, int n) {
    OPS.add(x, xo, y, yo, n);
  }
}
