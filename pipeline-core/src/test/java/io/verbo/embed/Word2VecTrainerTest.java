package io.verbo.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.config.InvalidConfigException;
import io.verbo.testing.SparkTestBase;
import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Distributed training on local[2]: equivalence with single-machine training, determinism, learning. */
class Word2VecTrainerTest extends SparkTestBase {
  private static final PlantedCorpus CORPUS = new PlantedCorpus(1200, 9);

  private static Dataset<Row> tokens(int inputPartitions) {
    StructType schema = new StructType()
        .add("doc_id", DataTypes.StringType, false)
        .add("tokens", DataTypes.createArrayType(DataTypes.StringType, false), false);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < CORPUS.documents.size(); i++) {
      // Every 50th document also carries a word the vocabulary does not have: it must be dropped.
      List<String> doc = new ArrayList<>(CORPUS.documents.get(i));
      if (i % 50 == 0) {
        doc.add("oov-word");
      }
      rows.add(RowFactory.create("doc-" + i, doc.toArray(new String[0])));
    }
    return spark.createDataFrame(rows, schema).repartition(inputPartitions);
  }

  @Test
  void onePartitionEqualsSingleMachineTrainingBitForBit() {
    Word2VecSettings s = PlantedCorpus.settings(Word2VecArchitecture.SKIP_GRAM, 3, true, 2).withDistribution(1, 3);
    Word2VecFit fit = new Word2VecTrainer(s).fit(spark, tokens(3), CORPUS.vocab);

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Vocabulary> b = jsc.broadcast(CORPUS.vocab);
    ShardedCorpus shard = ShardedCorpus.build(tokens(3), b, s, 1);
    List<int[]> order = shard.sentences().collect();
    shard.release();
    LocalWord2Vec.Result local = LocalWord2Vec.train(CORPUS.vocab, s, order, CpuWord2VecKernel.FACTORY);
    WordVectors expected = WordVectors.fromWeights(CORPUS.vocab, local.weights());

    assertThat(order).as("every document, in-vocabulary words only").hasSize(CORPUS.documents.size());
    assertThat(fit.corpusWords()).isEqualTo(CORPUS.sentences.stream().mapToLong(x -> x.length).sum());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(fit.vectors().vector(i)).as("vector of %s equals plain single-machine training", expected.token(i))
          .containsExactly(expected.vector(i));
    }
    assertThat(fit.rounds()).as("2 epochs x 3 rounds").hasSize(6);
    for (int r = 0; r < 6; r++) {
      assertThat(fit.rounds().get(r).stats()).as("round %d does the same work", r).isEqualTo(local.rounds().get(r));
    }
  }

  @Test
  void sameSeedAndPartitioningGiveTheSameVectorsWhateverTheInputSplits() {
    Word2VecSettings s = PlantedCorpus.settings(Word2VecArchitecture.CBOW, 5, false, 2).withDistribution(3, 2);
    WordVectors a = new Word2VecTrainer(s).fit(spark, tokens(2), CORPUS.vocab).vectors();
    WordVectors b = new Word2VecTrainer(s).fit(spark, tokens(5), CORPUS.vocab).vectors();
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.vector(i)).as("deterministic: %s", a.token(i)).containsExactly(a.vector(i));
    }
  }

  @Test
  void severalPartitionsAndRoundsStillLearnThePlantedGroups() {
    Word2VecSettings s = PlantedCorpus.settings(Word2VecArchitecture.SKIP_GRAM, 5, false, 6).withDistribution(3, 2);
    Word2VecFit fit = new Word2VecTrainer(s).fit(spark, tokens(2), CORPUS.vocab);
    assertThat(PlantedCorpus.separation(fit.vectors()))
        .as("words sharing contexts closer than unrelated words after averaging").isGreaterThan(0.3);
    assertThat(fit.partitions()).isEqualTo(3);
    assertThat(fit.rounds()).hasSize(12);
    for (RoundStats r : fit.rounds()) {
      assertThat(r.partitionsAveraged()).as("every partition had sentences").isEqualTo(3);
      assertThat(r.alphaEnd()).as("learning rate decays within a round").isLessThan(r.alphaStart());
      assertThat(r.line()).startsWith("train-embeddings " + r.description() + ": ");
    }
    for (int i = 1; i < fit.rounds().size(); i++) {
      assertThat(fit.rounds().get(i).alphaStart()).as("carried across rounds")
          .isCloseTo(fit.rounds().get(i - 1).alphaEnd(), org.assertj.core.data.Offset.offset(1e-12));
    }
    long perEpoch = fit.rounds().get(0).stats().wordsRead() + fit.rounds().get(1).stats().wordsRead();
    assertThat(perEpoch).as("the two rounds of an epoch cover the corpus once").isEqualTo(fit.corpusWords());
    assertThat(fit.rounds().get(11).stats().meanLoss()).as("loss falls").isLessThan(fit.rounds().get(0).stats().meanLoss());
  }

  @Test
  void aDatasetWithoutTokensIsRejectedBeforeTraining() {
    Dataset<Row> wrong = tokens(1).withColumnRenamed("tokens", "words");
    assertThatThrownBy(() -> new Word2VecTrainer(Word2VecSettings.defaults()).fit(spark, wrong, CORPUS.vocab))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("array<string> column 'tokens'");
  }

  @Test
  void weightsTooLargeForThisJvmFailBeforeAnySparkJobNamingEveryKeyAndItsFix() {
    // 100,002 rows x 10,000 dims x 2 matrices: 7.5 GiB per copy, far beyond the test JVM's heap and
    // Spark's default maxResultSize of 1g. No token is ever read: the check comes first.
    List<String> words = new ArrayList<>(List.of("<pad>", "<unk>"));
    for (int i = 0; i < 100_000; i++) {
      words.add("w" + i);
    }
    Vocabulary huge = new Vocabulary(words, new long[words.size()], new long[words.size()]);
    Word2VecSettings s = new Word2VecSettings(Word2VecArchitecture.SKIP_GRAM, 10_000, 5, 5, false, 1e-3, 0.025,
        0.0001, 1, 1, 2, 2, 1L, 10_000);
    int jobsBefore = spark.sparkContext().statusTracker().getJobIdsForGroup(null).length;

    assertThatThrownBy(() -> new Word2VecTrainer(s).fit(spark, spark.emptyDataFrame(), huge))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("2 memory limits are too small")
        .hasMessageContaining("-Xmx = \"" + MemoryEstimate.mib(Runtime.getRuntime().maxMemory()))
        .hasMessageContaining("VERBO_DRIVER_MEMORY=")
        .hasMessageContaining("local mode, one JVM: 10 copies (6 + 2 x 2 task slots)")
        .hasMessageContaining("spark.driver.maxResultSize = \"1g\"")
        .hasMessageContaining("raise spark.driver.maxResultSize")
        .satisfies(e -> assertThat(((InvalidConfigException) e).key()).isEqualTo(MemoryLimits.JVM_MAX_HEAP));
    assertThat(spark.sparkContext().statusTracker().getJobIdsForGroup(null))
        .as("no Spark job ran")
        .hasSize(jobsBefore);
  }
}
