package io.verbo.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.config.InvalidConfigException;
import io.verbo.sentiment.StoppingMetric;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Sweep settings, trial columns, the median rule, best-trial selection and the mode choice, without Spark. */
class SweepSettingsTest {
  private static SweepSettings parse(String... sets) {
    return SweepSettings.fromConfig(SweepFixtures.config("/tmp/unused", sets));
  }

  @Test
  void parsesTheSpaceAndDefaults() {
    SweepSettings s =
        parse(
            "verbo.sweep.space={\"verbo.sentiment.network.lstm-units\" = [8, 16],"
                + " \"verbo.sentiment.training.learning-rate\" { log-uniform = [1e-4, 1e-2] }}",
            "verbo.sweep.trials=5");
    assertThat(s.mode()).as("default mode").isEqualTo(SweepMode.AUTO);
    assertThat(s.folds()).as("default folds").isEqualTo(3);
    assertThat(s.metric()).as("default metric").isEqualTo(StoppingMetric.MACRO_F1);
    assertThat(s.generateTrials()).as("a distribution makes auto strategy random, with trials n").hasSize(5);
    assertThat(s.parameterColumns())
        .as("column names in key order")
        .containsExactly("p_network_lstm_units", "p_training_learning_rate");
  }

  @Test
  void gridExpandsEveryCombinationDeterministically() {
    SweepSettings s =
        parse("verbo.sweep.space={\"verbo.sentiment.network.lstm-units\" = [8, 16],"
            + " \"verbo.sentiment.network.freeze-embeddings\" = [true, false], \"verbo.sentiment.embeddings\" = [\"\", w2v]}");
    List<Trial> trials = s.generateTrials();
    assertThat(trials).as("2 x 2 x 2 grid").hasSize(8);
    assertThat(trials).extracting(Trial::params).as("every combination once").doesNotHaveDuplicates();
    assertThat(parse("verbo.sweep.space={\"verbo.sentiment.network.lstm-units\" = [8, 16],"
            + " \"verbo.sentiment.network.freeze-embeddings\" = [true, false], \"verbo.sentiment.embeddings\" = [\"\", w2v]}")
            .generateTrials())
        .as("same space and seed, same trials and seeds")
        .isEqualTo(trials);
  }

