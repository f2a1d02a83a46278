package io.verbo.benchmarks;

import io.verbo.text.Tokenizer;
import io.verbo.text.TokenizerOptions;
import java.util.List;
import java.util.Map;

/**
 * Verbo's {@link Tokenizer} alone: one thread, {@link Tokenizer#tokenize(CharSequence)} over the
 * decoded lines of the input held in memory (one copy of the corpora, tokenised {@code passes}
 * times so the bytes match the Spark input). No Spark, no I/O, no decoding.
 *
 * @param label the table label
 * @param options the tokenizer options
 */
record TokenizerAlone(String label, TokenizerOptions options) {

  /**
   * @param lines the lines
   * @param passes how many times to tokenize all of them
   * @return the timing and the token count
   */
  Outcome run(List<String> lines, int passes) {
    Tokenizer tokenizer = new Tokenizer(options);
    long tokens = 0;
    Stopwatch watch = Stopwatch.start();
    for (int p = 0; p < passes; p++) {
      for (String line : lines) {
        tokens += tokenizer.tokenize(line).size();
      }
    }
    watch.stop();
    return new Outcome(
        watch.wallSeconds(), watch.cpuSeconds(), tokens, Map.of(), options.toString());
  }
}
