package io.verbo.embed;

import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Single-machine Word2Vec: the same kernel, plan, rounds and seeds as {@link Word2VecTrainer} with
 * one partition, without Spark. A distributed run with one partition over the same sentence order
 * gives bit-for-bit the same weights. Used for small corpora, tests and the kernel benchmark.
 * Stateless; each call is independent.
 */
public final class LocalWord2Vec {
  private LocalWord2Vec() {}

  /**
   * Trains from the deterministic initial weights.
   *
   * @param vocab the vocabulary the sentences are encoded with
   * @param settings hyperparameters ({@code numPartitions} is ignored: one shard)
   * @param sentences encoded sentences (no PAD or UNK), in training order
   * @param factory the kernel to use
   * @return the trained weights and the stats of each round, in order
   */
  public static Result train(
      Vocabulary vocab, Word2VecSettings settings, List<int[]> sentences, Word2VecKernel.Factory factory) {
    TrainingTables tables = TrainingTables.build(vocab, settings);
    Word2VecWeights weights = Word2VecWeights.initialize(vocab, settings);
    TrainingPlan plan = new TrainingPlan(new long[][] {TrainingPlan.wordsPerRound(sentences, settings.roundsPerEpoch())}, settings);
    Word2VecKernel kernel = factory.create(settings, tables);
    List<KernelStats> rounds = new ArrayList<>();
    for (int e = 0; e < settings.epochs(); e++) {
      for (int r = 0; r < settings.roundsPerEpoch(); r++) {
        Iterator<int[]> shard = TrainingPlan.roundOf(sentences.iterator(), r, settings.roundsPerEpoch());
        rounds.add(kernel.train(weights, shard, plan.schedule(e, r, 0)));
      }
    }
    return new Result(weights, List.copyOf(rounds));
  }

  /**
   * @param weights trained weights
   * @param rounds stats per round, in training order
   */
  public record Result(Word2VecWeights weights, List<KernelStats> rounds) {}
}
