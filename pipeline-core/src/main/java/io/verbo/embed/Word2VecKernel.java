package io.verbo.embed;

import java.io.Serializable;
import java.util.Iterator;

/**
 * The per-partition hot path: trains weights in place on a stream of encoded sentences. One
 * implementation runs word2vec.c's algorithm on primitive arrays ({@link CpuWord2VecKernel}); others
 * (for example one on DL4J's native SkipGram/CBOW ops for the GPU backend) plug in through {@link
 * Factory} without touching the distributed trainer.
 *
 * <p>Contract: given the same weights, sentences, settings, tables and schedule, a kernel gives the
 * same result on every run (it draws all randomness from {@link ShardSchedule#rngSeed()}). An
 * instance is used by one thread; it may keep scratch buffers between calls.
 */
public interface Word2VecKernel {

  /**
   * @param weights weights to update in place (a private working copy, never a broadcast value)
   * @param sentences sentences as vocabulary indices; PAD and UNK never occur in them
   * @param schedule learning rate and random stream of this shard-round
   * @return what was done
   */
  KernelStats train(Word2VecWeights weights, Iterator<int[]> sentences, ShardSchedule schedule);

  /** Creates kernels on executors; must be serializable (it is shipped inside the task closure). */
  @FunctionalInterface
  interface Factory extends Serializable {
    /**
     * @param settings the hyperparameters
     * @param tables the broadcast lookup tables
     * @return a kernel for one task
     */
    Word2VecKernel create(Word2VecSettings settings, TrainingTables tables);
  }
}
