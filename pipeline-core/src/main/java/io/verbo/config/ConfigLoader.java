package io.verbo.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import io.verbo.corpus.CorpusFormat;
import io.verbo.embed.EmbeddingKeys;
import io.verbo.embed.EvaluationRequest;
import io.verbo.embed.VectorFormat;
import io.verbo.embed.Word2VecArchitecture;
import io.verbo.embed.Word2VecSettings;
import io.verbo.gpu.GpuSettings;
import io.verbo.gpu.UnsupportedGpuPolicy;
import io.verbo.sentiment.ClassWeighting;
import io.verbo.sentiment.DistributedSettings;
import io.verbo.sentiment.EncodingSettings;
import io.verbo.sentiment.NetworkSettings;
import io.verbo.sentiment.Pooling;
import io.verbo.sentiment.SentimentSettings;
import io.verbo.sentiment.StoppingMetric;
import io.verbo.sentiment.TrainingApproachSetting;
import io.verbo.sentiment.TrainingSettings;
import io.verbo.sentiment.Truncation;
import io.verbo.text.TokenizerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds a {@link VerboConfig} from HOCON with a documented precedence, highest first:
 *
 * <ol>
 *   <li>{@code --set key=value} overrides, in the order given (later wins);
 *   <li>the {@code --conf FILE}, if any;
 *   <li>{@code conf/reference.conf}, bundled in the jar.
 * </ol>
 *
 * <p>Environment variables and system properties are deliberately not consulted, so a run is
 * described completely by its files and flags (and recorded in {@code _metadata.json}).
 *
 * <p>Every problem is an {@link InvalidConfigException} naming the key, the value and the fix: an
 * unknown key (with the closest valid key suggested), a wrong type, an out-of-range value. Stateless
 * and thread-safe.
 */
public final class ConfigLoader {
  /** Classpath location of the bundled copy of {@code conf/reference.conf}. */
  public static final String REFERENCE_RESOURCE = "io/verbo/config/reference.conf";

  private ConfigLoader() {}

  /**
   * @param confFile optional user configuration file
   * @param overrides {@code key=value} strings from {@code --set}
   * @return the validated configuration
   * @throws InvalidConfigException on any configuration problem
   */
  public static VerboConfig load(Optional<Path> confFile, List<String> overrides) {
    return fromConfig(resolve(confFile, overrides));
  }

  /**
   * Merges the layers and rejects unknown keys, without building the records.
   *
   * @param confFile optional user configuration file
   * @param overrides {@code key=value} strings
   * @return the merged, resolved configuration
   * @throws InvalidConfigException on unknown keys, unreadable files or bad syntax
   */
  public static Config resolve(Optional<Path> confFile, List<String> overrides) {
    Config reference = reference();
    Config user = ConfigFactory.empty();
    if (confFile.isPresent()) {
      user = parseFile(confFile.get());
    }
    for (String override : overrides) {
      user = applyOverride(user, reference, override);
    }
    rejectUnknownKeys(user, reference);
    try {
      return user.withFallback(reference).resolve();
    } catch (ConfigException e) {
      throw new InvalidConfigException(
          keyOf(e), "Invalid configuration: " + e.getMessage() + ". Fix: correct the value.", e);
    }
  }

