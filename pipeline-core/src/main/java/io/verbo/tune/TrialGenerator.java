package io.verbo.tune;

import io.verbo.config.InvalidConfigException;
import io.verbo.corpus.StableHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Expands a {@link SearchSpace} into trials: the full grid (cartesian product, last key varying
 * fastest) or {@code n} random samples. Trial {@code i} depends only on (space, sweep seed, i), so a
 * random sweep extended from 8 to 16 trials keeps its first 8, and a resumed sweep regenerates the
 * same trials. Stateless.
 */
public final class TrialGenerator {
  private TrialGenerator() {}

  /**
   * @param sweepSeed the sweep's seed
   * @param trialIndex the trial's index
   * @return the trial's seed (distinct per index, stable across runs)
   */
  public static long trialSeed(long sweepSeed, int trialIndex) {
    return StableHash.mix(sweepSeed * 0x9E3779B97F4A7C15L + trialIndex + 1);
  }

  /**
   * @param space a space of grid lists only
   * @param sweepSeed the sweep's seed
   * @return every combination, in deterministic order
   * @throws InvalidConfigException if a dimension is a distribution
   */
  public static List<Trial> grid(SearchSpace space, long sweepSeed) {
    if (!space.isGrid()) {
      throw new InvalidConfigException(
          SearchSpace.KEY,
          space.dimensions().keySet(),
          "grid search needs a list of values for every key",
          "use lists only, or set verbo.sweep.strategy = random with verbo.sweep.trials");
    }
    List<String> keys = new ArrayList<>(space.dimensions().keySet());
    List<List<Object>> axes = new ArrayList<>();
    long total = 1;
    for (String k : keys) {
      List<Object> values = ((SearchDimension.GridValues) space.dimensions().get(k)).values();
      axes.add(values);
      total = Math.multiplyExact(total, values.size());
    }
    List<Trial> trials = new ArrayList<>();
    int[] at = new int[keys.size()];
    for (int t = 0; t < total; t++) {
      Map<String, Object> params = new LinkedHashMap<>();
      for (int d = 0; d < keys.size(); d++) {
        params.put(keys.get(d), axes.get(d).get(at[d]));
      }
      trials.add(new Trial(t, params, trialSeed(sweepSeed, t)));
      for (int d = keys.size() - 1; d >= 0; d--) {
        if (++at[d] < axes.get(d).size()) {
          break;
        }
        at[d] = 0;
      }
    }
    return trials;
  }

  /**
   * @param space any space (grid lists are sampled uniformly)
   * @param n number of trials
   * @param sweepSeed the sweep's seed
   * @return n sampled trials
   */
  public static List<Trial> random(SearchSpace space, int n, long sweepSeed) {
    if (n < 1) {
      throw new InvalidConfigException("verbo.sweep.trials", n, "must be >= 1", "set the number of random trials");
    }
    List<Trial> trials = new ArrayList<>(n);
    for (int t = 0; t < n; t++) {
      long seed = trialSeed(sweepSeed, t);
      SplittableRandom random = new SplittableRandom(seed);
      Map<String, Object> params = new LinkedHashMap<>();
      for (Map.Entry<String, SearchDimension> e : space.dimensions().entrySet()) {
        params.put(e.getKey(), e.getValue().sample(random));
      }
      trials.add(new Trial(t, params, seed));
    }
    return trials;
  }
}
