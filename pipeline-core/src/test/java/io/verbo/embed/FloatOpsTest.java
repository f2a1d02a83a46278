package io.verbo.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Vector API primitives agree with the scalar ones within float rounding, on every length from
 * 1 to 300 (full vectors, tails shorter than a vector, and lengths under one vector) at arbitrary
 * offsets, and touch nothing outside their ranges.
 */
class FloatOpsTest {
  private static final FloatOps SCALAR = ScalarFloatOps.INSTANCE;

  /** The build runs tests with {@code --add-modules jdk.incubator.vector}: this checks it still does. */
  @Test
  void testJvmHasTheVectorModuleAndTheKernelUsesIt() {
    assertThat(ModuleLayer.boot().findModule(FloatOpsChoice.MODULE))
        .as("surefire argLine (verbo.jvm.opens in the parent pom) adds jdk.incubator.vector")
        .isPresent();
    boolean disabled = "false".equals(System.getProperty(FloatOpsChoice.PROPERTY));
    assertThat(FloatOpsChoice.OPS).isInstanceOf(disabled ? ScalarFloatOps.class : VectorFloatOps.class);
  }

  @Test
  void dotAgreesWithScalar() {
    FloatOps vector = new VectorFloatOps();
    SplittableRandom rnd = new SplittableRandom(7);
    for (int n = 1; n <= 300; n++) {
      int ao = rnd.nextInt(5);
      int bo = rnd.nextInt(5);
      float[] a = random(rnd, ao + n + 3);
      float[] b = random(rnd, bo + n + 3);
      double magnitude = 0;
      for (int i = 0; i < n; i++) {
        magnitude += Math.abs(a[ao + i] * b[bo + i]);
      }
      float expected = SCALAR.dot(a, ao, b, bo, n);
      assertThat(vector.dot(a, ao, b, bo, n))
          .as("n=%d", n)
          .isCloseTo(expected, within((float) (1e-6 * magnitude + 1e-30)));
      assertThat(vector.dot(a, ao, b, bo, n)).as("same bits on every call").isEqualTo(vector.dot(a, ao, b, bo, n));
    }
  }

  @Test
  void updateAgreesWithScalar() {
    FloatOps vector = new VectorFloatOps();
    SplittableRandom rnd = new SplittableRandom(11);
    for (int n = 1; n <= 300; n++) {
      int l1 = rnd.nextInt(5);
      int l2 = rnd.nextInt(5);
      float g = (float) rnd.nextDouble(-0.1, 0.1);
      float[] in = random(rnd, l1 + n + 3);
      float[] out = random(rnd, l2 + n + 3);
      float[] e = random(rnd, n + 3);
      float[] outS = out.clone();
      float[] eS = e.clone();
      float[] inBefore = in.clone();
      SCALAR.update(g, in, l1, outS, l2, eS, n);
      vector.update(g, in, l1, out, l2, e, n);
      assertClose(out, outS, n);
      assertClose(e, eS, n);
      assertThat(in).as("input row is read only").isEqualTo(inBefore);
      for (int i = 0; i < 3; i++) {
        assertThat(out[l2 + n + i]).as("nothing past the output row, n=%d", n).isEqualTo(outS[l2 + n + i]);
        assertThat(e[n + i]).as("nothing past the gradient, n=%d", n).isEqualTo(eS[n + i]);
      }
      for (int i = 0; i < l2; i++) {
        assertThat(out[i]).as("nothing before the output row").isEqualTo(outS[i]);
      }
    }
  }

  @Test
  void addEqualsScalarExactly() {
    FloatOps vector = new VectorFloatOps();
    SplittableRandom rnd = new SplittableRandom(13);
    for (int n = 1; n <= 300; n++) {
      int xo = rnd.nextInt(5);
      int yo = rnd.nextInt(5);
      float[] x = random(rnd, xo + n + 3);
      float[] y = random(rnd, yo + n + 3);
      float[] yS = y.clone();
      SCALAR.add(x, xo, yS, yo, n);
      vector.add(x, xo, y, yo, n);
      // One rounded addition per element in both: the same bits, including outside the range.
      assertThat(y).as("n=%d", n).isEqualTo(yS);
    }
  }

  private static void assertClose(float[] actual, float[] expected, int n) {
    for (int i = 0; i < actual.length; i++) {
      // Fused multiply-add rounds once where the scalar code rounds twice: a few ulps apart.
      float tolerance = 4 * Math.ulp(Math.max(Math.abs(expected[i]), 1f));
      assertThat(actual[i]).as("element %d, n=%d", i, n).isCloseTo(expected[i], within(tolerance));
    }
  }

  private static float[] random(SplittableRandom rnd, int length) {
    float[] v = new float[length];
    for (int i = 0; i < length; i++) {
      v[i] = (float) rnd.nextDouble(-1, 1);
    }
    return v;
  }
}
