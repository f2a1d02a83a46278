package io.verbo.embed;

/**
 * {@link FloatOps} in plain Java: word2vec.c's loops, which C2 compiles to scalar or (for
 * {@link #update} and {@link #add}) auto-vectorised code. Always available; the fallback when the
 * Vector API module is absent or disabled.
 */
final class ScalarFloatOps implements FloatOps {
  static final ScalarFloatOps INSTANCE = new ScalarFloatOps();

  private ScalarFloatOps() {}

  /** Eight independent accumulators: a float sum cannot be auto-vectorised (order matters). */
  @Override
  public float dot(float[] a, int ao, float[] b, int bo, int n) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    float s4 = 0;
    float s5 = 0;
    float s6 = 0;
    float s7 = 0;
    int i = 0;
    for (; i + 7 < n; i += 8) {
      s0 += a[ao + i] * b[bo + i];
      s1 += a[ao + i + 1] * b[bo + i + 1];
      s2 += a[ao + i + 2] * b[bo + i + 2];
      s3 += a[ao + i + 3] * b[bo + i + 3];
      s4 += a[ao + i + 4] * b[bo + i + 4];
      s5 += a[ao + i + 5] * b[bo + i + 5];
      s6 += a[ao + i + 6] * b[bo + i + 6];
      s7 += a[ao + i + 7] * b[bo + i + 7];
    }
    for (; i < n; i++) {
      s0 += a[ao + i] * b[bo + i];
    }
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }

  @Override
  public void update(float g, float[] in, int l1, float[] out, int l2, float[] e, int n) {
    for (int i = 0; i < n; i++) {
      float o = out[l2 + i];
      e[i] += g * o;
      out[l2 + i] = o + g * in[l1 + i];
    }
  }

  @Override
  public void add(float[] x, int xo, float[] y, int yo, int n) {
    for (int i = 0; i < n; i++) {
      y[yo + i] += x[xo + i];
    }
  }

  @Override
  public String name() {
    return "scalar";
  }
}
