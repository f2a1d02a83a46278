package io.verbo.embed;

import io.verbo.corpus.StableHash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.config.InvalidConfigException;
import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kernel, its tables and schedule, and single-machine training; plain Java, no Spark. */
class Word2VecKernelTest {
  private static final PlantedCorpus CORPUS = new PlantedCorpus(1500, 3);

  private static WordVectors train(Word2VecSettings s) {
    LocalWord2Vec.Result r = LocalWord2Vec.train(CORPUS.vocab, s, CORPUS.sentences, CpuWord2VecKernel.FACTORY);
    return WordVectors.fromWeights(CORPUS.vocab, r.weights());
  }

  @Test
  void everyArchitectureLearnsThePlantedGroups() {
    for (Word2VecSettings s : List.of(
        PlantedCorpus.settings(Word2VecArchitecture.SKIP_GRAM, 5, false, 5),
        PlantedCorpus.settings(Word2VecArchitecture.CBOW, 5, false, 5),
        PlantedCorpus.settings(Word2VecArchitecture.SKIP_GRAM, 0, true, 5),
        PlantedCorpus.settings(Word2VecArchitecture.CBOW, 3, true, 5))) {
      WordVectors before = WordVectors.fromWeights(CORPUS.vocab, Word2VecWeights.initialize(CORPUS.vocab, s));
      WordVectors after = train(s);
      assertThat(PlantedCorpus.separation(before)).as("random start has no structure (%s)", s.architecture())
          .isBetween(-0.3, 0.3);
      assertThat(PlantedCorpus.separation(after))
          .as("words sharing contexts end up closer than unrelated words: %s neg=%d hs=%s",
              s.architecture(), s.negative(), s.hierarchicalSoftmax())
          .isGreaterThan(0.3);
    }
  }

  @Test
  void sigmoidTableIndexStaysInsideTheTableAtItsEdges() {
    int last = CpuWord2VecKernel.EXP_TABLE_SIZE - 1;
    // f == MAX_EXP passes the range checks (they exclude only f > MAX_EXP) and used to index one
    // slot past the table; an HS run with sample 1e-4 on corpus-en hit it.
    assertThat(CpuWord2VecKernel.tableIndex(CpuWord2VecKernel.MAX_EXP)).isEqualTo(last);
    assertThat(CpuWord2VecKernel.tableIndex(Math.nextDown((float) CpuWord2VecKernel.MAX_EXP))).isEqualTo(last);
    assertThat(CpuWord2VecKernel.tableIndex(-CpuWord2VecKernel.MAX_EXP)).isZero();
    assertThat(CpuWord2VecKernel.tableIndex(0f)).isEqualTo(CpuWord2VecKernel.EXP_TABLE_SIZE / 2);
  }

  @Test
  void lossFallsOverEpochs() {
    Word2VecSettings s = PlantedCorpus.settings(Word2VecArchitecture.SKIP_GRAM, 5, false, 4);
    List<KernelStats> rounds = LocalWord2Vec.train(CORPUS.vocab, s, CORPUS.sentences, CpuWord2VecKernel.FACTORY).rounds();
    assertThat(rounds).hasSize(4);
    assertThat(rounds.get(3).meanLoss()).as("loss estimate decreases").isLessThan(rounds.get(0).meanLoss());
    assertThat(rounds.get(0).wordsRead()).as("every word is read each epoch")
        .isEqualTo(CORPUS.sentences.stream().mapToLong(x -> x.length).sum());
  }

  @Test
  void sameSeedSameWeightsOtherSeedOtherWeights() {
    Word2VecSettings s = PlantedCorpus.settings(Word2VecArchitecture.SKIP_GRAM, 5, true, 2).withDistribution(0, 3);
    float[] a = LocalWord2Vec.train(CORPUS.vocab, s, CORPUS.sentences, CpuWord2VecKernel.FACTORY).weights().syn0();
    float[] b = LocalWord2Vec.train(CORPUS.vocab, s, CORPUS.sentences, CpuWord2VecKernel.FACTORY).weights().syn0();
    Word2VecSettings other = new Word2VecSettings(s.architecture(), s.vectorSize(), s.window(), s.negative(),
        s.hierarchicalSoftmax(), s.sample(), s.alpha(), s.minAlpha(), s.epochs(), s.roundsPerEpoch(), 0, 2, 8L, 10_000);
    float[] c = LocalWord2Vec.train(CORPUS.vocab, other, CORPUS.sentences, CpuWord2VecKernel.FACTORY).weights().syn0();
    assertThat(a).as("bit-for-bit reproducible under a fixed seed").containsExactly(b);
    assertThat(a).as("another seed gives other weights").isNotEqualTo(c);
  }

