package io.verbo.embed;

import io.verbo.VerboPipelineException;
import io.verbo.spark.JobStage;
import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Distributed Word2Vec by parameter averaging. Each round broadcasts the current weights; every
 * partition copies them, trains its shard of the round with a {@link Word2VecKernel}, and returns
 * its trained copy; a {@code treeAggregate} (final step on an executor) sums the copies so the
 * driver receives one sum, never every partition's copy; the mean starts the next round. The
 * learning rate decays over the whole run across rounds ({@link TrainingPlan}).
 *
 * <p>With one partition the result equals {@link LocalWord2Vec} on the same sentence order, bit
 * for bit. Driver-side object, not meant to be serialized; what tasks need travels in {@link
 * TrainShard}.
 */
public final class Word2VecTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(Word2VecTrainer.class);

  /** Stage name in the Spark UI. */
  public static final String STAGE = "train-embeddings";

  private final Word2VecSettings settings;
  private final Word2VecKernel.Factory kernels;

  /** @param settings hyperparameters; the CPU kernel is used */
  public Word2VecTrainer(Word2VecSettings settings) {
    this(settings, CpuWord2VecKernel.FACTORY);
  }

  /**
   * @param settings hyperparameters
   * @param kernels creates the per-partition kernel
   */
  public Word2VecTrainer(Word2VecSettings settings, Word2VecKernel.Factory kernels) {
    this.settings = settings;
    this.kernels = kernels;
  }

  /**
   * @param spark the session
   * @param tokens a dataset with an {@code array<string>} column {@code tokens} (and ideally {@code
   *     doc_id}), e.g. the tokens dataset of a run
   * @param vocab the vocabulary; its tokens except PAD and UNK are trained
   * @return the vectors and the training history
   * @throws io.verbo.config.InvalidConfigException if the memory settings cannot hold the weights
   * @throws VerboPipelineException if no token of the dataset is in the vocabulary
   */
  public Word2VecFit fit(SparkSession spark, Dataset<Row> tokens, Vocabulary vocab) {
    long start = System.nanoTime();
    Word2VecWeights.checkSize(vocab.size(), settings.vectorSize());
    MemoryEstimate memory = Word2VecMemory.check(spark, vocab.size(), settings);
    TrainingTables tables = TrainingTables.build(vocab, settings);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = settings.numPartitions() > 0 ? settings.numPartitions() : Math.max(1, tokens.rdd().getNumPartitions());
    try (JobStage stage = JobStage.begin(spark, STAGE, "distributed word2vec by parameter averaging")) {
      stage.step("encode and shard sentences");
      Broadcast<Vocabulary> bVocab = jsc.broadcast(vocab);
      ShardedCorpus corpus = ShardedCorpus.build(tokens, bVocab, settings, partitions);
      Broadcast<TrainingTables> bTables = jsc.broadcast(tables);
      try {
        TrainingPlan plan = corpus.plan(settings);
        if (plan.corpusWords() == 0) {
          throw new VerboPipelineException(
              "Cannot train embeddings: no token of the tokens dataset is in the vocabulary (besides PAD/UNK)."
                  + " Check verbo.embeddings.splits and that the vocabulary was built from the same run",
              null);
        }
        LOG.info("{}: {} words in {} sentence pieces over {} partition(s), vocabulary {}, {} x {} round(s)",
            STAGE, plan.corpusWords(), corpus.sentenceCount(), partitions, vocab.size(),
            settings.epochs(), settings.roundsPerEpoch());
        Word2VecWeights weights = Word2VecWeights.initialize(vocab, settings);
        List<RoundStats> rounds = new ArrayList<>();
        for (int e = 0; e < settings.epochs(); e++) {
          for (int r = 0; r < settings.roundsPerEpoch(); r++) {
            stage.step(RoundStats.description(e + 1, settings.epochs(), r + 1, settings.roundsPerEpoch()));
            long t0 = System.nanoTime();
            Broadcast<Word2VecWeights> bWeights = jsc.broadcast(weights);
            WeightAverage sum = corpus.sentences()
                .mapPartitionsWithIndex(new TrainShard(bWeights, bTables, settings, plan, e, r, kernels), true)
                .treeAggregate(WeightAverage.empty(), WeightAverage::merge, WeightAverage::merge,
                    settings.aggregationDepth(), true);
            bWeights.destroy();
            weights = sum.average(weights);
            long before = plan.wordsBefore(e, r);
            RoundStats stats = new RoundStats(e + 1, settings.epochs(), r + 1, settings.roundsPerEpoch(),
                sum.count(), sum.stats(), (System.nanoTime() - t0) / 1e9,
                plan.alphaAt(before), plan.alphaAt(before + plan.roundWords(r)));
            LOG.info(stats.line());
            rounds.add(stats);
          }
        }
        WordVectors vectors = WordVectors.fromWeights(vocab, weights);
        return new Word2VecFit(vectors, rounds, plan.corpusWords(), corpus.sentenceCount(), partitions, memory,
            (System.nanoTime() - start) / 1e9);
      } finally {
        corpus.release();
        bTables.destroy();
        bVocab.destroy();
      }
    }
  }

  /**
   * The task of one round on one partition: copy the broadcast weights, train this partition's
   * sentences of the round, return the copy (or only stats if the shard is empty). Serializable.
   */
  static final class TrainShard implements Function2<Integer, Iterator<int[]>, Iterator<WeightAverage>> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Word2VecWeights> weights;
    private final Broadcast<TrainingTables> tables;
    private final Word2VecSettings settings;
    private final TrainingPlan plan;
    private final int epoch;
    private final int round;
    private final Word2VecKernel.Factory kernels;

    TrainShard(Broadcast<Word2VecWeights> weights, Broadcast<TrainingTables> tables, Word2VecSettings settings,
        TrainingPlan plan, int epoch, int round, Word2VecKernel.Factory kernels) {
      this.weights = weights;
      this.tables = tables;
      this.settings = settings;
      this.plan = plan;
      this.epoch = epoch;
      this.round = round;
      this.kernels = kernels;
    }

    @Override
    public Iterator<WeightAverage> call(Integer partition, Iterator<int[]> sentences) {
      if (plan.shardWords(partition, round) == 0) {
        return List.of(WeightAverage.statsOnly(KernelStats.EMPTY)).iterator();
      }
      Word2VecWeights copy = weights.value().copy();
      Word2VecKernel kernel = kernels.create(settings, tables.value());
      KernelStats stats = kernel.train(
          copy, TrainingPlan.roundOf(sentences, round, settings.roundsPerEpoch()), plan.schedule(epoch, round, partition));
      return List.of(WeightAverage.of(copy, stats)).iterator();
    }
  }
}
