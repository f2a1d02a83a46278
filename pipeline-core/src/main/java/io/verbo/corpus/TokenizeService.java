package io.verbo.corpus;

import io.verbo.VerboPipelineException;
import io.verbo.config.VerboConfig;
import io.verbo.spark.JobStage;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.store.StagedArtifact;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tokenize stage: reads the corpus, classifies every record (kept with tokens, label and split,
 * or rejected with a reason), and commits {@code tokens/}, {@code rejects/} and {@code
 * _metadata.json} as one artifact under {@link RunLayout#tokenized()}.
 *
 * <p>Guarantee: every record read is in exactly one of the two datasets. The counts are taken from
 * the classified records and checked against the Parquet files read back before the artifact is
 * committed; a mismatch fails the stage and leaves the previous artifact in place.
 */
public final class TokenizeService {
  private static final Logger LOG = LoggerFactory.getLogger(TokenizeService.class);

  /** On-disk format version of the tokenize artifact. */
  public static final int FORMAT_VERSION = 1;

  private TokenizeService() {}

  /**
   * @param spark the session
   * @param config the run configuration
   * @return the reconciled summary
   * @throws io.verbo.config.InvalidConfigException if an input path matches nothing
   * @throws VerboPipelineException if the written data does not reconcile
   */
  public static TokenizeSummary run(SparkSession spark, VerboConfig config) {
    long start = System.nanoTime();
    RunLayout layout = new RunLayout(config.run().root());
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    InputFiles files = InputFiles.resolve(config.input(), hadoopConf);
    TokenizeParams params = TokenizeParams.from(config);
    LOG.info(
        "tokenize: {} file(s), {} bytes, format {} -> {}",
        files.files().size(),
        files.totalBytes(),
        config.input().format().configName(),
        layout.tokenized());

    try (JobStage stage = JobStage.begin(spark, "tokenize", "read, tokenize and split the corpus");
        StagedArtifact staged = StagedArtifact.begin(layout, layout.tokenized(), hadoopConf)) {
      // No cache: re-reading and re-tokenizing is cheaper than serializing the classified records
      // (benchmarks/README.md, "Where Verbo's time goes"). The outcome counts are taken in the same
      // pass that writes the tokens: the classification runs inside that job's result stage, where
      // Spark applies each partition's accumulator update exactly once, even when tasks are retried.
      JavaRDD<RawRecord> records = CorpusReader.read(spark, params, files);
      OutcomeAccumulator outcomes = new OutcomeAccumulator();
      spark.sparkContext().register(outcomes, "tokenize outcomes");

      stage.step("tokenize and write tokens");
      Path tokensPath = RunLayout.tokensIn(staged.path());
      spark
          .createDataFrame(
              classify(records, params)
                  .filter(
                      c -> {
                        outcomes.add(c);
                        return c.kept() != null;
                      })
                  .map(c -> CorpusSchemas.toRow(c.kept())),
              CorpusSchemas.TOKENS_SCHEMA)
          .write()
          .parquet(tokensPath.toString());
      TokenizeSummary summary = summarize(outcomes.value(), files, start, layout.tokenized().toString());

      stage.step("write rejects");
      Path rejectsPath = RunLayout.rejectsIn(staged.path());
      spark
          .createDataFrame(
              classify(records, params).filter(c -> c.rejected() != null).map(c -> CorpusSchemas.toRow(c.rejected())),
              CorpusSchemas.REJECTS_SCHEMA)
          // a shuffle of the rejects only: coalesce would pull the whole corpus into as few tasks
          .repartition(rejectFiles(summary.rejected()))
          .write()
          .parquet(rejectsPath.toString());

      stage.step("verify written counts");
      long keptWritten = spark.read().parquet(tokensPath.toString()).count();
      long rejectsWritten = spark.read().parquet(rejectsPath.toString()).count();
      if (keptWritten != summary.kept() || rejectsWritten != summary.rejected()) {
        throw new VerboPipelineException(
            String.format(
                java.util.Locale.ROOT,
                "tokenize: written counts do not reconcile (kept %d vs %d written, rejected %d vs %d"
                    + " written); the previous artifact was left in place",
                summary.kept(),
                keptWritten,
                summary.rejected(),
                rejectsWritten),
            null);
      }
      metadata(config, files, summary).write(staged.path(), hadoopConf);
      staged.commit();
      LOG.info(summary.line());
      return summary;
    }
  }

  private static JavaRDD<Classified> classify(JavaRDD<RawRecord> records, TokenizeParams params) {
    return records.mapPartitions(
        it -> {
          DocumentClassifier classifier = new DocumentClassifier(params);
          return new MappedIterator<>(it, classifier::classify);
        });
  }

  /** One rejects file per million records, at least one. */
  static int rejectFiles(long rejected) {
    return (int) Math.max(1, Math.min(1024, (rejected + 999_999) / 1_000_000));
  }

  private static TokenizeSummary summarize(
      Map<String, long[]> outcomes, InputFiles files, long startNanos, String output) {
    long read = 0;
    long kept = 0;
    long tokens = 0;
    Map<String, Long> rejects = new TreeMap<>();
    for (Map.Entry<String, long[]> e : outcomes.entrySet()) {
      read += e.getValue()[0];
      if (e.getKey().equals(Classified.KEPT)) {
        kept = e.getValue()[0];
        tokens = e.getValue()[1];
      } else {
        rejects.put(e.getKey(), e.getValue()[0]);
      }
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return new TokenizeSummary(read, kept, rejects, tokens, files.totalBytes(), seconds, output);
  }

  private static ArtifactMetadata metadata(VerboConfig config, InputFiles files, TokenizeSummary s) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("records_read", s.read());
    counts.put("documents_kept", s.kept());
    counts.put("records_rejected", s.rejected());
    s.rejectedByReason().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> counts.put("rejected_" + e.getKey(), e.getValue()));
    counts.put("tokens", s.tokens());
    counts.put("input_files", (long) files.files().size());
    counts.put("input_bytes", files.totalBytes());
    return ArtifactMetadata.of(
        "tokenized", FORMAT_VERSION, config, files.files(), counts, Map.of("total", Math.round(s.seconds() * 1000)));
  }
}
