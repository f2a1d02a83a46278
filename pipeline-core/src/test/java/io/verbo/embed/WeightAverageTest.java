package io.verbo.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Averaging math; plain Java. */
class WeightAverageTest {
  private static Word2VecWeights weights(float... syn0) {
    return new Word2VecWeights(1, syn0.length, syn0, new float[syn0.length], null);
  }

  private static WeightAverage left() {
    return WeightAverage.of(weights(1, 2, 3), new KernelStats(10, 8, 20, 4.0))
        .merge(WeightAverage.of(weights(4, 5, 6), new KernelStats(5, 4, 10, 2.0)));
  }

  private static WeightAverage right() {
    return WeightAverage.of(weights(-2, 2, 0.5f), new KernelStats(1, 1, 1, 1.0))
        .merge(WeightAverage.statsOnly(new KernelStats(0, 0, 0, 0)));
  }

  @Test
  void averageIsTheMeanOfTheCopiesWhateverTheMergeOrder() {
    Word2VecWeights start = weights(0, 0, 0);
    // merge consumes its argument (Spark's aggregate contract), so each order gets fresh parts.
    Word2VecWeights a = WeightAverage.empty().merge(left()).merge(right()).average(start);
    Word2VecWeights b = WeightAverage.empty().merge(right()).merge(WeightAverage.empty()).merge(left()).average(start);
    assertThat(a.syn0()).as("mean of three copies; an idle partition does not count")
        .containsExactly(1f, 3f, 9.5f / 3f);
    assertThat(b.syn0()).as("merge order does not matter").containsExactly(a.syn0());
    assertThat(WeightAverage.empty().merge(left()).merge(right()).stats())
        .as("stats of every partition are summed").isEqualTo(new KernelStats(16, 13, 31, 7.0));
  }

  @Test
  void identicalShardsAverageToTheSingleShardResultExactly() {
    PlantedCorpus corpus = new PlantedCorpus(300, 5);
    Word2VecSettings s = PlantedCorpus.settings(Word2VecArchitecture.SKIP_GRAM, 5, true, 1);
    TrainingTables tables = TrainingTables.build(corpus.vocab, s);
    Word2VecWeights start = Word2VecWeights.initialize(corpus.vocab, s);
    TrainingPlan plan = new TrainingPlan(new long[][] {TrainingPlan.wordsPerRound(corpus.sentences, 1)}, s);
    WeightAverage sum = WeightAverage.empty();
    Word2VecWeights single = null;
    for (int copy = 0; copy < 5; copy++) {
      Word2VecWeights w = start.copy();
      new CpuWord2VecKernel(s, tables).train(w, corpus.sentences.iterator(), plan.schedule(0, 0, 0));
      single = w;
      sum = sum.merge(WeightAverage.of(w.copy(), KernelStats.EMPTY));
    }
    Word2VecWeights avg = sum.average(start);
    assertThat(sum.count()).isEqualTo(5);
    assertThat(avg.syn0()).as("input vectors: mean of identical copies is the copy").containsExactly(single.syn0());
    assertThat(avg.syn1neg()).as("negative-sampling weights too").containsExactly(single.syn1neg());
    assertThat(avg.syn1()).as("hierarchical-softmax weights too").containsExactly(single.syn1());
    assertThat(WeightAverage.empty().merge(WeightAverage.of(single, KernelStats.EMPTY)).average(start).syn0())
        .as("one partition averages to itself").isSameAs(single.syn0());
    assertThat(WeightAverage.empty().average(start)).as("nobody trained: keep the start").isSameAs(start);
  }

  @Test
  void mismatchedShapesAreRejected() {
    WeightAverage a = WeightAverage.of(weights(1, 2), KernelStats.EMPTY);
    assertThatThrownBy(() -> a.merge(WeightAverage.of(weights(1, 2, 3), KernelStats.EMPTY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different shapes");
  }
}
