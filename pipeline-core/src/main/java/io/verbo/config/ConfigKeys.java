package io.verbo.config;

import io.verbo.embed.EmbeddingKeys;
import io.verbo.gpu.GpuSettings;
import io.verbo.sentiment.SentimentSettings;
import java.util.List;

/**
 * Every configuration key, side by side. Defaults and documentation live in {@code
 * conf/reference.conf}; a test pins that both agree.
 */
public final class ConfigKeys {
  private ConfigKeys() {}

  /** Run root. */
  public static final String RUN_ROOT = "verbo.run.root";

  /** Spark application name. */
  public static final String SPARK_APP_NAME = "verbo.spark.app-name";
  /** Master URL used when spark-submit gave none. */
  public static final String SPARK_MASTER = "verbo.spark.master";
  /** Open map of extra spark.* settings. */
  public static final String SPARK_CONF = "verbo.spark.conf";

  /** Input paths. */
  public static final String INPUT_PATHS = "verbo.input.paths";
  /** Input format. */
  public static final String INPUT_FORMAT = "verbo.input.format";
  /** Id column. */
  public static final String INPUT_ID_COLUMN = "verbo.input.id-column";
  /** Text columns. */
  public static final String INPUT_TEXT_COLUMNS = "verbo.input.text-columns";
  /** Optional title column put before the body. */
  public static final String INPUT_TITLE_COLUMN = "verbo.input.title-column";
  /** Label column. */
  public static final String INPUT_LABEL_COLUMN = "verbo.input.label-column";
  /** Language column. */
  public static final String INPUT_LANG_COLUMN = "verbo.input.lang-column";
  /** Document size cap in characters. */
  public static final String INPUT_MAX_DOC_CHARS = "verbo.input.max-doc-chars";
  /** CSV/TSV header flag. */
  public static final String INPUT_HEADER = "verbo.input.header";
  /** CSV separator. */
  public static final String INPUT_SEPARATOR = "verbo.input.separator";
  /** Minimum input partitions. */
  public static final String INPUT_MIN_PARTITIONS = "verbo.input.min-partitions";

  /** Ordered class names. */
  public static final String LABELS_CLASSES = "verbo.labels.classes";
  /** Open map raw value to class. */
  public static final String LABELS_MAPPING = "verbo.labels.mapping";

  /** Tokenizer lower-casing. */
  public static final String TOKENIZER_LOWERCASE = "verbo.tokenizer.lowercase";
  /** Tokenizer accent stripping. */
  public static final String TOKENIZER_STRIP_ACCENTS = "verbo.tokenizer.strip-accents";
  /** Tokenizer maximum tokens per document. */
  public static final String TOKENIZER_MAX_TOKENS = "verbo.tokenizer.max-tokens";

  /** Keep text in the tokens dataset. */
  public static final String OUTPUT_KEEP_TEXT = "verbo.output.keep-text";
  /** Raw characters kept per reject. */
  public static final String OUTPUT_REJECT_RAW_MAX_CHARS = "verbo.output.reject-raw-max-chars";

  /** Train fraction. */
  public static final String SPLIT_TRAIN = "verbo.split.train";
  /** Validation fraction. */
  public static final String SPLIT_VALIDATION = "verbo.split.validation";
  /** Test fraction. */
  public static final String SPLIT_TEST = "verbo.split.test";
  /** Split hash seed. */
  public static final String SPLIT_SEED = "verbo.split.seed";

  /** Vocabulary minimum count. */
  public static final String VOCAB_MIN_COUNT = "verbo.vocab.min-count";
  /** Vocabulary maximum size. */
  public static final String VOCAB_MAX_SIZE = "verbo.vocab.max-size";
  /** Splits counted in the vocabulary. */
  public static final String VOCAB_SPLITS = "verbo.vocab.splits";
  /** Padding token. */
  public static final String VOCAB_PAD_TOKEN = "verbo.vocab.pad-token";
  /** Unknown token. */
  public static final String VOCAB_UNK_TOKEN = "verbo.vocab.unk-token";

