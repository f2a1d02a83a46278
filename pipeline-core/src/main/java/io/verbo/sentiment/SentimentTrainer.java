package io.verbo.sentiment;

import static org.apache.spark.sql.functions.col;

import io.verbo.VerboPipelineException;
import io.verbo.config.Split;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.eval.ConfusionCell;
import io.verbo.eval.EvaluationResult;
import io.verbo.eval.MetricRow;
import io.verbo.spark.JobStage;
import io.verbo.store.ArtifactMetadata;
import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.deeplearning4j.spark.impl.multilayer.SparkDl4jMultiLayer;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the sentiment classifier on Spark with DL4J parameter averaging ({@link
 * SparkDl4jMultiLayer} + {@link ParameterAveragingTrainingMaster}) and writes the model artifact and
 * the evaluation report of the run.
 *
 * <p>Minibatches are built on the executors from the tokens dataset ({@link SentimentDataSets}) and
 * never collected. Every DL4J minibatch already holds {@code batch-size-per-worker} examples of one
 * length bucket, so the workers fit them as they are (DL4J only merges the few short tail batches,
 * padding them with masks). {@code saveUpdater(true)} keeps Adam's moments across averaging rounds.
 * Validation runs on the executors after every epoch; the loop, early stopping, checkpoints and
 * resume are {@link TrainingLoop}'s. Stateless; driver-side.
 */
