package io.verbo.embed;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatOps} with the JDK 17 incubator Vector API, in the platform's preferred vector width
 * (16 floats with AVX-512, 8 with AVX2). The elements past the last full vector (4 of 100 with 16
 * lanes) are done in scalar code.
 *
 * <p>Only {@link FloatOpsChoice} may load this class, and only after checking that the
 * {@code jdk.incubator.vector} module is in the boot layer: without it, linking this class throws
 * {@link NoClassDefFoundError}.
 *
 * <p>Determinism: lane-wise operations and fused multiply-adds are exact IEEE operations, so they
 * give the same bits interpreted or compiled; the dot product's final sum over the lanes is a fixed
 * pairwise tree rather than {@code reduceLanes(ADD)}, whose order of additions the API leaves to
 * the implementation and allows to "vary over time" (between the interpreter and C2, and so between
 * runs that JIT-compile at different moments).
 */
final class VectorFloatOps implements FloatOps {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  /**
   * {@code FOLD[k]} swaps lanes {@code 2^k} apart ({@code i -> i ^ 2^k}); {@link #sumLanes} adds a
   * vector to its folds from the widest down, a fixed pairwise tree over the lanes.
   */
  private static final VectorShuffle<Float>[] FOLD = folds();

  VectorFloatOps() {}

  @Override
  public float dot(float[] a, int ao, float[] b, int bo, int n) {
    int bound = S.loopBound(n);
    float s = 0;
    if (bound > 0) {
      FloatVector acc = FloatVector.zero(S);
      for (int i = 0; i < bound; i += L) {
        acc = FloatVector.fromArray(S, a, ao + i).fma(FloatVector.fromArray(S, b, bo + i), acc);
      }
      s = sumLanes(acc);
    }
    for (int i = bound; i < n; i++) {
      s += a[ao + i] * b[bo + i];
    }
    return s;
  }

  /**
   * The sum of the lanes in a fixed pairwise order (lane-wise additions of exact IEEE semantics and
   * lane moves only), so the result is the same bits interpreted, compiled, and on every call;
   * {@code reduceLanes(ADD)} promises none of that.
   */
  private static float sumLanes(FloatVector v) {
    FloatVector t = v;
    for (int k = FOLD.length - 1; k >= 0; k--) {
      t = t.add(t.rearrange(FOLD[k]));
    }
    return t.lane(0);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static VectorShuffle<Float>[] folds() {
    int steps = Integer.numberOfTrailingZeros(L); // lane counts are powers of two
    VectorShuffle<Float>[] f = new VectorShuffle[steps];
    for (int k = 0; k < steps; k++) {
      int d = 1 << k;
      f[k] = VectorShuffle.fromOp(S, i -> i ^ d);
    }
    return f;
  }

  @Override
  public void update(float g, float[] in, int l1, float[] out, int l2, float[] e, int n) {
    int bound = S.loopBound(n);
    FloatVector gv = FloatVector.broadcast(S, g);
    for (int i = 0; i < bound; i += L) {
      FloatVector o = FloatVector.fromArray(S, out, l2 + i);
      o.fma(gv, FloatVector.fromArray(S, e, i)).intoArray(e, i);
      FloatVector.fromArray(S, in, l1 + i).fma(gv, o).intoArray(out, l2 + i);
    }
    for (int i = bound; i < n; i++) {
      float o = out[l2 + i];
      e[i] += g * o;
      out[l2 + i] = o + g * in[l1 + i];
    }
  }

  @Override
  public void add(float[] x, int xo, float[] y, int yo, int n) {
    int bound = S.loopBound(n);
    for (int i = 0; i < bound; i += L) {
      FloatVector.fromArray(S, y, yo + i).add(FloatVector.fromArray(S, x, xo + i)).intoArray(y, yo + i);
    }
    for (int i = bound; i < n; i++) {
      y[yo + i] += x[xo + i];
    }
  }

  @Override
  public String name() {
    return "vector-api(" + S + ")";
  }
}
