package io.verbo.pipeline;

import io.verbo.VerboPipelineException;
import io.verbo.config.InputSettings;
import io.verbo.config.VerboConfig;
import io.verbo.corpus.Classified;
import io.verbo.corpus.CorpusReader;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.corpus.DocumentClassifier;
import io.verbo.corpus.InputFiles;
import io.verbo.corpus.TokenizeParams;
import io.verbo.sentiment.BatchScorer;
import io.verbo.sentiment.ModelArtifact;
import io.verbo.spark.JobStage;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.store.StagedArtifact;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch scoring: reads {@code verbo.input.*} exactly as the tokenize stage does (any format, bad
 * records to rejects with their reason; labels are not needed and not checked), scores every kept
 * document with a saved model (tokenized with the model's own tokenizer settings, one model per
 * executor) and commits {@code predictions/<run-id>/} with {@code predictions/} ({@code doc_id,
 * label, probabilities}), {@code rejects/} and {@code _metadata.json}. Stateless.
 */
public final class ScoreStage {
  private static final Logger LOG = LoggerFactory.getLogger(ScoreStage.class);
  private static final StructType DOCS =
      new StructType()
          .add(CorpusSchemas.DOC_ID, DataTypes.StringType, false)
          .add(CorpusSchemas.TEXT, DataTypes.StringType, false);

  private ScoreStage() {}

  /**
   * @param config the run configuration
   * @return where predictions of {@code verbo.sentiment.run-id} go
   */
  public static Path outputDir(VerboConfig config) {
    return new Path(new Path(new RunLayout(config.run().root()).root(), "predictions"), config.sentiment().runId());
  }

  /**
   * @param spark the session
   * @param config the run configuration (its input is what gets scored)
   * @param modelDir the saved model
   * @return the summary line
   */
  public static List<String> score(SparkSession spark, VerboConfig config, Path modelDir) {
    long start = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    requireModel(modelDir, conf);
    RunLayout layout = new RunLayout(config.run().root());
    InputFiles files = InputFiles.resolve(config.input(), conf);
    TokenizeParams params = scoringParams(config);
    Path target = outputDir(config);
    try (JobStage stage = JobStage.begin(spark, "score", "score " + files.files().size() + " file(s)");
        StagedArtifact staged = StagedArtifact.begin(layout, target, conf)) {
      JavaRDD<Classified> classified =
          CorpusReader.read(spark, params, files)
              .mapPartitions(records -> {
                DocumentClassifier classifier = new DocumentClassifier(params);
                java.util.List<Classified> out = new java.util.ArrayList<>();
                records.forEachRemaining(r -> out.add(classifier.classify(r)));
                return out.iterator();
              })
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      try {
        stage.step("score documents");
        Dataset<Row> docs =
            spark.createDataFrame(
                classified.filter(c -> c.kept() != null).map(c -> RowFactory.create(c.kept().docId(), c.kept().text())),
                DOCS);
        Dataset<Row> predictions = BatchScorer.score(spark, docs, modelDir);
        predictions.write().parquet(new Path(staged.path(), "predictions").toString());
        stage.step("write rejects");
        spark.createDataFrame(
                classified.filter(c -> c.rejected() != null).map(c -> CorpusSchemas.toRow(c.rejected())),
                CorpusSchemas.REJECTS_SCHEMA)
            .coalesce(1)
            .write()
            .parquet(new Path(staged.path(), "rejects").toString());
        Map<String, Long> outcomes = new TreeMap<>(classified.map(Classified::outcome).countByValue());
        Map<String, Long> counts = new LinkedHashMap<>();
        long read = outcomes.values().stream().mapToLong(Long::longValue).sum();
        long scored = outcomes.getOrDefault(Classified.KEPT, 0L);
        counts.put("records_read", read);
        counts.put("documents_scored", scored);
        outcomes.forEach((k, v) -> {
          if (!k.equals(Classified.KEPT)) {
            counts.put("rejected_" + k, v);
          }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        ArtifactMetadata.of("predictions", 1, config, List.of(modelDir.toString(), String.join(",", files.files())),
                counts, Map.of("total", Math.round(seconds * 1000)))
            .write(staged.path(), conf);
        staged.commit();
        String line = String.format(Locale.ROOT, "score: read=%d scored=%d rejected=%d with %s in %.1f s -> %s",
            read, scored, read - scored, modelDir, seconds, target);
        LOG.info(line);
        return List.of(line);
      } finally {
        classified.unpersist(false);
      }
    }
  }

  /** Tokenize parameters for scoring: the text is kept and labels are neither read nor checked. */
  private static TokenizeParams scoringParams(VerboConfig config) {
    InputSettings in = config.input();
    InputSettings unlabelled = new InputSettings(in.paths(), in.format(), in.idColumn(), in.textColumns(),
        in.titleColumn(), "", in.langColumn(), in.maxDocChars(), in.header(), in.separator(), in.minPartitions());
    TokenizeParams p = TokenizeParams.from(config);
    return new TokenizeParams(unlabelled, p.labels(), p.tokenizer(), p.split(), true, p.rejectRawMaxChars());
  }

  private static void requireModel(Path modelDir, Configuration conf) {
    ModelArtifact.recover(modelDir, conf);
    try {
      if (!modelDir.getFileSystem(conf).exists(modelDir)) {
        throw new VerboPipelineException(
            "No model at " + modelDir + ". Train one with `verbo train-sentiment` or pass --model DIR.", null);
      }
    } catch (IOException e) {
      throw new VerboPipelineException("Cannot check " + modelDir, e);
    }
  }
}