public final class SentimentTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainer.class);

  /** Model name in report rows. */
  public static final String MODEL_NAME = "sentiment";

  private SentimentTrainer() {}

  /**
   * @param spark the session (started with {@link SparkTrainingEnvironment#recommendedSparkConf})
   * @param r what to train
   * @return the trained model, where it was written, and its metrics
   * @throws VerboPipelineException if there is no labelled training data
   * @throws IllegalStateException if Kryo is on without the ND4J registrator
   */
  public static SentimentTrainResult train(SparkSession spark, SentimentTrainRequest r) {
    long start = System.nanoTime();
    SparkContext sc = spark.sparkContext();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
    Configuration conf = sc.hadoopConfiguration();
    SentimentSettings s = r.settings();
    SparkTrainingEnvironment.check(sc, s.distributed());
    try (JobStage stage = JobStage.begin(spark, "train-sentiment", "train sentiment model " + r.runId())) {
      stage.step("read tokens and count labels");
      Dataset<Row> tokens = spark.read().parquet(r.tokens().toString());
      for (String c : List.of(CorpusSchemas.LABEL, CorpusSchemas.TOKENS, CorpusSchemas.SPLIT)) {
        if (!Arrays.asList(tokens.columns()).contains(c)) {
          throw new VerboPipelineException("Cannot train: " + r.tokens() + " has no column '" + c + "'; run the tokenize stage first", null);
        }
      }
      List<String> labels = r.labels().isEmpty() ? distinctTrainLabels(tokens) : r.labels();
      Dataset<Row> labelled = SentimentDataSets.withLabelIndex(tokens, labels);
      Map<String, long[]> counts = countBySplit(labelled, labels.size());
      long[] trainCounts = counts.getOrDefault(Split.TRAIN.label(), new long[labels.size() + 1]);
      long trainDocs = Arrays.stream(trainCounts, 0, labels.size()).sum();
      if (labels.size() < 2 || trainDocs == 0) {
        throw new VerboPipelineException(
            "Cannot train: need labelled training documents of at least 2 classes, found " + trainDocs + " for classes " + labels, null);
      }
      LOG.info("train-sentiment {}: classes {}, documents per split and class {}", r.runId(), labels, render(counts));

      Dataset<Row> train = split(labelled, Split.TRAIN);
      Buckets buckets = SentimentDataSets.buckets(train, s.encoding());
      int bs = s.distributed().batchSizePerWorker();
      Broadcast<Vocabulary> vocab = jsc.broadcast(r.vocabulary());
      JavaRDD<DataSet> trainBatches =
          SentimentDataSets.minibatches(train, vocab, s.encoding(), buckets, bs, labels.size(), s.training().seed());
      JavaRDD<DataSet> valBatches =
          SentimentDataSets.minibatches(split(labelled, Split.VALIDATION), vocab, s.encoding(), buckets, bs, labels.size(), null)
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      JavaRDD<DataSet> testBatches =
          SentimentDataSets.minibatches(split(labelled, Split.TEST), vocab, s.encoding(), buckets, bs, labels.size(), null);
      LOG.info("train-sentiment {}: length buckets {}, {} examples per minibatch", r.runId(), buckets, bs);

      Path exportDir = SentimentLayout.exportDir(r.layout(), r.runId());
      TrainingApproachChooser.Decision decision =
          TrainingApproachChooser.choose(
              s.distributed().trainingApproach(), sc.master(), r.layout().root().getFileSystem(conf).getUri().getScheme());
      LOG.info("DL4J training approach {}: {}", decision.approach(), decision.reason());
      ParameterAveragingTrainingMaster tm = trainingMaster(s, decision.approach(), exportDir.toString());

      double[] weights = ClassWeights.compute(s.training(), labels, Arrays.copyOf(trainCounts, labels.size()));
      MultiLayerNetwork initial = SentimentNetwork.create(s, r.vocabulary(), r.vectors(), labels.size(), weights);
      Checkpointer checkpointer =
          new Checkpointer(SentimentLayout.checkpointDir(r.layout(), r.runId()), conf, s.training().keepCheckpoints());
      TrainingLoop loop =
          new TrainingLoop(s, r.runId(), checkpointer, r.listener(), n -> SentimentNetwork.unfreeze(n, s, labels.size(), weights));
      try {
        TrainingLoop.Outcome outcome =
            loop.run(
                initial,
                r.resume(),
                (net, epoch) -> {
                  stage.step("epoch " + epoch + ": fit");
                  return fitEpoch(sc, tm, net, trainBatches, s.distributed().collectTrainingStats());
                },
                net -> {
                  stage.step("validate");
                  return SparkEvaluation.evaluate(jsc, net, valBatches, labels);
                });
        stage.step("evaluate best model");
        EvaluationResult val = SparkEvaluation.evaluate(jsc, outcome.best(), valBatches, labels);
        EvaluationResult test = SparkEvaluation.evaluate(jsc, outcome.best(), testBatches, labels);
        LOG.info("train-sentiment {}: best epoch {}; validation {}; test {}", r.runId(), outcome.state().bestEpoch(), val.summary(), test.summary());

        stage.step("write model and reports");
        List<MetricRow> rows = new ArrayList<>(MetricRow.fromResult(r.runId(), MODEL_NAME, Split.VALIDATION.label(), val));
        rows.addAll(MetricRow.fromResult(r.runId(), MODEL_NAME, Split.TEST.label(), test));
        List<ConfusionCell> cells = new ArrayList<>(ConfusionCell.fromResult(r.runId(), MODEL_NAME, Split.VALIDATION.label(), val));
        cells.addAll(ConfusionCell.fromResult(r.runId(), MODEL_NAME, Split.TEST.label(), test));
        SentimentModel model = new SentimentModel(outcome.best(), r.vocabulary(), r.tokenizer(), labels, s);
        ArtifactMetadata metadata = metadata(r, counts, labels, outcome, model, decision, start);
        Path modelDir = SentimentLayout.modelDir(r.layout(), r.runId());
        model.save(modelDir, conf, metadata, new ModelMetrics(rows, cells, outcome.state().curve()));
        Path reportsDir = SentimentReports.write(spark, r.layout(), r.runId(), rows, cells, outcome.state().curve(), metadata);
        LOG.info("train-sentiment {}: model {} and reports {} written in {} s", r.runId(), modelDir, reportsDir, (System.nanoTime() - start) / 1_000_000_000L);
        return new SentimentTrainResult(
            model, modelDir, reportsDir, outcome.state(), val, test, rows, decision.approach() + ": " + decision.reason(), trainDocs);
      } finally {
        trainBatches.unpersist(false);
        valBatches.unpersist(false);
        vocab.destroy();
        deleteQuietly(exportDir, conf);
      }
    } catch (IOException e) {
      throw new VerboPipelineException("Cannot resolve the file system of " + r.layout().root(), e);
    }
  }

  /**
   * The content of {@code metrics.json}.
   *
   * @param metrics metric rows
   * @param confusion confusion cells
   * @param curve training curve
   */
  public record ModelMetrics(List<MetricRow> metrics, List<ConfusionCell> confusion, List<EpochRecord> curve) {}

  private static ParameterAveragingTrainingMaster trainingMaster(SentimentSettings s, RDDTrainingApproach approach, String exportDir) {
    DistributedSettings d = s.distributed();
    // rddDataSetNumExamples = batch size: each RDD element is one full minibatch.
    return new ParameterAveragingTrainingMaster.Builder(d.batchSizePerWorker())
        .batchSizePerWorker(d.batchSizePerWorker())
        .averagingFrequency(d.averagingFrequency())
        .workerPrefetchNumBatches(d.workerPrefetch())
        .saveUpdater(true)
        .rddTrainingApproach(approach)
        .exportDirectory(exportDir)
        .storageLevel(StorageLevel.MEMORY_ONLY_SER())
        .rngSeed(s.training().seed())
        .collectTrainingStats(d.collectTrainingStats())
        .build();
  }

  private static TrainingLoop.EpochFit fitEpoch(
      SparkContext sc, ParameterAveragingTrainingMaster tm, MultiLayerNetwork net, JavaRDD<DataSet> batches, boolean stats) {
    DoubleAccumulator loss = sc.doubleAccumulator("sentiment minibatch loss");
    LongAccumulator minibatches = sc.longAccumulator("sentiment minibatches");
    LongAccumulator examples = sc.longAccumulator("sentiment examples");
    SparkDl4jMultiLayer sparkNet = new SparkDl4jMultiLayer(sc, net, tm);
    sparkNet.setListeners(new LossListener(loss, minibatches, examples));
    MultiLayerNetwork trained = sparkNet.fit(batches);
    if (stats && sparkNet.getSparkTrainingStats() != null) {
      LOG.info("DL4J training stats:\n{}", sparkNet.getSparkTrainingStats().statsAsString());
    }
    double mean = minibatches.value() == 0 ? Double.NaN : loss.value() / minibatches.value();
    return new TrainingLoop.EpochFit(trained, mean, examples.value());
  }

  private static Dataset<Row> split(Dataset<Row> labelled, Split split) {
    return labelled.filter(col(CorpusSchemas.SPLIT).equalTo(split.label()).and(col(SentimentDataSets.LABEL_INDEX).geq(0)));
  }

  private static List<String> distinctTrainLabels(Dataset<Row> tokens) {
    return tokens
        .filter(col(CorpusSchemas.SPLIT).equalTo(Split.TRAIN.label()).and(col(CorpusSchemas.LABEL).isNotNull()))
        .select(CorpusSchemas.LABEL)
        .distinct()
        .orderBy(CorpusSchemas.LABEL)
        .collectAsList()
        .stream()
        .map(row -> row.getString(0))
        .toList();
  }

  /** Per split: documents per class, and (last slot) documents whose label is not a class. */
  private static Map<String, long[]> countBySplit(Dataset<Row> labelled, int k) {
    Map<String, long[]> out = new TreeMap<>();
    for (Row row : labelled.groupBy(CorpusSchemas.SPLIT, SentimentDataSets.LABEL_INDEX).count().collectAsList()) {
      int idx = row.getInt(1);
      out.computeIfAbsent(row.getString(0), x -> new long[k + 1])[idx < 0 ? k : idx] += row.getLong(2);
    }
    return out;
  }

  private static String render(Map<String, long[]> counts) {
    Map<String, String> m = new LinkedHashMap<>();
    counts.forEach((split, c) -> m.put(split, Arrays.toString(c)));
    return m.toString();
  }

  private static ArtifactMetadata metadata(
      SentimentTrainRequest r,
      Map<String, long[]> counts,
      List<String> labels,
      TrainingLoop.Outcome outcome,
      SentimentModel model,
      TrainingApproachChooser.Decision decision,
      long startNanos) {
    Map<String, Long> c = new LinkedHashMap<>();
    counts.forEach(
        (split, v) -> {
          for (int i = 0; i < labels.size(); i++) {
            c.put(split + "_" + labels.get(i), v[i]);
          }
          c.put(split + "_unknown_label", v[labels.size()]);
        });
    c.put("epochs", (long) outcome.state().epoch());
    c.put("best_epoch", (long) outcome.state().bestEpoch());
    c.put("vocabulary_size", (long) r.vocabulary().size());
    c.put("parameters", model.network().numParams());
    c.put("pretrained_vectors", r.vectors().isPresent() ? 1L : 0L);
    c.put("export_approach", decision.approach() == RDDTrainingApproach.Export ? 1L : 0L);
    Object config = r.provenance() == null ? r.settings() : r.provenance();
    return ArtifactMetadata.of(
        "sentiment-model",
        ModelArtifact.FORMAT_VERSION,
        config,
        List.of(r.tokens().toString()),
        c,
        Map.of("total", (System.nanoTime() - startNanos) / 1_000_000L));
  }

  private static void deleteQuietly(Path dir, Configuration conf) {
    try {
      FileSystem fs = dir.getFileSystem(conf);
      if (fs.exists(dir)) {
        fs.delete(dir, true);
      }
    } catch (IOException e) {
      LOG.warn("Could not delete {}", dir, e);
    }
  }
}
