package io.verbo.benchmarks;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the medians, the throughputs, the Spark/Verbo ratios and Verbo's per-step breakdown. */
final class ResultTable {
  private ResultTable() {}

  /**
   * @param inputBytes bytes of input every variant processed per run
   * @param labels row labels by variant id, in display order
   * @param results the runs of every variant
   */
  static void print(
      long inputBytes, Map<String, String> labels, Map<String, List<Outcome>> results) {
    Outcome verbo = results.containsKey("verbo") ? medianRun(results.get("verbo")) : null;
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Results: median of %d runs, %.1f MB input (MB = 10^6 bytes of UTF-8 input, MB/s and"
            + " tokens/s from wall time)%n",
        results.values().stream().mapToInt(List::size).max().orElse(0),
        inputBytes / 1e6);
    String header =
        String.format(
            Locale.ROOT,
            "| %-47s | %7s | %7s | %6s | %13s | %10s | %17s | %16s |",
            "variant",
            "wall s",
            "CPU s",
            "MB/s",
            "tokens",
            "tokens/s",
            "Spark/Verbo wall",
            "Spark/Verbo CPU");
    System.out.println(header);
    System.out.println(header.replaceAll("[^|]", "-"));
    for (Map.Entry<String, String> e : labels.entrySet()) {
      Outcome m = medianRun(results.get(e.getKey()));
      double s = m.seconds();
      boolean peer =
          verbo != null && (e.getKey().equals("regex") || e.getKey().equals("whitespace"));
      System.out.printf(
          Locale.ROOT,
          "| %-47s | %7.2f | %7.2f | %6.1f | %,13d | %,10.0f | %17s | %16s |%n",
          e.getValue(),
          s,
          m.cpuSeconds(),
          inputBytes / 1e6 / s,
          m.tokens(),
          m.tokens() / s,
          peer ? String.format(Locale.ROOT, "%.2f", s / verbo.seconds()) : "",
          peer ? String.format(Locale.ROOT, "%.2f", m.cpuSeconds() / verbo.cpuSeconds()) : "");
    }
    if (results.containsKey("verbo-shape")) {
      Outcome shape = medianRun(results.get("verbo-shape"));
      for (String peer : List.of("regex", "whitespace")) {
        if (results.containsKey(peer)) {
          Outcome m = medianRun(results.get(peer));
          System.out.printf(
              Locale.ROOT,
              "Same pipeline shape, %s / Verbo Tokenizer (e): wall %.2f, CPU %.2f%n",
              peer,
              m.seconds() / shape.seconds(),
              m.cpuSeconds() / shape.cpuSeconds());
        }
      }
    }
    if (verbo != null) {
      System.out.println();
      System.out.println(
          "Spark/Verbo = Spark ML seconds / Verbo seconds of the median runs (> 1: Verbo faster).");
      System.out.println(
          "Verbo breakdown (median run; jobs are named by io.verbo.spark.JobStage):");
      for (Map.Entry<String, Double> p : verbo.breakdown().entrySet()) {
        System.out.printf(Locale.ROOT, "  %-60s %7.2f s%n", p.getKey(), p.getValue());
      }
    }
  }

  /** The run whose wall time is the median (the lower middle one for an even count). */
  private static Outcome medianRun(List<Outcome> runs) {
    List<Outcome> sorted =
        runs.stream().sorted(Comparator.comparingDouble(Outcome::seconds)).toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
