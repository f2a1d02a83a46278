package io.verbo.embed;

/**
 * The configuration keys of the embedding stages, named in every validation message. The HOCON
 * defaults live in {@code conf/reference.conf} (wired by the job layer); these constants are the
 * names the records of this package validate against.
 */
public final class EmbeddingKeys {
  private EmbeddingKeys() {}

  /** Prefix of every key. */
  public static final String PREFIX = "verbo.embeddings.";
  /** {@code skip-gram} or {@code cbow}. */
  public static final String ARCHITECTURE = PREFIX + "architecture";
  /** Vector dimension. */
  public static final String VECTOR_SIZE = PREFIX + "vector-size";
  /** Maximum window radius (the effective radius is drawn per word in [1, window]). */
  public static final String WINDOW = PREFIX + "window";
  /** Negative samples per positive example (0 = none, needs hierarchical softmax). */
  public static final String NEGATIVE = PREFIX + "negative";
  /** Train with hierarchical softmax. */
  public static final String HIERARCHICAL_SOFTMAX = PREFIX + "hierarchical-softmax";
  /** Frequent-word subsampling threshold (0 = off). */
  public static final String SAMPLE = PREFIX + "sample";
  /** Starting learning rate. */
  public static final String ALPHA = PREFIX + "alpha";
  /** Final learning rate. */
  public static final String MIN_ALPHA = PREFIX + "min-alpha";
  /** Passes over the corpus. */
  public static final String EPOCHS = PREFIX + "epochs";
  /** Averaging rounds per epoch. */
  public static final String ROUNDS_PER_EPOCH = PREFIX + "rounds-per-epoch";
  /** Training partitions (0 = as many as the tokens dataset has). */
  public static final String NUM_PARTITIONS = PREFIX + "num-partitions";
  /** treeAggregate depth of the averaging. */
  public static final String AGGREGATION_DEPTH = PREFIX + "aggregation-depth";
  /** Seed of initialisation, sampling and partitioning. */
  public static final String SEED = PREFIX + "seed";
  /** Longer sentences are cut into pieces of this many words. */
  public static final String MAX_SENTENCE_LENGTH = PREFIX + "max-sentence-length";
  /** Splits of the tokens dataset trained on. */
  public static final String SPLITS = PREFIX + "splits";
  /** Name of the embeddings artifact ({@code embeddings/<name>/}). */
  public static final String NAME = PREFIX + "name";
  /** Extra output formats besides Parquet. */
  public static final String FORMATS = PREFIX + "formats";
}
