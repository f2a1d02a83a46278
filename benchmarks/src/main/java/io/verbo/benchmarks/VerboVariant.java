package io.verbo.benchmarks;

import io.verbo.config.ConfigLoader;
import io.verbo.config.VerboConfig;
import io.verbo.corpus.TokenizeService;
import io.verbo.corpus.TokenizeSummary;
import io.verbo.vocab.VocabularyService;
import io.verbo.vocab.VocabularySummary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Verbo as users run it ({@code verbo pipeline} with stages tokenize and vocab): {@link
 * TokenizeService#run} (read the text files, strict UTF-8 decoding, tokenize with lower-casing,
 * split assignment, write the tokens and rejects Parquet datasets, verify the written counts,
 * commit) then {@link VocabularyService#run} (read the tokens back, count per token the occurrences
 * and document frequencies, write the vocabulary, commit). The text column is not kept ({@code
 * verbo.output.keep-text=false}); every document goes to the train split and counts towards the
 * vocabulary.
 */
final class VerboVariant implements SparkVariant {
  private final JobTimes jobs;

  /**
   * @param jobs listener used for the per-step breakdown
   */
  VerboVariant(JobTimes jobs) {
    this.jobs = jobs;
  }

  @Override
  public String id() {
    return "verbo";
  }

  @Override
  public String label() {
    return "a  Verbo tokenize+vocab (Parquet out)";
  }

  /**
   * @param input folder of text files
   * @param runRoot the run root
   * @return the configuration of the benchmark run
   */
  static VerboConfig config(Path input, Path runRoot) {
    return ConfigLoader.load(
        Optional.empty(),
        List.of(
            "verbo.input.format=text",
            "verbo.input.paths=" + input,
            "verbo.run.root=" + runRoot,
            "verbo.vocab.splits=[]",
            "verbo.split.train=1",
            "verbo.split.validation=0",
            "verbo.split.test=0",
            "verbo.output.keep-text=false",
            "verbo.tokenizer.lowercase=true"));
  }

  @Override
  public Outcome run(SparkSession spark, Path input, Path out) {
    VerboConfig config = config(input, out);
    TokenizeBenchmark.deleteRecursively(out);
    jobs.drain();
    Stopwatch watch = Stopwatch.start();
    TokenizeSummary tok = TokenizeService.run(spark, config);
    VocabularySummary voc = VocabularyService.run(spark, config);
    watch.stop();
    if (voc.totalTokens() != tok.tokens()) {
      throw new IllegalStateException(
          "vocab counted " + voc.totalTokens() + " tokens, tokenize wrote " + tok.tokens());
    }
    Map<String, Double> parts = new LinkedHashMap<>();
    parts.put("tokenize stage (TokenizeSummary.seconds)", tok.seconds());
    parts.put("vocab stage (VocabularySummary.seconds)", voc.seconds());
    Map<String, Double> jobTimes = jobs.drain();
    double allJobs = jobTimes.getOrDefault(JobTimes.ALL_JOBS, 0.0);
    jobTimes.remove(JobTimes.ALL_JOBS);
    jobTimes.forEach((name, s) -> parts.put("  jobs: " + name, s));
    parts.put("  driver work between jobs (wall - jobs)", watch.wallSeconds() - allJobs);
    String detail =
        String.format(
            Locale.ROOT,
            "%d records, %d documents kept, %d rejected %s, vocabulary %d (%d distinct tokens)",
            tok.read(),
            tok.kept(),
            tok.rejected(),
            tok.rejectedByReason(),
            voc.size(),
            voc.distinctTokens());
    return new Outcome(watch.wallSeconds(), watch.cpuSeconds(), tok.tokens(), parts, detail);
  }
}