  /** @return the bundled reference configuration */
  public static Config reference() {
    return ConfigFactory.parseResources(
        ConfigLoader.class.getClassLoader(),
        REFERENCE_RESOURCE,
        ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF));
  }

  /**
   * Builds the records from an already merged configuration.
   *
   * @param c merged configuration (see {@link #resolve})
   * @return the validated configuration
   * @throws InvalidConfigException on wrong types or values
   */
  public static VerboConfig fromConfig(Config c) {
    return new VerboConfig(
        new RunSettings(str(c, ConfigKeys.RUN_ROOT)),
        new SparkSettings(
            str(c, ConfigKeys.SPARK_APP_NAME),
            str(c, ConfigKeys.SPARK_MASTER),
            stringMap(c, ConfigKeys.SPARK_CONF)),
        input(c),
        new LabelSettings(strList(c, ConfigKeys.LABELS_CLASSES), stringMap(c, ConfigKeys.LABELS_MAPPING)),
        tokenizer(c),
        new OutputSettings(
            bool(c, ConfigKeys.OUTPUT_KEEP_TEXT), integer(c, ConfigKeys.OUTPUT_REJECT_RAW_MAX_CHARS)),
        new SplitSettings(
            dbl(c, ConfigKeys.SPLIT_TRAIN),
            dbl(c, ConfigKeys.SPLIT_VALIDATION),
            dbl(c, ConfigKeys.SPLIT_TEST),
            lng(c, ConfigKeys.SPLIT_SEED)),
        new VocabSettings(
            integer(c, ConfigKeys.VOCAB_MIN_COUNT),
            integer(c, ConfigKeys.VOCAB_MAX_SIZE),
            strList(c, ConfigKeys.VOCAB_SPLITS),
            str(c, ConfigKeys.VOCAB_PAD_TOKEN),
            str(c, ConfigKeys.VOCAB_UNK_TOKEN)),
        embeddings(c),
        sentiment(c),
        new PipelineSettings(strList(c, ConfigKeys.PIPELINE_STAGES)),
        retrain(c),
        gpu(c));
  }

  private static RetrainSettings retrain(Config c) {
    String splitName = str(c, RetrainSettings.EVAL_SPLIT);
    if (!Split.isKnown(splitName)) {
      throw new InvalidConfigException(
          RetrainSettings.EVAL_SPLIT, splitName, "is not a split", "use test or validation");
    }
    String metricName = str(c, RetrainSettings.METRIC);
    StoppingMetric metric =
        java.util.Arrays.stream(StoppingMetric.values())
            .filter(m -> m.configName().equals(metricName.trim().toLowerCase(java.util.Locale.ROOT)))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidConfigException(
                        RetrainSettings.METRIC,
                        metricName,
                        "is not a metric",
                        "use macro_f1, accuracy, auc (binary problems) or loss"));
    return new RetrainSettings(
        str(c, RetrainSettings.REGISTRY),
        strList(c, RetrainSettings.REFRESH),
        metric,
        dbl(c, RetrainSettings.MARGIN),
        Split.of(splitName),
        bool(c, RetrainSettings.WARM_START));
  }

  /**
   * Builds only the GPU settings, for commands that need no input or run settings ({@code verbo
   * doctor}).
   *
   * @param c merged configuration (see {@link #resolve})
   * @return the GPU settings
   * @throws InvalidConfigException on a wrong value
   */
  public static GpuSettings gpu(Config c) {
    return new GpuSettings(UnsupportedGpuPolicy.fromConfig(str(c, GpuSettings.UNSUPPORTED)));
  }

  private static InputSettings input(Config c) {
    String formatName = str(c, ConfigKeys.INPUT_FORMAT);
    CorpusFormat format =
        CorpusFormat.fromConfigName(formatName)
            .orElseThrow(
                () ->
                    new InvalidConfigException(
                        ConfigKeys.INPUT_FORMAT,
                        formatName,
                        "is not a supported format",
                        "use one of " + CorpusFormat.configNames()));
    String separator = str(c, ConfigKeys.INPUT_SEPARATOR);
    if (separator.length() != 1) {
      throw new InvalidConfigException(
          ConfigKeys.INPUT_SEPARATOR, separator, "must be exactly one character", "use e.g. \",\"");
    }
    return new InputSettings(
        strList(c, ConfigKeys.INPUT_PATHS),
        format,
        str(c, ConfigKeys.INPUT_ID_COLUMN),
        strList(c, ConfigKeys.INPUT_TEXT_COLUMNS),
        str(c, ConfigKeys.INPUT_TITLE_COLUMN),
        str(c, ConfigKeys.INPUT_LABEL_COLUMN),
        str(c, ConfigKeys.INPUT_LANG_COLUMN),
        integer(c, ConfigKeys.INPUT_MAX_DOC_CHARS),
        bool(c, ConfigKeys.INPUT_HEADER),
        separator.charAt(0),
        integer(c, ConfigKeys.INPUT_MIN_PARTITIONS));
  }

  private static EmbeddingsSettings embeddings(Config c) {
    String arch = str(c, EmbeddingKeys.ARCHITECTURE);
    Word2VecSettings w2v =
        new Word2VecSettings(
            Word2VecArchitecture.parse(arch),
            integer(c, EmbeddingKeys.VECTOR_SIZE),
            integer(c, EmbeddingKeys.WINDOW),
            integer(c, EmbeddingKeys.NEGATIVE),
            bool(c, EmbeddingKeys.HIERARCHICAL_SOFTMAX),
            dbl(c, EmbeddingKeys.SAMPLE),
            dbl(c, EmbeddingKeys.ALPHA),
            dbl(c, EmbeddingKeys.MIN_ALPHA),
            integer(c, EmbeddingKeys.EPOCHS),
            integer(c, EmbeddingKeys.ROUNDS_PER_EPOCH),
            integer(c, EmbeddingKeys.NUM_PARTITIONS),
            integer(c, EmbeddingKeys.AGGREGATION_DEPTH),
            lng(c, EmbeddingKeys.SEED),
            integer(c, EmbeddingKeys.MAX_SENTENCE_LENGTH));
    List<VectorFormat> formats = new ArrayList<>();
    for (String f : strList(c, ConfigKeys.EMBEDDINGS_FORMATS)) {
      formats.add(VectorFormat.parse(f, ConfigKeys.EMBEDDINGS_FORMATS));
    }
    return new EmbeddingsSettings(
        str(c, ConfigKeys.EMBEDDINGS_NAME),
        w2v,
        strList(c, ConfigKeys.EMBEDDINGS_SPLITS),
        formats,
        new EvaluationRequest(
            strList(c, ConfigKeys.EMBEDDINGS_EVAL_SIMILARITY),
            strList(c, ConfigKeys.EMBEDDINGS_EVAL_ANALOGY),
            strList(c, ConfigKeys.EMBEDDINGS_EVAL_PROBES),
            integer(c, ConfigKeys.EMBEDDINGS_EVAL_NEIGHBOURS),
            integer(c, ConfigKeys.EMBEDDINGS_EVAL_RESTRICT_VOCAB)),
        str(c, ConfigKeys.EMBEDDINGS_IMPORT_PATH),
        VectorFormat.parse(str(c, ConfigKeys.EMBEDDINGS_IMPORT_FORMAT), ConfigKeys.EMBEDDINGS_IMPORT_FORMAT));
  }

  private static SentimentStageSettings sentiment(Config c) {
    EncodingSettings encoding =
        new EncodingSettings(
            integer(c, EncodingSettings.MAX_LEN),
            Truncation.fromConfig(str(c, EncodingSettings.TRUNCATION)),
            intList(c, EncodingSettings.BUCKET_BOUNDARIES),
            integer(c, EncodingSettings.BUCKET_COUNT));
    NetworkSettings network =
        new NetworkSettings(
            integer(c, NetworkSettings.EMBEDDING_DIM),
            bool(c, NetworkSettings.FREEZE_EMBEDDINGS),
            integer(c, NetworkSettings.LSTM_UNITS),
            integer(c, NetworkSettings.LSTM_LAYERS),
            bool(c, NetworkSettings.BIDIRECTIONAL),
            Pooling.fromConfig(str(c, NetworkSettings.POOLING)),
            dbl(c, NetworkSettings.DROPOUT),
            dbl(c, NetworkSettings.L2),
            dbl(c, NetworkSettings.GRADIENT_CLIP));
    TrainingSettings training =
        new TrainingSettings(
            integer(c, TrainingSettings.EPOCHS),
            dbl(c, TrainingSettings.LEARNING_RATE),
            integer(c, TrainingSettings.FINE_TUNE_EPOCHS),
            dbl(c, TrainingSettings.FINE_TUNE_LEARNING_RATE),
            ClassWeighting.fromConfig(str(c, TrainingSettings.CLASS_WEIGHTS)),
            get(TrainingSettings.EXPLICIT_CLASS_WEIGHTS, "a list of numbers",
                () -> c.getDoubleList(TrainingSettings.EXPLICIT_CLASS_WEIGHTS)),
            StoppingMetric.fromConfig(str(c, TrainingSettings.EARLY_STOPPING_METRIC)),
            integer(c, TrainingSettings.PATIENCE),
            lng(c, TrainingSettings.SEED),
            integer(c, TrainingSettings.KEEP_CHECKPOINTS));
    DistributedSettings distributed =
        new DistributedSettings(
            integer(c, DistributedSettings.BATCH_SIZE_PER_WORKER),
            integer(c, DistributedSettings.AVERAGING_FREQUENCY),
            integer(c, DistributedSettings.WORKER_PREFETCH),
            TrainingApproachSetting.fromConfig(str(c, DistributedSettings.TRAINING_APPROACH)),
            str(c, DistributedSettings.OFF_HEAP_MAX_BYTES),
            str(c, DistributedSettings.OFF_HEAP_MAX_PHYSICAL_BYTES),
            bool(c, DistributedSettings.COLLECT_TRAINING_STATS));
    return new SentimentStageSettings(
        str(c, SentimentStageSettings.RUN_ID),
        str(c, SentimentStageSettings.EMBEDDINGS),
        bool(c, SentimentStageSettings.RESUME),
        new SentimentSettings(encoding, network, training, distributed));
  }

  private static List<Integer> intList(Config c, String key) {
    return get(key, "a list of whole numbers", () -> c.getIntList(key));
  }

  private static TokenizerOptions tokenizer(Config c) {
    int maxTokens = integer(c, ConfigKeys.TOKENIZER_MAX_TOKENS);
    ConfigChecks.checkAtLeast(ConfigKeys.TOKENIZER_MAX_TOKENS, maxTokens, 0);
    return new TokenizerOptions(
        bool(c, ConfigKeys.TOKENIZER_LOWERCASE),
        bool(c, ConfigKeys.TOKENIZER_STRIP_ACCENTS),
        maxTokens);
  }

  private static Config parseFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidConfigException(
          "--conf",
          file.toString(),
          "no such file",
          "pass an existing HOCON file, e.g. --conf conf/local.conf");
    }
    try {
      return ConfigFactory.parseFile(
          file.toFile(),
          ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF));
    } catch (ConfigException e) {
      throw new InvalidConfigException(
          "--conf",
          "Cannot parse configuration file " + file + ": " + e.getMessage()
              + ". Fix: correct the HOCON syntax at the line shown.",
          e);
    }
  }

  /**
   * Applies one {@code key=value}. Values starting with {@code [} or <code>{</code>, or wrapped in
   * double quotes, are parsed as HOCON ({@code key=""} is the empty string); anything else is taken
   * literally (so {@code hdfs://host/path} needs no quoting). For a key that is a list in the
   * reference, a literal is split on commas.
   */
  private static Config applyOverride(Config user, Config reference, String override) {
    int eq = override.indexOf('=');
    if (eq <= 0) {
      throw new InvalidConfigException(
          "--set", override, "is not of the form key=value", "write --set verbo.run.root=/tmp/run");
    }
    String key = override.substring(0, eq).trim();
    String raw = override.substring(eq + 1).trim();
    ConfigValue value;
    try {
      if (raw.startsWith("[") || raw.startsWith("{") || (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\""))) {
        value = ConfigFactory.parseString("v = " + raw).getValue("v");
      } else if (reference.hasPath(key)
          && reference.getValue(key).valueType() == ConfigValueType.LIST) {
        List<String> items = new ArrayList<>();
        for (String item : raw.split(",", -1)) {
          if (!item.isBlank()) {
            items.add(item.trim());
          }
        }
        value = ConfigValueFactory.fromIterable(items, "--set " + key);
      } else {
        value = ConfigValueFactory.fromAnyRef(raw, "--set " + key);
      }
      return user.withValue(key, value);
    } catch (ConfigException e) {
      throw new InvalidConfigException(
          key,
          "Invalid --set " + override + ": " + e.getMessage()
              + ". Fix: quote map keys with dots, e.g. --set 'verbo.labels.mapping.\"5\"=positive'.",
          e);
    }
  }

  private static void rejectUnknownKeys(Config user, Config reference) {
    List<String> validKeys = new ArrayList<>(reference.entrySet().stream().map(Map.Entry::getKey).toList());
    validKeys.addAll(ConfigKeys.OPEN_MAPS);
    for (Map.Entry<String, ConfigValue> entry : user.entrySet()) {
      String key = entry.getKey();
      boolean open = ConfigKeys.OPEN_MAPS.stream().anyMatch(m -> key.startsWith(m + "."));
      if (open || reference.hasPath(key)) {
        continue;
      }
      String suggestion =
          ClosestKey.find(key, validKeys)
              .map(k -> "Did you mean " + k + "? ")
              .orElse("");
      throw new InvalidConfigException(
          key,
          entry.getValue().unwrapped(),
          "unknown key (from " + entry.getValue().origin().description() + ")",
          suggestion + "Every valid key is listed in conf/reference.conf");
    }
  }

  /** The first {@code verbo.*} key named in a Typesafe message, for the exception's key. */
  private static String keyOf(ConfigException e) {
    String msg = String.valueOf(e.getMessage());
    int start = msg.indexOf("verbo.");
    if (start < 0) {
      return "verbo";
    }
    int end = start;
    while (end < msg.length() && (Character.isLetterOrDigit(msg.charAt(end)) || msg.charAt(end) == '.' || msg.charAt(end) == '-')) {
      end++;
    }
    return msg.substring(start, end);
  }

  private static <T> T get(String key, String expected, Supplier<T> getter) {
    try {
      return getter.get();
    } catch (ConfigException.Missing e) {
      throw new InvalidConfigException(key, null, "is missing", "set it; see conf/reference.conf");
    } catch (ConfigException e) {
      throw new InvalidConfigException(
          key,
          "Invalid configuration " + key + ": expected " + expected + " (" + e.getMessage()
              + "). Fix: set " + key + " to " + expected + ".",
          e);
    }
  }

  private static String str(Config c, String key) {
    return get(key, "a string", () -> c.getString(key));
  }

  private static boolean bool(Config c, String key) {
    return get(key, "true or false", () -> c.getBoolean(key));
  }

  private static int integer(Config c, String key) {
    return get(key, "a whole number", () -> c.getInt(key));
  }

  private static long lng(Config c, String key) {
    return get(key, "a whole number", () -> c.getLong(key));
  }

  private static double dbl(Config c, String key) {
    return get(key, "a number", () -> c.getDouble(key));
  }

  private static List<String> strList(Config c, String key) {
    return get(key, "a list of strings such as [a, b]", () -> c.getStringList(key));
  }

  private static Map<String, String> stringMap(Config c, String key) {
    return get(
        key,
        "an object of strings such as { k = v }",
        () -> {
          Map<String, String> out = new LinkedHashMap<>();
          // Flatten: quoted ("spark.sql.x" = 1) and nested (spark.sql.x = 1) forms give one key.
          for (Map.Entry<String, ConfigValue> e : c.getConfig(key).entrySet()) {
            out.put(String.join(".", ConfigUtil.splitPath(e.getKey())), String.valueOf(e.getValue().unwrapped()));
          }
          return out;
        });
  }
}
