package io.verbo.embed;

import io.verbo.VerboPipelineException;
import io.verbo.config.InvalidConfigException;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.spark.JobStage;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.store.RunRecovery;
import io.verbo.store.StagedArtifact;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The train-embeddings stage: reads the run's tokens and vocabulary, trains distributed Word2Vec
 * ({@link Word2VecTrainer}) and commits {@code embeddings/<name>/} atomically: Parquet vectors,
 * the training curve, the requested word2vec/GloVe files and {@code _metadata.json}. Stateless.
 */
public final class EmbeddingService {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingService.class);

  /** On-disk format version of embeddings artifacts. */
  public static final int FORMAT_VERSION = 1;

  private static final StructType ROUNDS_SCHEMA = new StructType()
      .add("epoch", DataTypes.IntegerType, false).add("round", DataTypes.IntegerType, false)
      .add("words", DataTypes.LongType, false).add("words_trained", DataTypes.LongType, false)
      .add("examples", DataTypes.LongType, false).add("loss", DataTypes.DoubleType, true)
      .add("alpha_start", DataTypes.DoubleType, false).add("alpha_end", DataTypes.DoubleType, false)
      .add("partitions_averaged", DataTypes.IntegerType, false).add("seconds", DataTypes.DoubleType, false);

  private EmbeddingService() {}

  /**
   * @param spark the session
   * @param request what to train and where
   * @return the summary
   * @throws VerboPipelineException if the run has no tokens or vocabulary yet, or nothing to train
   * @throws InvalidConfigException for a split the tokens dataset cannot filter on, or memory
   *     settings too small for the weights
   */
  public static EmbeddingSummary train(SparkSession spark, EmbeddingRequest request) {
    long start = System.nanoTime();
    RunLayout layout = request.layout();
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    RunRecovery.recover(layout, hadoopConf);
    require(layout.tokens(), "tokens dataset", "verbo tokenize", hadoopConf);
    require(layout.vocabulary(), "vocabulary", "verbo vocab", hadoopConf);
    Vocabulary vocab = VocabularyIO.read(spark, layout.vocabulary());
    Dataset<Row> tokens = spark.read().parquet(layout.tokens().toString());
    if (!request.splits().isEmpty()) {
      if (!List.of(tokens.columns()).contains(CorpusSchemas.SPLIT)) {
        throw new InvalidConfigException(EmbeddingKeys.SPLITS, request.splits().toString(),
            "cannot be applied: the tokens dataset has no split column", "set " + EmbeddingKeys.SPLITS + " = [] to train on every document");
      }
      tokens = tokens.filter(functions.col(CorpusSchemas.SPLIT).isin(request.splits().toArray()));
    }
    Word2VecFit fit = new Word2VecTrainer(request.settings()).fit(spark, tokens, vocab);

    Path target = EmbeddingLayout.dir(layout, request.name());
    try (JobStage stage = JobStage.begin(spark, Word2VecTrainer.STAGE, "write embeddings");
        StagedArtifact staged = StagedArtifact.begin(layout, target, hadoopConf)) {
      stage.step("write vectors");
      Map<VectorFormat, Integer> skipped = EmbeddingArtifact.write(spark, fit.vectors(), staged.path(), request.formats());
      stage.step("write training curve");
      spark.createDataFrame(roundRows(fit), ROUNDS_SCHEMA).coalesce(1).write()
          .parquet(EmbeddingLayout.roundsIn(staged.path()).toString());
      double seconds = (System.nanoTime() - start) / 1e9;
      EmbeddingSummary summary = new EmbeddingSummary(request.name(), fit.vectors().size(), fit.vectors().dimension(),
          fit.corpusWords(), fit.sentences(), request.settings().epochs(), fit.rounds().size(), fit.partitions(),
          fit.finalLoss(), fit.wordsPerSecond(), fit.seconds(), seconds, target.toString());
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("vectors", (long) summary.words());
      counts.put("dimension", (long) summary.dimension());
      counts.put("corpus_words", summary.corpusWords());
      counts.put("sentences", summary.sentences());
      counts.put("partitions", (long) summary.partitions());
      counts.put("rounds", (long) summary.rounds());
      skipped.forEach((f, n) -> counts.put("unwritable_tokens_" + f.configName(), (long) n));
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("word2vec", request.settings());
      provenance.put("splits", request.splits());
      provenance.put("formats", request.formats().stream().map(VectorFormat::configName).toList());
      provenance.put("memory", fit.memory().formula());
      provenance.put("run", request.config());
      ArtifactMetadata.of("embeddings", FORMAT_VERSION, provenance,
              List.of(layout.tokens().toString(), layout.vocabulary().toString()), counts,
              Map.of("train", Math.round(fit.seconds() * 1000), "total", Math.round(seconds * 1000)))
          .write(staged.path(), hadoopConf);
      staged.commit();
      LOG.info(summary.line());
      return summary;
    }
  }

  private static List<Row> roundRows(Word2VecFit fit) {
    List<Row> rows = new ArrayList<>();
    for (RoundStats r : fit.rounds()) {
      double loss = r.stats().meanLoss();
      rows.add(RowFactory.create(r.epoch(), r.round(), r.stats().wordsRead(), r.stats().wordsTrained(),
          r.stats().examples(), Double.isNaN(loss) ? null : loss, r.alphaStart(), r.alphaEnd(),
          r.partitionsAveraged(), r.seconds()));
    }
    return rows;
  }

  static void require(Path path, String what, String command, Configuration conf) {
    try {
      if (!path.getFileSystem(conf).exists(path)) {
        throw new VerboPipelineException("Cannot train embeddings: no " + what + " at " + path + ". Run `" + command
            + "` (or `verbo pipeline`) with the same verbo.run.root first.", null);
      }
    } catch (IOException e) {
      throw new VerboPipelineException("Cannot check " + path, e);
    }
  }
}
