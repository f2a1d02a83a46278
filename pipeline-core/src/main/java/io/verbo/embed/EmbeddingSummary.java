package io.verbo.embed;

import java.util.Locale;

/**
 * What {@link EmbeddingService#train} did.
 *
 * @param name artifact name
 * @param words vectors written (vocabulary minus PAD and UNK)
 * @param dimension vector size
 * @param corpusWords in-vocabulary words of one epoch
 * @param sentences sentence pieces of one epoch
 * @param epochs epochs
 * @param rounds averaging rounds in total
 * @param partitions training partitions
 * @param finalLoss mean loss of the last round
 * @param wordsPerSecond words read per second of training
 * @param trainSeconds wall time of training
 * @param seconds wall time of the stage (training and writing)
 * @param output where the artifact was committed
 */
public record EmbeddingSummary(
    String name,
    int words,
    int dimension,
    long corpusWords,
    long sentences,
    int epochs,
    int rounds,
    int partitions,
    double finalLoss,
    double wordsPerSecond,
    double trainSeconds,
    double seconds,
    String output) {

  /** @return the one-line summary logged at the end of the stage */
  public String line() {
    return String.format(
        Locale.ROOT,
        "train-embeddings: %s: %d words x %d dims from %d corpus words (%d sentences), %d epochs, %d rounds,"
            + " %d partitions, final loss %.4f, %.0f words/s, in %.1f s (training %.1f s) -> %s",
        name, words, dimension, corpusWords, sentences, epochs, rounds, partitions, finalLoss, wordsPerSecond,
        seconds, trainSeconds, output);
  }
}