  @Test
  void initialVectorsDependOnlyOnSeedAndToken() {
    Word2VecSettings s = PlantedCorpus.settings(Word2VecArchitecture.SKIP_GRAM, 5, false, 1);
    Vocabulary v1 = new Vocabulary(List.of("<pad>", "<unk>", "hola", "mundo"), new long[] {0, 0, 5, 3}, new long[4]);
    Vocabulary v2 = new Vocabulary(List.of("<p>", "<u>", "mundo", "zeta", "hola"), new long[] {0, 0, 9, 4, 1}, new long[5]);
    WordVectors w1 = WordVectors.fromWeights(v1, Word2VecWeights.initialize(v1, s));
    WordVectors w2 = WordVectors.fromWeights(v2, Word2VecWeights.initialize(v2, s));
    assertThat(w1.vector("hola").orElseThrow()).as("same token, same start, whatever the vocabulary")
        .containsExactly(w2.vector("hola").orElseThrow());
    float[] h = w1.vector("hola").orElseThrow();
    for (float x : h) {
      assertThat(Math.abs(x)).as("word2vec.c's range (rand - 0.5) / dim").isLessThanOrEqualTo(0.5f / s.vectorSize());
    }
    Word2VecWeights w = Word2VecWeights.initialize(v1, s);
    assertThat(w.syn1neg()).as("output weights start at zero").containsOnly(0f);
    assertThat(w.syn1()).as("no HS matrix without hierarchical softmax").isNull();
  }

  @Test
  void huffmanCodesArePrefixFreeAndShorterForFrequentWords() {
    long[] counts = {0, 0, 50, 30, 10, 5, 3, 1, 1};
    HuffmanCodes h = HuffmanCodes.build(counts, 2);
    List<String> codes = new ArrayList<>();
    for (int w = 2; w < counts.length; w++) {
      StringBuilder c = new StringBuilder();
      for (int k = h.offsets()[w]; k < h.offsets()[w + 1]; k++) {
        c.append(h.codes()[k]);
        assertThat(h.points()[k]).as("points are inner nodes 0..n-2").isBetween(0, counts.length - 2 - 2);
      }
      codes.add(c.toString());
    }
    assertThat(h.offsets()[1]).as("PAD and UNK have no code").isZero();
    for (int i = 0; i < codes.size(); i++) {
      for (int j = 0; j < codes.size(); j++) {
        if (i != j) {
          assertThat(codes.get(j).startsWith(codes.get(i))).as("prefix-free: %s vs %s", codes.get(i), codes.get(j)).isFalse();
        }
      }
    }
    assertThat(codes.get(0).length()).as("most frequent word has the shortest code").isLessThanOrEqualTo(codes.get(5).length());
    for (int w = 2; w < counts.length; w++) {
      assertThat(h.points()[h.offsets()[w]]).as("every path starts at the root").isEqualTo(counts.length - 2 - 2);
    }
  }

  @Test
  void negativeSamplesFollowUnigramToThreeQuarters() {
    Vocabulary v = new Vocabulary(List.of("<pad>", "<unk>", "a", "b", "c", "d"), new long[] {0, 0, 1000, 300, 40, 2}, new long[6]);
    TrainingTables t = TrainingTables.build(v, Word2VecSettings.defaults());
    double[] expected = new double[6];
    double sum = 0;
    for (int i = 2; i < 6; i++) {
      expected[i] = Math.pow(v.count(i), 0.75);
      sum += expected[i];
    }
    long[] seen = new long[6];
    StableHash.SplitMix rng = new StableHash.SplitMix(11);
    int n = 400_000;
    for (int i = 0; i < n; i++) {
      seen[t.sampleNegative(rng.next(), rng.next())]++;
    }
    assertThat(seen[0] + seen[1]).as("PAD and UNK are never drawn").isZero();
    for (int i = 2; i < 6; i++) {
      assertThat(seen[i] / (double) n).as("share of %s", v.token(i)).isCloseTo(expected[i] / sum, org.assertj.core.data.Offset.offset(0.004));
    }
  }

