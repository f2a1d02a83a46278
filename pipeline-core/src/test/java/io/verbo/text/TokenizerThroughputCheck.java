package io.verbo.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Manual single-thread throughput measurement of {@link Tokenizer#tokenize(CharSequence)}. This is
 * a {@code main()}, not a unit test: unit tests never assert wall-clock time.
 *
 * <p>Usage (from {@code pipeline-core}, after compiling main and test classes):
 * <pre>
 * java -cp target/classes:target/test-classes io.verbo.text.TokenizerThroughputCheck \
 *     [seconds-per-run] [dir-or-file ...]
 * </pre>
 * Without paths it reads {@code /work/shared/data/corpus-en/gutenberg/*.txt} and
 * {@code /work/shared/data/corpus-es/conha19/*.txt}. Each {@code .txt} file is read as UTF-8 and
 * tokenised line by line (one record per line, as in the Spark jobs); the speed is reported in
 * MB (10^6 bytes) of UTF-8 input per second, per corpus and per option set.
 */
public final class TokenizerThroughputCheck {

    private static final List<String> DEFAULT_INPUTS = List.of(
            "/work/shared/data/corpus-en/gutenberg",
            "/work/shared/data/corpus-es/conha19");

    private TokenizerThroughputCheck() {
    }

    /**
     * Runs the measurement.
     *
     * @param args optional seconds per timed run, then optional directories or files
     * @throws IOException if an input cannot be read
     */
    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        List<String> inputs = args.length > 1 ? List.of(args).subList(1, args.length) : DEFAULT_INPUTS;
        TokenizerOptions[] optionSets = {
            TokenizerOptions.defaults(),
            new TokenizerOptions(true, true, 0),
        };
        for (String input : inputs) {
            List<String> lines = readLines(Path.of(input));
            long bytes = 0;
            for (String line : lines) {
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1L;
            }
            for (TokenizerOptions options : optionSets) {
                Tokenizer tokenizer = new Tokenizer(options);
                run(tokenizer, lines, bytes, 2.0); // warm-up
                double mbPerSecond = run(tokenizer, lines, bytes, seconds);
                System.out.printf("%-45s %-60s %8.1f MB/s (%d lines, %.1f MB)%n",
                        input, options, mbPerSecond, lines.size(), bytes / 1e6);
            }
        }
    }

    private static double run(Tokenizer tokenizer, List<String> lines, long bytes, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long passes = 0;
        long tokens = 0;
        do {
            for (String line : lines) {
                tokens += tokenizer.tokenize(line).size();
            }
            passes++;
        } while (System.nanoTime() < deadline);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (tokens < 0) {
            throw new AssertionError(); // keeps the result alive
        }
        return passes * bytes / 1e6 / elapsed;
    }

    private static List<String> readLines(Path path) throws IOException {
        List<String> lines = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
                }
            }
        } else {
            lines.addAll(Files.readAllLines(path, StandardCharsets.UTF_8));
        }
        return lines;
    }
}