  @Test
  void keyOutsideTheTrainingSettingsIsAConfigErrorNamingIt() {
    assertThatThrownBy(() -> parse("verbo.sweep.space={\"verbo.sentiment.dropout\" = [0.1, 0.2]}"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.sentiment.dropout")
        .hasMessageContaining("did you mean verbo.sentiment.network.dropout");
    assertThatThrownBy(() -> parse("verbo.sweep.space={\"verbo.vocab.min-count\" = [1, 2]}"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.vocab.min-count")
        .hasMessageContaining("not a searchable verbo.sentiment training key");
    assertThatThrownBy(() -> parse("verbo.sweep.space={}"))
        .as("an empty space")
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.sweep.space");
    assertThatThrownBy(() -> parse("verbo.sweep.space={\"verbo.sentiment.network.dropout\" = [0.1]}", "verbo.sweep.folds=1"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.sweep.folds");
    assertThatThrownBy(() -> parse("verbo.sweep.space={\"verbo.sentiment.network.dropout\" = [0.1]}", "verbo.sweep.mode=fast"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.sweep.mode");
  }

  @Test
  void randomSamplesStayInBounds() {
    SweepSettings s =
        parse(
            "verbo.sweep.space={\"verbo.sentiment.network.dropout\" { uniform = [0.1, 0.5] },"
                + " \"verbo.sentiment.network.lstm-units\" { int-range = [4, 9] },"
                + " \"verbo.sentiment.training.learning-rate\" { log-uniform = [1e-4, 1e-2] }}",
            "verbo.sweep.trials=200");
    for (Trial t : s.generateTrials()) {
      assertThat((double) t.params().get("verbo.sentiment.network.dropout")).as("uniform bounds").isBetween(0.1, 0.5);
      assertThat((long) t.params().get("verbo.sentiment.network.lstm-units")).as("int-range bounds").isBetween(4L, 9L);
      assertThat((double) t.params().get("verbo.sentiment.training.learning-rate")).as("log-uniform bounds").isBetween(1e-4, 1e-2);
    }
  }

  @Test
  void trialsTableSchemaHasTheAgreedColumns() {
    Trial a = new Trial(0, Map.of("verbo.sentiment.network.lstm-units", 8, "verbo.sentiment.embeddings", ""), 1L);
    Map<String, Boolean> numeric = TrialColumns.numericKeys(List.of(a));
    StructType schema = TrialColumns.schema(List.of("verbo.sentiment.embeddings", "verbo.sentiment.network.lstm-units"), numeric);
    assertThat(schema.fieldNames())
        .as("exact column order")
        .containsExactly("sweep_id", "trial_id", "fold", "status", "seed", "params", "p_embeddings",
            "p_network_lstm_units", "metric", "objective", "metrics", "epochs_run", "duration_s", "error");
    assertThat(schema.apply("p_network_lstm_units").dataType()).as("numeric parameter").isEqualTo(DataTypes.DoubleType);
    assertThat(schema.apply("p_embeddings").dataType()).as("string parameter").isEqualTo(DataTypes.StringType);
    StructField metrics = schema.apply("metrics");
    assertThat(metrics.dataType()).isEqualTo(DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType));
  }

  private static TrialResult completed(int trial, int fold, double... curve) {
    List<Double> c = java.util.Arrays.stream(curve).boxed().toList();
    return new TrialResult("s", trial, fold, "completed", 1L, Map.of(), "macro_f1", c.get(c.size() - 1),
        Map.of(), c.size(), 1.0, null, c);
  }

  @Test
  void medianRuleStopsOnlyTrialsWorseThanTheMedianAfterTheGrace() {
    MedianStoppingRule rule = new MedianStoppingRule(StoppingMetric.MACRO_F1, 1, 2);
    List<TrialResult> done = List.of(completed(0, 0, 0.6, 0.8), completed(1, 0, 0.7, 0.9), completed(2, 1, 0.1, 0.1));
    assertThat(rule.shouldStop(1, 0.1, 0, 5, done)).as("within the grace period").isEmpty();
    assertThat(rule.shouldStop(2, 0.84, 0, 5, done)).as("median of 0.8 and 0.9 is 0.85: worse").isPresent();
    assertThat(rule.shouldStop(2, 0.86, 0, 5, done)).as("better than the median").isEmpty();
    assertThat(rule.shouldStop(2, 0.5, 1, 5, done)).as("only one completed trial of fold 1").isEmpty();
    MedianStoppingRule loss = new MedianStoppingRule(StoppingMetric.LOSS, 0, 1);
    assertThat(loss.shouldStop(1, 0.9, 0, 5, List.of(completed(0, 0, 0.5)))).as("loss: higher is worse").isPresent();
    assertThat(loss.shouldStop(1, 0.4, 0, 5, List.of(completed(0, 0, 0.5)))).isEmpty();
  }

  @Test
  void bestTrialNeedsEveryFoldCompletedAndFollowsTheDirection() {
    List<TrialResult> rs = List.of(
        completed(0, 0, 0.7), completed(0, 1, 0.9),
        completed(1, 0, 0.95), TrialResult.failed("s", new Trial(1, Map.of(), 1L), 1, "macro_f1", new IllegalStateException("x"), 0),
        completed(2, 0, 0.6), completed(2, 1, 0.6));
    BestTrial best = BestTrial.select(rs, 2, StoppingMetric.MACRO_F1).orElseThrow();
    assertThat(best.trialId()).as("trial 1 failed a fold; trial 0 has the best mean").isZero();
    assertThat(best.meanObjective()).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(best.stdObjective()).as("sample std").isCloseTo(Math.sqrt(0.02), org.assertj.core.api.Assertions.within(1e-9));
    assertThat(BestTrial.select(rs, 2, StoppingMetric.LOSS).orElseThrow().trialId()).as("lower is better").isEqualTo(2);
  }

  @Test
  void autoModePrefersParallelOnlyWhenSlotsFillAndDataFits() {
    long gb = 1L << 30;
    assertThat(SweepModeChooser.choose(SweepMode.AUTO, 8, 4, 10 << 20, gb).mode()).isEqualTo(SweepMode.PARALLEL);
    assertThat(SweepModeChooser.choose(SweepMode.AUTO, 2, 4, 10 << 20, gb).mode()).as("idle slots").isEqualTo(SweepMode.DISTRIBUTED);
    assertThat(SweepModeChooser.choose(SweepMode.AUTO, 8, 4, gb, gb).mode()).as("too big").isEqualTo(SweepMode.DISTRIBUTED);
    assertThat(SweepModeChooser.choose(SweepMode.PARALLEL, 1, 4, gb, gb).reason()).contains("configured");
  }

  @Test
  void exampleSweepConfigurationParses() {
    java.nio.file.Path example = io.verbo.testing.TestPaths.repoRoot().resolve("conf/sweep-example.conf");
    SweepSettings s = SweepSettings.fromConfig(
        io.verbo.config.ConfigLoader.resolve(java.util.Optional.of(example), List.of()));
    assertThat(s.id()).isEqualTo("example");
    assertThat(s.generateTrials()).as("2 x 2 grid").hasSize(4);
    assertThat(s.folds()).isEqualTo(2);
  }
}
