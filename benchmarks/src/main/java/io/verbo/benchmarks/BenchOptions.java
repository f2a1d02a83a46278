package io.verbo.benchmarks;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of {@link TokenizeBenchmark}. Relative paths are resolved against the
 * current folder, which is the repository root when started with {@code exec:exec@tokenize} or
 * {@code benchmarks/run-tokenize.sh}.
 *
 * @param multiplier how many times the shared corpora are repeated in the input
 * @param repetitions timed repetitions of every variant (the median is reported)
 * @param workDir where the input, the outputs and the Verbo run root are written
 * @param dataDir the shared data folder holding {@code corpus-en/} and {@code corpus-es/}
 * @param partsPerCopy files each copy of the corpora is split into (Spark parallelism)
 * @param master Spark master URL
 * @param variants variants to run (subset of {@link #ALL_VARIANTS})
 * @param sparkConf extra Spark settings for the one session (both sides), in the order given
 * @param help whether {@code --help} was given
 */
record BenchOptions(
    int multiplier,
    int repetitions,
    Path workDir,
    Path dataDir,
    int partsPerCopy,
    String master,
    Set<String> variants,
    Map<String, String> sparkConf,
    boolean help) {

  /** Variant ids accepted by {@code --variants}. */
  static final List<String> ALL_VARIANTS = List.of("verbo", "regex", "whitespace", "verbo-shape", "tokenizer");

  static final String USAGE =
      """
      Usage: TokenizeBenchmark [options]

      Tokenize + vocabulary throughput: Verbo (TokenizeService + VocabularyService) against
      Spark ML RegexTokenizer + explode/groupBy count, on the same input, in one local Spark session.

      Options:
        --multiplier N      repeat the shared corpora N times in the input (default 4, about 116 MB)
        --reps R            timed repetitions per variant; the median is reported (default 3)
        --work-dir DIR      input, outputs and run root (default benchmarks/target/bench-data)
        --data-dir DIR      shared data folder (default ../shared/data)
        --parts-per-copy P  input files per copy of the corpora (default 2)
        --master URL        Spark master (default local[2])
        --variants LIST     comma-separated subset of verbo,regex,whitespace,verbo-shape,tokenizer (default all)
        --spark-conf K=V    extra Spark setting for the session, e.g. spark.sql.shuffle.partitions=4
                            (repeatable; default: Spark's defaults, UI off)
        --help              print this help

      Run from the repository root:  benchmarks/run-tokenize.sh [options]""";

  /**
   * @param args the command line
   * @return the options
   * @throws IllegalArgumentException on an unknown option or a bad value
   */
  static BenchOptions parse(String[] args) {
    int multiplier = 4;
    int reps = 3;
    Path workDir = Path.of("benchmarks/target/bench-data");
    Path dataDir = Path.of("../shared/data");
    int parts = 2;
    String master = "local[2]";
    Set<String> variants = new LinkedHashSet<>(ALL_VARIANTS);
    Map<String, String> sparkConf = new LinkedHashMap<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.isBlank()) {
        continue;
      }
      switch (a) {
        case "--help", "-h" -> help = true;
        case "--multiplier" -> multiplier = positive(a, value(args, ++i, a));
        case "--reps" -> reps = positive(a, value(args, ++i, a));
        case "--work-dir" -> workDir = Path.of(value(args, ++i, a));
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
        case "--parts-per-copy" -> parts = positive(a, value(args, ++i, a));
        case "--master" -> master = value(args, ++i, a);
        case "--variants" -> variants = variants(value(args, ++i, a));
        case "--spark-conf" -> {
          String kv = value(args, ++i, a);
          int eq = kv.indexOf('=');
          if (eq <= 0 || !kv.startsWith("spark.")) {
            throw new IllegalArgumentException("--spark-conf needs spark.key=value, got " + kv);
          }
          sparkConf.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        default -> throw new IllegalArgumentException("Unknown option " + a + "\n\n" + USAGE);
      }
    }
    return new BenchOptions(
        multiplier,
        reps,
        workDir.toAbsolutePath().normalize(),
        dataDir.toAbsolutePath().normalize(),
        parts,
        master,
        Set.copyOf(variants),
        Collections.unmodifiableMap(sparkConf),
        help);
  }

  /**
   * @return the options as they would be written on the command line
   */
  String commandLine() {
    StringBuilder conf = new StringBuilder();
    sparkConf.forEach((k, v) -> conf.append(" --spark-conf ").append(k).append('=').append(v));
    return String.format(
            Locale.ROOT,
            "--multiplier %d --reps %d --parts-per-copy %d --master %s --variants %s",
            multiplier,
            repetitions,
            partsPerCopy,
            master,
            String.join(",", ALL_VARIANTS.stream().filter(variants::contains).toList()))
        + conf;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n\n" + USAGE);
    }
    return args[i];
  }

  private static int positive(String option, String raw) {
    try {
      int v = Integer.parseInt(raw.trim());
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be a positive whole number, got " + raw);
  }

  private static Set<String> variants(String raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : raw.split(",", -1)) {
      String id = v.trim().toLowerCase(Locale.ROOT);
      if (!ALL_VARIANTS.contains(id)) {
        throw new IllegalArgumentException(
            "Unknown variant " + v + "; use some of " + ALL_VARIANTS);
      }
      out.add(id);
    }
    return out;
  }
}
