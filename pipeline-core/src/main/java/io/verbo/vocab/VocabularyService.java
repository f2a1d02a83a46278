package io.verbo.vocab;

import io.verbo.VerboPipelineException;
import io.verbo.config.VerboConfig;
import io.verbo.spark.JobStage;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.store.RunRecovery;
import io.verbo.store.StagedArtifact;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vocabulary stage: reads the run's tokens dataset, builds the vocabulary and commits it
 * atomically to {@link RunLayout#vocabulary()} with {@code _metadata.json}.
 */
public final class VocabularyService {
  private static final Logger LOG = LoggerFactory.getLogger(VocabularyService.class);

  /** On-disk format version of the vocabulary artifact. */
  public static final int FORMAT_VERSION = 1;

  private VocabularyService() {}

  /**
   * @param spark the session
   * @param config the run configuration
   * @return the summary
   * @throws VerboPipelineException if the run has no tokens dataset yet
   */
  public static VocabularySummary run(SparkSession spark, VerboConfig config) {
    long start = System.nanoTime();
    RunLayout layout = new RunLayout(config.run().root());
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    RunRecovery.recover(layout, hadoopConf);
    requireTokens(layout, hadoopConf);
    try (JobStage stage = JobStage.begin(spark, "vocab", "count tokens and document frequencies");
        StagedArtifact staged = StagedArtifact.begin(layout, layout.vocabulary(), hadoopConf)) {
      stage.step("aggregate token counts");
      VocabularyBuilder.Fit fit =
          new VocabularyBuilder(config.vocab()).fit(spark.read().parquet(layout.tokens().toString()));
      stage.step("write vocabulary");
      VocabularyIO.write(spark, fit.vocabulary(), staged.path());
      double seconds = (System.nanoTime() - start) / 1e9;
      VocabularySummary summary =
          new VocabularySummary(
              fit.vocabulary().size(),
              fit.documents(),
              fit.distinctTokens(),
              fit.totalTokens(),
              fit.coveredTokens(),
              seconds,
              layout.vocabulary().toString());
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("vocabulary_size", (long) summary.size());
      counts.put("documents", summary.documents());
      counts.put("distinct_tokens", summary.distinctTokens());
      counts.put("token_occurrences", summary.totalTokens());
      counts.put("covered_occurrences", summary.coveredTokens());
      ArtifactMetadata.of(
              "vocabulary",
              FORMAT_VERSION,
              config,
              List.of(layout.tokens().toString()),
              counts,
              Map.of("total", Math.round(seconds * 1000)))
          .write(staged.path(), hadoopConf);
      staged.commit();
      LOG.info(summary.line());
      return summary;
    }
  }

  private static void requireTokens(RunLayout layout, Configuration hadoopConf) {
    try {
      if (!layout.tokens().getFileSystem(hadoopConf).exists(layout.tokens())) {
        throw new VerboPipelineException(
            "Cannot build the vocabulary: no tokens dataset at " + layout.tokens()
                + ". Run `verbo tokenize` (or `verbo pipeline`) with the same verbo.run.root first.",
            null);
      }
    } catch (IOException e) {
      throw new VerboPipelineException("Cannot check " + layout.tokens(), e);
    }
  }
}
