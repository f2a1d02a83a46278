package io.verbo.benchmarks.sentiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Command-line options of {@link SentimentBenchmark}; {@code --help} prints them. */
final class SentimentOptions {
  private static final Map<String, String[]> DEFAULTS = new LinkedHashMap<>();

  static {
    def("parts", "quality,restmex,speed", "parts to run, in this order: quality (MR k-fold CV), restmex, speed");
    def("data", "/work/shared/data", "the shared data folder");
    def("peers", "/work/shared/peers", "the shared peers folder (torch_lstm_sentiment.py)");
    def("python", "/usr/bin/python3", "python with torch (Debian python3-torch)");
    def("cpu-wrapper", "benchmarks/src/main/python/torch_cpu.py", "wrapper adding the peer's training CPU seconds");
    def("out", "benchmarks/results", "where sentiment-<part>-<stamp>.md/.json go");
    def("work", "benchmarks/target/sentiment-work", "scratch: checkpoints, vectors, Parquet");
    def("tag", "", "suffix of the result file names (default: UTC date-time)");
    def("folds", "10", "k of the stratified k-fold cross-validation (MR)");
    def("run-folds", "", "run only the first N folds of the k (default: all k); reported as such");
    def("configs", "random,ours-frozen,ours-finetuned", "MR configurations: random, random-frozen, ours-frozen, ours-finetuned (continues ours-frozen's run), ours-trainable (our vectors as init, trained from epoch 1)");
    def("concurrent", "2", "folds trained at the same time (one thread each, 1 OpenMP thread each)");
    def("epochs", "8", "maximum epochs of the first stage (early stopping on the inner validation split)");
    def("fine-tune-epochs", "3", "maximum epochs of the fine-tuning stage (ours-finetuned)");
    def("fine-tune-lr", "1e-4", "Adam learning rate of the fine-tuning stage");
    def("patience", "2", "early-stopping patience (epochs without a better inner-validation accuracy)");
    def("inner-val", "0.1", "share of the training folds held out as the inner validation split");
    def("max-len", "64", "encoding max-len for MR (the longest MR sentence has 59 whitespace tokens: nothing is truncated)");
    def("bucket-count", "4", "equal-frequency length buckets (1 = no bucketing)");
    def("batch", "64", "minibatch size");
    def("dropout", "0.2", "dropout on the LSTM output (Keras recipe)");
    def("lstm-units", "100", "LSTM units per direction (quality parts)");
    def("bidirectional", "false", "bidirectional LSTM (quality parts)");
    def("pooling", "last", "LSTM outputs to one vector: last, max or mean (quality parts)");
    def("lr", "1e-3", "Adam learning rate of the first stage (quality parts)");
    def("seed", "42", "seed of folds, networks and shuffles");
    def("w2v", "hs", "our Word2Vec objective: neg5, hs, hs-neg1, hs-neg5 (see README-embeddings)");
    def("w2v-epochs", "5", "Word2Vec epochs");
    def("w2v-min-count", "3", "Word2Vec vocabulary min count (corpus + task sentences)");
    def("restmex-configs", "random,ours-finetuned", "Rest-Mex configurations (as --configs)");
    def("restmex-folds", "10", "k of Rest-Mex's stratified k-fold CV");
    def("restmex-run-folds", "", "run only the first N Rest-Mex folds (default: all)");
    def("restmex-max-len", "100", "encoding max-len for Rest-Mex (Title + Opinion, Verbo tokens)");
    def("speed-epochs", "3", "epochs of each speed variant");
    def("speed-variants", "spark,jvm,torch-1t,torch,torch-default-1t,torch-default,jvm-nobucket,spark-nobucket", "speed variants (jvm: 1 OpenMP thread, jvm-2t: 2; spark-avgN: averaging every N minibatches; torch*: the peer with 2 threads; *-1t: 1 thread)");
    def("training-stats", "false", "speed: collect DL4J's Spark training stats and log them (INFO, logger io.verbo.sentiment.SentimentTrainer)");
    def("averaging", "5", "parameter-averaging frequency (minibatches per worker between averagings)");
  }

  private static void def(String key, String value, String help) {
    DEFAULTS.put(key, new String[] {value, help});
  }

  private final Map<String, String> values = new LinkedHashMap<>();

  private SentimentOptions() {}

  static SentimentOptions parse(String[] args) {
    SentimentOptions o = new SentimentOptions();
    DEFAULTS.forEach((k, v) -> o.values.put(k, v[0]));
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        usage();
        System.exit(0);
      }
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument " + a + " (see --help)");
      }
      String key = a.substring(2);
      String value;
      int eq = key.indexOf('=');
      if (eq >= 0) {
        value = key.substring(eq + 1);
        key = key.substring(0, eq);
      } else {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("Missing value of --" + key);
        }
        value = args[++i];
      }
      if (!DEFAULTS.containsKey(key)) {
        throw new IllegalArgumentException("Unknown option --" + key + " (see --help)");
      }
      o.values.put(key, value);
    }
    return o;
  }

  static void usage() {
    System.out.println("Usage: benchmarks/run-sentiment.sh [--option value ...]");
    System.out.println("Sentiment benchmarks of issue 4 (see benchmarks/README-sentiment.md). Options:");
    DEFAULTS.forEach(
        (k, v) ->
            System.out.printf(Locale.ROOT, "  --%-18s %s (default: %s)%n", k, v[1], v[0].isEmpty() ? "-" : v[0]));
  }

  String get(String key) {
    return values.get(key);
  }

  int integer(String key) {
    return Integer.parseInt(values.get(key));
  }

  int integerOr(String key, int otherwise) {
    String v = values.get(key);
    return v == null || v.isEmpty() ? otherwise : Integer.parseInt(v);
  }

  double real(String key) {
    return Double.parseDouble(values.get(key));
  }

  Path path(String key) {
    return Path.of(values.get(key));
  }

  List<String> list(String key) {
    List<String> out = new ArrayList<>();
    for (String s : values.get(key).split(",")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  Map<String, String> all() {
    return values;
  }
}
