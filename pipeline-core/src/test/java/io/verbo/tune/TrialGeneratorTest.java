package io.verbo.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import io.verbo.config.InvalidConfigException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrialGeneratorTest {
  private static SearchSpace space(String hocon) {
    return SearchSpace.fromConfig(ConfigFactory.parseString(hocon));
  }

  @Test
  void gridIsTheCartesianProductInKeyOrder() {
    SearchSpace s = space("\"b.units\" = [64, 128]\n\"a.batch\" = [16, 32, 64]");
    List<Trial> trials = TrialGenerator.grid(s, 7);
    assertThat(trials).as("2 x 3 combinations").hasSize(6);
    assertThat(trials.get(0).params()).as("keys sorted, last varies fastest")
        .containsExactly(java.util.Map.entry("a.batch", 16), java.util.Map.entry("b.units", 64));
    assertThat(trials.get(1).params().get("b.units")).isEqualTo(128);
    assertThat(trials.get(2).params().get("a.batch")).isEqualTo(32);
    assertThat(new HashSet<>(trials.stream().map(Trial::params).toList())).as("all distinct").hasSize(6);
    assertThat(trials).extracting(Trial::index).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(TrialGenerator.grid(s, 7)).as("deterministic").isEqualTo(trials);
    assertThat(trials.get(0).overrides()).containsExactly("a.batch=16", "b.units=64");
  }

  @Test
  void trialSeedsAreDistinctAndStable() {
    Set<Long> seeds = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seeds.add(TrialGenerator.trialSeed(42, i));
    }
    assertThat(seeds).as("no collisions").hasSize(1000);
    assertThat(TrialGenerator.trialSeed(42, 3)).isEqualTo(TrialGenerator.trialSeed(42, 3));
    assertThat(TrialGenerator.trialSeed(43, 3)).as("sweep seed matters").isNotEqualTo(TrialGenerator.trialSeed(42, 3));
  }

  @Test
  void randomSamplesRespectBoundsAndArePrefixStable() {
    SearchSpace s =
        space(
            "lr { log-uniform = [1e-4, 1e-1] }\n"
                + "dropout { uniform = [0.1, 0.5] }\n"
                + "batch { int-range = [16, 18] }\n"
                + "frozen { choice = [true, false] }\n"
                + "units = [32, 64]");
    List<Trial> many = TrialGenerator.random(s, 400, 5);
    Set<Object> batches = new HashSet<>();
    int lowDecade = 0;
    for (Trial t : many) {
      double lr = (Double) t.params().get("lr");
      assertThat(lr).isBetween(1e-4, 1e-1);
      if (lr < 1e-3) {
        lowDecade++;
      }
      assertThat((Double) t.params().get("dropout")).isBetween(0.1, 0.5);
      batches.add(t.params().get("batch"));
      assertThat(t.params().get("frozen")).isIn(true, false);
      assertThat(t.params().get("units")).isIn(32, 64);
    }
    assertThat(batches).as("int-range includes both ends").containsExactlyInAnyOrder(16L, 17L, 18L);
    assertThat(lowDecade).as("log-uniform: about a third of samples in the lowest of three decades").isBetween(100, 170);
    assertThat(TrialGenerator.random(s, 8, 5)).as("the first 8 of 400 equal a sweep of 8").isEqualTo(many.subList(0, 8));
    assertThat(TrialGenerator.random(s, 8, 6)).as("another seed, other trials").isNotEqualTo(many.subList(0, 8));
  }

  @Test
  void badSpacesNameTheEntry() {
    assertThatThrownBy(() -> space("lr { gaussian = [0, 1] }")).isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.sweep.space.lr").hasMessageContaining("not a distribution");
    assertThatThrownBy(() -> space("lr { log-uniform = [0, 1] }")).isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("0 < min < max");
    assertThatThrownBy(() -> space("units = []")).isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.sweep.space.units");
    assertThatThrownBy(() -> space("lr = 0.1")).isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("must be a list");
    assertThatThrownBy(() -> space("")).isInstanceOf(InvalidConfigException.class).hasMessageContaining("names no parameter");
    assertThatThrownBy(() -> TrialGenerator.grid(space("lr { uniform = [0, 1] }"), 1))
        .isInstanceOf(InvalidConfigException.class).hasMessageContaining("grid search needs a list");
  }
}
