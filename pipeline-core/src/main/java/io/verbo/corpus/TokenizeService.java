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
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

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
      JavaRDD<Classified> classified =
          CorpusReader.read(spark, params, files)
              .mapPartitions(
                  records -> {
                    DocumentClassifier classifier = new DocumentClassifier(params);
                    return new MappedIterator<>(records, classifier::classify);
                  })
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      try {
        stage.step("count outcomes");
        Map<String, long[]> outcomes = countOutcomes(classified);

        stage.step("write tokens");
        Path tokensPath = RunLayout.tokensIn(staged.path());
        spark
            .createDataFrame(classified.filter(c -> c.kept() != null).map(c -> CorpusSchemas.toRow(c.kept())), CorpusSchemas.TOKENS_SCHEMA)
            .write()
            .parquet(tokensPath.toString());

        stage.step("write rejects");
        Path rejectsPath = RunLayout.rejectsIn(staged.path());
        spark
            .createDataFrame(classified.filter(c -> c.rejected() != null).map(c -> CorpusSchemas.toRow(c.rejected())), CorpusSchemas.REJECTS_SCHEMA)
            .coalesce(1)
            .write()
            .parquet(rejectsPath.toString());

        stage.step("verify written counts");
        long keptWritten = spark.read().parquet(tokensPath.toString()).count();
        long rejectsWritten = spark.read().parquet(rejectsPath.toString()).count();
        TokenizeSummary summary = summarize(outcomes, files, start, layout.tokenized().toString());
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
      } finally {
        classified.unpersist(false);
      }
    }
  }

  /** One pass: per outcome, the number of records and (for kept) of tokens. */
  private static Map<String, long[]> countOutcomes(JavaRDD<Classified> classified) {
    Map<String, long[]> out = new TreeMap<>();
    classified
        .mapToPair(
            c -> new Tuple2<>(c.outcome(), new long[] {1, c.kept() == null ? 0 : c.kept().tokens().size()}))
        .reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]})
        .collect()
        .forEach(t -> out.put(t._1(), t._2()));
    return out;
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
