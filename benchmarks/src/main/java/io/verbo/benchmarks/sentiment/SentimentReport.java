package io.verbo.benchmarks.sentiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.verbo.benchmarks.HeapMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes one part's results as Markdown and JSON (rewritten after every result, so a cut run keeps them). */
final class SentimentReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SentimentReport() {}

  static void write(Path md, Map<String, Object> json, String markdown) throws IOException {
    Files.createDirectories(md.getParent());
    Path js = md.resolveSibling(md.getFileName().toString().replaceAll("\\.md$", ".json"));
    Path tmp = js.resolveSibling(js.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), json);
    Files.move(tmp, js, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Path tmd = md.resolveSibling(md.getFileName() + ".tmp");
    Files.writeString(tmd, markdown, StandardCharsets.UTF_8);
    Files.move(tmd, md, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static double mean(List<Double> x) {
    return x.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** Sample standard deviation (n - 1). */
  static double std(List<Double> x) {
    if (x.size() < 2) {
      return Double.NaN;
    }
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (x.size() - 1));
  }

  /** The per-configuration table of a cross-validation part. */
  static String qualityTable(List<CrossValidation.FoldResult> results, List<String> order) {
    Map<String, List<CrossValidation.FoldResult>> by = new LinkedHashMap<>();
    for (String c : order) {
      by.put(c, new ArrayList<>());
    }
    for (CrossValidation.FoldResult r : results) {
      by.computeIfAbsent(r.config(), c -> new ArrayList<>()).add(r);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("| config | folds | accuracy mean ± std | macro-F1 mean ± std | inner-val acc | best epoch (first stage) |"
        + " epochs run | fine-tune best / run | CPU-s per fold (thread) | wall s per fold | pretrained coverage |\n");
    sb.append("| --- | ---: | ---: | ---: | ---: | --- | --- | --- | ---: | ---: | ---: |\n");
    for (Map.Entry<String, List<CrossValidation.FoldResult>> e : by.entrySet()) {
      List<CrossValidation.FoldResult> rs = new ArrayList<>(e.getValue());
      if (rs.isEmpty()) {
        continue;
      }
      rs.sort((a, b) -> Integer.compare(a.fold(), b.fold()));
      List<Double> acc = rs.stream().map(CrossValidation.FoldResult::testAccuracy).toList();
      List<Double> f1 = rs.stream().map(CrossValidation.FoldResult::testMacroF1).toList();
      sb.append(String.format(Locale.ROOT, "| %s | %d | **%.4f ± %.4f** | %.4f ± %.4f | %.4f | %s | %s | %s | %.0f | %.0f | %s |%n",
          e.getKey(), rs.size(), mean(acc), std(acc), mean(f1), std(f1),
          mean(rs.stream().map(CrossValidation.FoldResult::valAccuracy).toList()),
          rs.stream().map(r -> Integer.toString(r.bestEpoch())).collect(Collectors.joining(" ")),
          rs.stream().map(r -> Integer.toString(r.epochsRun())).collect(Collectors.joining(" ")),
          rs.get(0).ftBestEpoch() < 0 ? "–" : rs.stream().map(r -> r.ftBestEpoch() + "/" + r.ftEpochsRun())
              .collect(Collectors.joining(" ")),
          mean(rs.stream().map(CrossValidation.FoldResult::threadCpuSeconds).toList()),
          mean(rs.stream().map(CrossValidation.FoldResult::wallSeconds).toList()),
          Double.isNaN(rs.get(0).coverage()) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * mean(
              rs.stream().map(CrossValidation.FoldResult::coverage).toList()))));
    }
    sb.append("\nPer fold (held-out accuracy / macro-F1):\n\n");
    Map<Integer, Map<String, CrossValidation.FoldResult>> grid = new TreeMap<>();
    for (CrossValidation.FoldResult r : results) {
      grid.computeIfAbsent(r.fold(), f -> new LinkedHashMap<>()).put(r.config(), r);
    }
    List<String> cols = new ArrayList<>(by.keySet());
    cols.removeIf(c -> by.get(c).isEmpty());
    sb.append("| fold | test docs |").append(cols.stream().map(c -> " " + c + " |").collect(Collectors.joining()))
        .append('\n');
    sb.append("| ---: | ---: |").append(" ---: |".repeat(cols.size())).append('\n');
    for (Map.Entry<Integer, Map<String, CrossValidation.FoldResult>> g : grid.entrySet()) {
      int docs = g.getValue().values().iterator().next().testDocs();
      sb.append("| ").append(g.getKey()).append(" | ").append(docs).append(" |");
      for (String c : cols) {
        CrossValidation.FoldResult r = g.getValue().get(c);
        sb.append(r == null ? " |" : String.format(Locale.ROOT, " %.4f / %.4f |", r.testAccuracy(), r.testMacroF1()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String speedTable(List<SpeedRun.Measurement> ms) {
    StringBuilder sb = new StringBuilder();
    sb.append("| variant | what ran | epochs | train examples | fit s | examples/s (wall) | steady ex/s (epochs 2+) |"
        + " CPU s | examples/CPU-s | steady ex/CPU-s | test accuracy | peak heap used / committed | peak off-heap"
        + " (JavaCPP) | peak RSS | load before |\n");
    sb.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |\n");
    for (SpeedRun.Measurement m : ms) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %.1f | %.0f | %s | %.1f | %.0f | %s | %.4f%s | %s | %s | %s | %s |%n",
          m.variant(), m.description(), m.epochs(), m.trainExamples(), m.fitSeconds(), m.examplesPerSecond(),
          Double.isNaN(m.steadyExamplesPerSecond()) ? "–" : String.format(Locale.ROOT, "%.0f", m.steadyExamplesPerSecond()),
          m.cpuSeconds(), m.examplesPerCpuSecond(),
          Double.isNaN(m.steadyExamplesPerCpuSecond()) ? "–" : String.format(Locale.ROOT, "%.0f", m.steadyExamplesPerCpuSecond()),
          m.testAccuracy(), m.perEpochAccuracy().isEmpty() ? "" : " (per epoch " + m.perEpochAccuracy() + ")",
          m.peakHeapUsedBytes() == 0 ? "–" : HeapMonitor.gib(m.peakHeapUsedBytes()) + " / " + HeapMonitor.gib(m.peakHeapCommittedBytes()),
          m.peakOffHeapBytes() == 0 ? "–" : HeapMonitor.gib(m.peakOffHeapBytes()),
          m.peakRssBytes() == 0 ? "–" : HeapMonitor.gib(m.peakRssBytes()), m.loadBefore()));
    }
    Map<String, SpeedRun.Measurement> by = new LinkedHashMap<>();
    ms.forEach(m -> by.put(m.variant(), m));
    sb.append('\n');
    ratio(sb, by, "spark", "jvm", "Verbo local[2] parameter averaging / single-JVM DL4J (goal: overhead ≤ 15 %, i.e. ≥ 0.85)");
    ratio(sb, by, "spark", "torch", "Verbo local[2] / PyTorch same batch and max-len (goal ≥ 0.8)");
    ratio(sb, by, "spark", "torch-default", "Verbo local[2] / PyTorch peer defaults (batch 32, max-len 50) (goal ≥ 0.8)");
    ratio(sb, by, "jvm", "torch", "single-JVM DL4J / PyTorch same batch and max-len");
    ratio(sb, by, "jvm", "jvm-nobucket", "bucketing effect, single JVM: bucket-count default / 1");
    ratio(sb, by, "spark", "spark-nobucket", "bucketing effect, local[2]: bucket-count default / 1");
    return sb.toString();
  }

  private static void ratio(StringBuilder sb, Map<String, SpeedRun.Measurement> by, String a, String b, String what) {
    SpeedRun.Measurement x = by.get(a);
    SpeedRun.Measurement y = by.get(b);
    if (x == null || y == null) {
      return;
    }
    sb.append(String.format(Locale.ROOT, "- %s: **%.2f** by wall examples/s (%.0f / %.0f), **%.2f** by examples per CPU-second"
            + " (%.0f / %.0f); test accuracy %.4f vs %.4f%n", what, x.examplesPerSecond() / y.examplesPerSecond(),
        x.examplesPerSecond(), y.examplesPerSecond(), x.examplesPerCpuSecond() / y.examplesPerCpuSecond(),
        x.examplesPerCpuSecond(), y.examplesPerCpuSecond(), x.testAccuracy(), y.testAccuracy()));
  }
}
