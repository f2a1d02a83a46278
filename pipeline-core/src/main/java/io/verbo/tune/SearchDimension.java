package io.verbo.tune;

import java.util.List;
import java.util.SplittableRandom;

/** One searched parameter: a grid list or a distribution for random search. Immutable. */
public sealed interface SearchDimension {

  /**
   * @param random the trial's random source
   * @return one sampled value (grid lists are sampled uniformly, like {@link Choice})
   */
  Object sample(SplittableRandom random);

  /** Explicit values: the grid's axis; sampled uniformly in random search. */
  record GridValues(List<Object> values) implements SearchDimension {
    /** Copies and checks the values. */
    public GridValues {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("Cannot search an empty list of values");
      }
    }

    @Override
    public Object sample(SplittableRandom random) {
      return values.get(random.nextInt(values.size()));
    }
  }

  /** One of the listed values, uniformly; random search only. */
  record Choice(List<Object> values) implements SearchDimension {
    /** Copies and checks the values. */
    public Choice {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("Cannot choose from an empty list");
      }
    }

    @Override
    public Object sample(SplittableRandom random) {
      return values.get(random.nextInt(values.size()));
    }
  }

  /** A double uniform in [min, max). */
  record Uniform(double min, double max) implements SearchDimension {
    /** Checks min < max. */
    public Uniform {
      if (!(min < max)) {
        throw new IllegalArgumentException("uniform needs min < max, got [" + min + ", " + max + "]");
      }
    }

    @Override
    public Object sample(SplittableRandom random) {
      return min + (max - min) * random.nextDouble();
    }
  }

  /** A double whose logarithm is uniform: for learning rates and L2 over orders of magnitude. */
  record LogUniform(double min, double max) implements SearchDimension {
    /** Checks 0 < min < max. */
    public LogUniform {
      if (!(min > 0 && min < max)) {
        throw new IllegalArgumentException("log-uniform needs 0 < min < max, got [" + min + ", " + max + "]");
      }
    }

    @Override
    public Object sample(SplittableRandom random) {
      double lo = Math.log(min);
      return Math.exp(lo + (Math.log(max) - lo) * random.nextDouble());
    }
  }

  /** A whole number in [min, max], both ends included. */
  record IntRange(long min, long max) implements SearchDimension {
    /** Checks min <= max. */
    public IntRange {
      if (min > max) {
        throw new IllegalArgumentException("int-range needs min <= max, got [" + min + ", " + max + "]");
      }
    }

    @Override
    public Object sample(SplittableRandom random) {
      return min + random.nextLong(max - min + 1);
    }
  }
}
