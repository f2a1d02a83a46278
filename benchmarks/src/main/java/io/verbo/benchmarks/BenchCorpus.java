package io.verbo.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark input, built once: the shared corpora ({@code corpus-en/**}{@code /*.txt} and
 * {@code corpus-es/conha19/*.txt}, UTF-8, one document per line) concatenated in path order, then
 * written {@code multiplier} times, each copy split at line boundaries into {@code partsPerCopy}
 * files of {@code input/}. A small sample for the warm-up (every k-th line, about 4 MB, so that
 * English and Spanish are both in it; two files) goes to {@code warmup/}.
 *
 * @param inputDir folder of the timed input files
 * @param warmupDir folder of the warm-up sample
 * @param inputBytes total size of the timed input files
 * @param files number of timed input files
 * @param sources number of shared corpus files used
 * @param copyLines the lines of one copy, decoded (for the in-memory tokenizer variant)
 * @param copyBytes the size of one copy in bytes (UTF-8, newlines included)
 */
record BenchCorpus(
    Path inputDir,
    Path warmupDir,
    long inputBytes,
    int files,
    int sources,
    List<String> copyLines,
    long copyBytes) {

  private static final int WARMUP_BYTES = 4_000_000;

  /**
   * @param dataDir shared data folder
   * @param workDir benchmark work folder; {@code input/} and {@code warmup/} are recreated
   * @param multiplier number of copies
   * @param partsPerCopy files per copy
   * @return the written corpus
   */
  static BenchCorpus build(Path dataDir, Path workDir, int multiplier, int partsPerCopy) {
    try {
      List<Path> sources =
          new ArrayList<>(txtFiles(dataDir.resolve("corpus-en"), Integer.MAX_VALUE));
      sources.addAll(txtFiles(dataDir.resolve("corpus-es/conha19"), 1));
      if (sources.isEmpty()) {
        throw new IllegalArgumentException(
            "No corpus files under " + dataDir + "; pass --data-dir");
      }
      byte[] copy = concatenate(sources);
      Path input = recreate(workDir.resolve("input"));
      List<int[]> parts = splitAtLines(copy, 0, copy.length, partsPerCopy);
      for (int r = 0; r < multiplier; r++) {
        for (int p = 0; p < parts.size(); p++) {
          int[] range = parts.get(p);
          Path f = input.resolve(String.format(Locale.ROOT, "corpus-copy%02d-part%02d.txt", r, p));
          Files.write(f, Arrays.copyOfRange(copy, range[0], range[1]));
        }
      }
      List<String> copyLines = lines(copy);
      List<String> sample = sample(copyLines, Math.max(1, copy.length / WARMUP_BYTES));
      Path warmup = recreate(workDir.resolve("warmup"));
      int half = sample.size() / 2;
      Files.write(
          warmup.resolve("sample-part0.txt"), sample.subList(0, half), StandardCharsets.UTF_8);
      Files.write(
          warmup.resolve("sample-part1.txt"),
          sample.subList(half, sample.size()),
          StandardCharsets.UTF_8);
      return new BenchCorpus(
          input,
          warmup,
          (long) copy.length * multiplier,
          multiplier * parts.size(),
          sources.size(),
          copyLines,
          copy.length);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the benchmark input in " + workDir, e);
    }
  }

  private static List<Path> txtFiles(Path dir, int depth) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("Missing corpus folder " + dir + "; pass --data-dir");
    }
    try (Stream<Path> s = Files.walk(dir, depth)) {
      return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt"))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** Concatenates the files, making sure each ends with a newline. */
  private static byte[] concatenate(List<Path> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 << 20);
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      out.write(b);
      if (b.length > 0 && b[b.length - 1] != '\n') {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  /** Splits {@code [from, to)} into about {@code n} equal ranges that end after a newline. */
  private static List<int[]> splitAtLines(byte[] b, int from, int to, int n) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int p = 1; p <= n && start < to; p++) {
      int end =
          p == n ? to : lineEnd(b, Math.max(start, from + (int) ((long) (to - from) * p / n)));
      end = Math.min(end, to);
      if (end > start) {
        out.add(new int[] {start, end});
      }
      start = end;
    }
    return out;
  }

  /** First position after the newline at or after {@code i} (or the end). */
  private static int lineEnd(byte[] b, int i) {
    while (i < b.length && b[i] != '\n') {
      i++;
    }
    return Math.min(i + 1, b.length);
  }

  private static List<String> sample(List<String> lines, int every) {
    List<String> out = new ArrayList<>(lines.size() / every + 1);
    for (int i = 0; i < lines.size(); i += every) {
      out.add(lines.get(i));
    }
    return List.copyOf(out);
  }

  private static List<String> lines(byte[] b) {
    return new String(b, StandardCharsets.UTF_8).lines().toList();
  }

  private static Path recreate(Path dir) throws IOException {
    TokenizeBenchmark.deleteRecursively(dir);
    return Files.createDirectories(dir);
  }
}