  @Test
  void subsamplingKeepsRareWordsAndThinsFrequentOnes() {
    Vocabulary v = new Vocabulary(List.of("<pad>", "<unk>", "the", "rare"), new long[] {0, 0, 100_000, 10}, new long[4]);
    TrainingTables t = TrainingTables.build(v, Word2VecSettings.defaults());
    double f = 100_000;
    double thr = 1e-3 * 100_010;
    double p = (Math.sqrt(f / thr) + 1) * thr / f;
    assertThat(t.keepThreshold()[2] / (double) TrainingTables.ONE).as("word2vec.c's keep probability").isCloseTo(p, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(t.keepThreshold()[3]).as("rare words always kept").isEqualTo(TrainingTables.ONE);
  }

  @Test
  void learningRateDecaysLinearlyAcrossRoundsAndPartitions() {
    Word2VecSettings s = Word2VecSettings.defaults().withEpochs(2).withDistribution(2, 2);
    TrainingPlan plan = new TrainingPlan(new long[][] {{100, 50}, {300, 150}}, s);
    assertThat(plan.corpusWords()).isEqualTo(600);
    assertThat(plan.wordsBefore(1, 1)).as("epoch 1 round 1 starts after 600 + 400 words").isEqualTo(1000);
    ShardSchedule p0 = plan.schedule(1, 0, 0);
    ShardSchedule p1 = plan.schedule(1, 0, 1);
    assertThat(p0.alphaAt(50)).as("half of partition 0's shard = half of the round's 400 words")
        .isEqualTo(p1.alphaAt(150)).isEqualTo((float) plan.alphaAt(600 + 200));
    assertThat(p0.startAlpha()).as("carried across rounds").isEqualTo((float) (0.025 - (0.025 - 0.0001) * 600 / 1200));
    assertThat(plan.alphaAt(1200)).as("ends at min-alpha").isCloseTo(0.0001, org.assertj.core.data.Offset.offset(1e-12));
    Set<Long> seeds = new HashSet<>();
    for (int e = 0; e < 2; e++) {
      for (int r = 0; r < 2; r++) {
        for (int p = 0; p < 2; p++) {
          seeds.add(plan.schedule(e, r, p).rngSeed());
        }
      }
    }
    assertThat(seeds).as("one random stream per (round, partition)").hasSize(8);
  }

  @Test
  void settingsNameTheirKeys() {
    assertThatThrownBy(() -> new Word2VecSettings(Word2VecArchitecture.CBOW, 0, 5, 5, false, 1e-3, 0.05, 1e-4, 5, 1, 0, 2, 1, 10_000))
        .isInstanceOf(InvalidConfigException.class).hasMessageContaining("verbo.embeddings.vector-size");
    assertThatThrownBy(() -> new Word2VecSettings(Word2VecArchitecture.CBOW, 10, 5, 0, false, 1e-3, 0.05, 1e-4, 5, 1, 0, 2, 1, 10_000))
        .as("nothing to train").isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("verbo.embeddings.negative").hasMessageContaining("verbo.embeddings.hierarchical-softmax");
    assertThatThrownBy(() -> new Word2VecSettings(Word2VecArchitecture.CBOW, 10, 5, 5, false, 1e-3, 0.05, 0.1, 5, 1, 0, 2, 1, 10_000))
        .isInstanceOf(InvalidConfigException.class).hasMessageContaining("verbo.embeddings.min-alpha");
    assertThatThrownBy(() -> Word2VecArchitecture.parse("glove"))
        .isInstanceOf(InvalidConfigException.class).hasMessageContaining("verbo.embeddings.architecture").hasMessageContaining("cbow");
    assertThat(Word2VecArchitecture.parse("Skip-Gram")).isEqualTo(Word2VecArchitecture.SKIP_GRAM);
  }
}