  /** Embedding table name. */
  public static final String EMBEDDINGS_NAME = EmbeddingKeys.NAME;
  /** Splits that train the embeddings. */
  public static final String EMBEDDINGS_SPLITS = EmbeddingKeys.SPLITS;
  /** Vector file formats written. */
  public static final String EMBEDDINGS_FORMATS = EmbeddingKeys.FORMATS;
  /** Similarity files to evaluate on. */
  public static final String EMBEDDINGS_EVAL_SIMILARITY = "verbo.embeddings.eval.similarity";
  /** Analogy files to evaluate on. */
  public static final String EMBEDDINGS_EVAL_ANALOGY = "verbo.embeddings.eval.analogy";
  /** Probe words. */
  public static final String EMBEDDINGS_EVAL_PROBES = "verbo.embeddings.eval.probes";
  /** Neighbours per probe. */
  public static final String EMBEDDINGS_EVAL_NEIGHBOURS = "verbo.embeddings.eval.neighbours";
  /** Vocabulary restriction of evaluation. */
  public static final String EMBEDDINGS_EVAL_RESTRICT_VOCAB = "verbo.embeddings.eval.restrict-vocab";
  /** Pretrained vectors to import. */
  public static final String EMBEDDINGS_IMPORT_PATH = "verbo.embeddings.import.path";
  /** Their format. */
  public static final String EMBEDDINGS_IMPORT_FORMAT = "verbo.embeddings.import.format";

  /** Pipeline stages. */
  public static final String PIPELINE_STAGES = "verbo.pipeline.stages";

  /** Keys whose children are free-form (any key is accepted below them). */
  public static final List<String> OPEN_MAPS =
      List.of(SPARK_CONF, LABELS_MAPPING, io.verbo.tune.SweepSettings.SPACE);

  /** Every leaf key, in reference.conf order. */
  public static final List<String> ALL = all();

  private static List<String> all() {
    List<String> keys = new java.util.ArrayList<>(List.of(
          RUN_ROOT,
          SPARK_APP_NAME,
          SPARK_MASTER,
          SPARK_CONF,
          INPUT_PATHS,
          INPUT_FORMAT,
          INPUT_ID_COLUMN,
          INPUT_TEXT_COLUMNS,
          INPUT_TITLE_COLUMN,
          INPUT_LABEL_COLUMN,
          INPUT_LANG_COLUMN,
          INPUT_MAX_DOC_CHARS,
          INPUT_HEADER,
          INPUT_SEPARATOR,
          INPUT_MIN_PARTITIONS,
          LABELS_CLASSES,
          LABELS_MAPPING,
          TOKENIZER_LOWERCASE,
          TOKENIZER_STRIP_ACCENTS,
          TOKENIZER_MAX_TOKENS,
          OUTPUT_KEEP_TEXT,
          OUTPUT_REJECT_RAW_MAX_CHARS,
          SPLIT_TRAIN,
          SPLIT_VALIDATION,
          SPLIT_TEST,
          SPLIT_SEED,
          VOCAB_MIN_COUNT,
          VOCAB_MAX_SIZE,
          VOCAB_SPLITS,
          VOCAB_PAD_TOKEN,
          VOCAB_UNK_TOKEN,
          EMBEDDINGS_NAME,
          EmbeddingKeys.ARCHITECTURE,
          EmbeddingKeys.VECTOR_SIZE,
          EmbeddingKeys.WINDOW,
          EmbeddingKeys.NEGATIVE,
          EmbeddingKeys.HIERARCHICAL_SOFTMAX,
          EmbeddingKeys.SAMPLE,
          EmbeddingKeys.ALPHA,
          EmbeddingKeys.MIN_ALPHA,
          EmbeddingKeys.EPOCHS,
          EmbeddingKeys.ROUNDS_PER_EPOCH,
          EmbeddingKeys.NUM_PARTITIONS,
          EmbeddingKeys.AGGREGATION_DEPTH,
          EmbeddingKeys.SEED,
          EmbeddingKeys.MAX_SENTENCE_LENGTH,
          EMBEDDINGS_SPLITS,
          EMBEDDINGS_FORMATS,
          EMBEDDINGS_EVAL_SIMILARITY,
          EMBEDDINGS_EVAL_ANALOGY,
          EMBEDDINGS_EVAL_PROBES,
          EMBEDDINGS_EVAL_NEIGHBOURS,
          EMBEDDINGS_EVAL_RESTRICT_VOCAB,
          EMBEDDINGS_IMPORT_PATH,
          EMBEDDINGS_IMPORT_FORMAT));
    keys.add(SentimentStageSettings.RUN_ID);
    keys.add(SentimentStageSettings.EMBEDDINGS);
    keys.add(SentimentStageSettings.RESUME);
    keys.addAll(SentimentSettings.keys());
    keys.addAll(io.verbo.tune.SweepSettings.KEYS);
    keys.add(PIPELINE_STAGES);
    keys.addAll(RetrainSettings.KEYS);
    keys.addAll(GpuSettings.KEYS);
    return List.copyOf(keys);
  }
}
