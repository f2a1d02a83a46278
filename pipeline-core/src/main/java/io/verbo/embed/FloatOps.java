package io.verbo.embed;

/**
 * The three float-array primitives of {@link CpuWord2VecKernel}'s inner loops, as a strategy so that
 * the training loop exists once whichever implementation runs it. Implementations are stateless
 * and thread-safe; {@link FloatOpsChoice#OPS} is the one the kernel uses.
 *
 * <p>Contract shared by all implementations: every method reads and writes exactly the {@code n}
 * elements starting at the given offsets and nothing else; results agree between implementations
 * within float rounding (the order of additions and the use of fused multiply-add may differ), and
 * one implementation gives bit-identical results for identical inputs.
 */
interface FloatOps {
  /**
   * @return {@code Σ a[ao+i]·b[bo+i]} for {@code i < n}
   */
  float dot(float[] a, int ao, float[] b, int bo, int n);

  /**
   * The two updates of one output row in a single pass over it (one read of the row instead of
   * two): {@code e[i] += g·out[l2+i]} with the old row, then {@code out[l2+i] += g·in[l1+i]}, for
   * {@code i < n}. {@code e} must not alias {@code out}'s range.
   */
  void update(float g, float[] in, int l1, float[] out, int l2, float[] e, int n);

  /** {@code y[yo+i] += x[xo+i]} for {@code i < n}. */
  void add(float[] x, int xo, float[] y, int yo, int n);

  /** @return a short name for logs and reports */
  String name();
}
