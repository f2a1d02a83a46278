package io.verbo.benchmarks.embed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of {@link Word2VecBenchmark}; {@code --help} prints {@link #USAGE}. */
final class BenchOptions {
  static final String USAGE = """
      Word2VecBenchmark: Verbo's distributed Word2Vec side by side with Spark MLlib and gensim.

        java --add-opens=... -cp CLASSPATH io.verbo.benchmarks.embed.Word2VecBenchmark [options]
        (benchmarks/run-embeddings.sh builds the classpath and runs every part)

      Parts (--parts, comma-separated; default en,sweep,es):
        en      corpus-en: Verbo with each of --objectives (--partitions, alpha = partitions x --alpha-per-partition,
                --rounds rounds/epoch), Spark MLlib ml.feature.Word2Vec (numPartitions 2) and the
                gensim peer script (--workers 2): training words/s (corpus tokens x epochs /
                training seconds, vocabulary building excluded) and WS-353 / MEN / analogy scored
                by shared/peers/eval_vectors.py for all three; table with ratios and the goals.
        sweep   Verbo on corpus-en with each partition count of --sweep (same total epochs;
                alpha = P x --alpha-per-partition, --rounds rounds/epoch for P > 1, 1 for P = 1)
                and the quality drop against 1 partition.
        variants  (not in the default) Verbo on corpus-en with MLlib's objective and/or
                subsampling, --variants of hs (skip-gram hierarchical softmax, no negatives),
                sample0 (no subsampling), hs-neg1/2/3/5 (both output layers, k negatives),
                hs-sample0, hs-s1e-4, neg5-s1e-4, hs-neg1-s1e-4, hs-neg2-s1e-4 (and the same
                with s3e-4: subsampling 1e-4 / 3e-4); same partitions/rounds/alpha as en.
        es      corpus-es (conha19, Verbo's tokenizer, lower-cased): Verbo, gensim and (unless
                --es-mllib false) MLlib; nearest neighbours of --probes side by side.
        memory  a synthetic corpus (every id once, then Zipf draws) with a vocabulary of
                --memory-vocab words x --memory-dim dims, --memory-epochs, --partitions
                partitions: Verbo's memory check, then (if it passes) training with the heap
                measured (polled peak, peak after any GC and after full GCs) next to
                MemoryEstimate's prediction. Runs in its own JVM (it needs its own -Xmx);
                cannot be combined with other parts.

      Options (defaults in brackets):
        --parts LIST                parts to run [en,sweep,es]
        --data DIR                  shared data folder [/work/shared/data]
        --peers DIR                 peer scripts [/work/shared/peers]
        --python EXE                python with gensim + scipy [/usr/bin/python3]
        --out DIR                   work and results folder [benchmarks/target/embeddings]
        --master URL                Spark master [local[2]]
        --epochs N                  epochs for every system [5]
        --min-count N               [5]
        --partitions N              Verbo partitions in the en/es comparison [2]
        --objectives LIST           Verbo objectives in the en comparison: neg5 (negative
                                    sampling k=5) and/or hs-neg1 (HS + 1 negative) [neg5,hs-neg1]
        --rounds N                  Verbo averaging rounds per epoch when partitions > 1 [4]
        --alpha-per-partition X     Verbo alpha = partitions x X (docs/embeddings.md) [0.025]
        --mllib-partitions N        MLlib numPartitions [2]
        --gensim-workers N          [2]
        --sweep LIST                partition counts of the sweep [1,2,4,8]
        --sweep-objective NAME      objective of the sweep: neg5 or hs-neg1 [neg5]
        --variants LIST             variants of the variants part [hs,sample0]
        --gensim-cpu-wrapper FILE   runs the peer script unchanged and adds its training CPU
                                    seconds [benchmarks/src/main/python/gensim_cpu.py]
        --es-mllib true|false       also train MLlib on corpus-es [true]
        --probes LIST               Spanish probe words [casa,mujer,rey,noche,bueno,ciudad,amor]
        --neighbours K              neighbours per probe [8]
        --memory-vocab N            words kept in the synthetic vocabulary [500000]
        --memory-ids N              distinct ids in the synthetic corpus [= --memory-vocab]
        --memory-tokens N           synthetic corpus tokens [2000000]
        --memory-dim N              [300]
        --memory-epochs N           [1]
        --memory-guard-gib X        halt if the machine's MemAvailable drops under X GiB [2.5]
        --max-result-size SIZE      spark.driver.maxResultSize of the session [Spark's 1g]
        --help                      this text
      """;

  final Map<String, String> values = new LinkedHashMap<>();
  boolean help;

  static BenchOptions parse(String[] args) {
    BenchOptions o = new BenchOptions();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        o.help = true;
      } else if (a.startsWith("--") && i + 1 < args.length) {
        o.values.put(a.substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("Unknown or incomplete option: " + a + " (see --help)");
      }
    }
    for (String k : o.values.keySet()) {
      if (!USAGE.contains("--" + k + " ")) {
        throw new IllegalArgumentException("Unknown option --" + k + " (see --help)");
      }
    }
    return o;
  }

  String str(String key, String def) {
    return values.getOrDefault(key, def);
  }

  int integer(String key, int def) {
    return values.containsKey(key) ? Integer.parseInt(values.get(key)) : def;
  }

  long longValue(String key, long def) {
    return values.containsKey(key) ? Long.parseLong(values.get(key)) : def;
  }

  double dbl(String key, double def) {
    return values.containsKey(key) ? Double.parseDouble(values.get(key)) : def;
  }

  boolean bool(String key, boolean def) {
    return values.containsKey(key) ? Boolean.parseBoolean(values.get(key)) : def;
  }

  Path path(String key, String def) {
    return Path.of(str(key, def));
  }

  List<String> list(String key, String def) {
    return new ArrayList<>(Arrays.stream(str(key, def).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  List<Integer> ints(String key, String def) {
    return list(key, def).stream().map(Integer::parseInt).toList();
  }
}
