package io.verbo.sentiment;

import io.verbo.VerboPipelineException;
import io.verbo.config.Split;
import io.verbo.eval.ClassificationAccumulator;
import io.verbo.eval.ConfusionCell;
import io.verbo.eval.EvaluationResult;
import io.verbo.eval.MetricRow;
import io.verbo.eval.RocCurve;
import io.verbo.eval.RocPoint;
import io.verbo.spark.JobStage;
import io.verbo.store.ArtifactMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
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
 * SparkDl4jMultiLayer} + {@link ParameterAveragingTrainingMaster}) and writes the model artifact
 * and the evaluation report of the run.
 *
 * <p>Minibatches are built on the executors ({@link TrainingData}, {@link SentimentDataSets}) and
 * never collected. Every RDD element already is a minibatch of {@code batch-size-per-worker}
 * examples of one length bucket, so the workers fit them as they are (DL4J only merges the few
 * short tail minibatches, padding them with masks). {@code saveUpdater(true)} keeps Adam's moments
 * across averaging rounds. Validation runs on the executors after every epoch; the epoch loop,
 * early stopping, checkpoints and resume are {@link TrainingLoop}'s. Stateless; driver-side.
 */
public final class SentimentTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainer.class);

  /** Model name in report rows. */
  public static final String MODEL_NAME = "sentiment";

  private SentimentTrainer() {}

  /**
   * The content of {@code metrics.json}.
   *
   * @param metrics metric rows
   * @param confusion confusion cells
   * @param curve training curve
   */
  public record ModelMetrics(
      List<MetricRow> metrics, List<ConfusionCell> confusion, List<EpochRecord> curve) {}

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
    FileSystem runFs = fileSystem(r.layout().root(), conf);
    Path exportDir = runFs.makeQualified(SentimentLayout.exportDir(r.layout(), r.runId()));
    try (JobStage stage = JobStage.begin(spark, "train-sentiment", "train model " + r.runId());
        TrainingData data = TrainingData.prepare(spark, r)) {
      List<String> labels = data.labels;
      int k = labels.size();
      s.training().earlyStoppingMetric().checkApplicable(k);
      TrainingApproachChooser.Decision decision =
          TrainingApproachChooser.choose(
              s.distributed().trainingApproach(),
              sc.master(),
              runFs.getUri().getScheme(),
              String.valueOf(FileSystem.getDefaultUri(conf).getScheme()));
      LOG.info("DL4J training approach {}: {}", decision.approach(), decision.reason());
      ParameterAveragingTrainingMaster tm = trainingMaster(s, decision.approach(), exportDir);

      double[] weights = ClassWeights.compute(s.training(), labels, data.trainCounts());
      MultiLayerNetwork initial =
          r.warmStart() != null
              ? r.warmStart()
              : SentimentNetwork.create(s, r.vocabulary(), r.vectors(), k, weights);
      Path checkpoints = SentimentLayout.checkpointDir(r.layout(), r.runId());
      TrainingLoop loop =
          new TrainingLoop(
              s,
              r.runId(),
              new Checkpointer(checkpoints, conf, s.training().keepCheckpoints()),
              r.listener(),
              n -> SentimentNetwork.unfreeze(n, s, k, weights));
      TrainingLoop.Outcome outcome =
          loop.run(
              initial,
              r.resume(),
              (net, epoch) -> {
                stage.step("epoch " + epoch + ": fit");
                TrainingLoop.EpochFit fit =
                    fitEpoch(sc, tm, net, data.train, s.distributed().collectTrainingStats());
                EpochCoverage.check(
                        epoch,
                        fit.examples(),
                        data.trainDocuments(),
                        s.distributed().averagingFrequency())
                    .ifPresent(m -> LOG.warn("train-sentiment {}: {}", r.runId(), m));
                return fit;
              },
              net -> {
                stage.step("validate");
                return SparkEvaluation.evaluate(jsc, net, data.validation, labels);
              });

      stage.step("evaluate the best model");
      ClassificationAccumulator valAcc =
          SparkEvaluation.accumulate(jsc, outcome.best(), data.validation, k);
      ClassificationAccumulator testAcc =
          SparkEvaluation.accumulate(jsc, outcome.best(), data.test, k);
      EvaluationResult val = valAcc.result(labels);
      EvaluationResult test = testAcc.result(labels);
      LOG.info(
          "train-sentiment {}: best epoch {}; validation {}; test {}",
          r.runId(),
          outcome.state().bestEpoch(),
          val.summary(),
          test.summary());
      List<MetricRow> rows = new ArrayList<>();
      List<ConfusionCell> cells = new ArrayList<>();
      List<RocPoint> roc = new ArrayList<>();
      for (Map.Entry<Split, ClassificationAccumulator> e :
          List.of(Map.entry(Split.VALIDATION, valAcc), Map.entry(Split.TEST, testAcc))) {
        EvaluationResult result = e.getKey() == Split.VALIDATION ? val : test;
        String split = e.getKey().label();
        if (result.count() > 0) { // an empty split has no metrics, not zeros
          rows.addAll(MetricRow.fromResult(r.runId(), MODEL_NAME, split, result));
          cells.addAll(ConfusionCell.fromResult(r.runId(), MODEL_NAME, split, result));
          roc.addAll(
              RocPoint.of(
                  r.runId(),
                  MODEL_NAME,
                  split,
                  e.getValue().rocCurve(RocCurve.DEFAULT_RESOLUTION)));
        }
      }

      stage.step("write model and reports");
      SentimentModel model =
          new SentimentModel(outcome.best(), r.vocabulary(), r.tokenizer(), labels, s);
      ArtifactMetadata metadata = metadata(r, data, outcome, model, decision, start);
      Path modelDir = SentimentLayout.modelDir(r.layout(), r.runId());
      model.save(modelDir, conf, metadata, new ModelMetrics(rows, cells, outcome.state().curve()));
      Path reportsDir =
          SentimentReports.write(
              spark,
              r.layout(),
              r.runId(),
              new SentimentReports.Content(rows, cells, outcome.state().curve(), roc),
              metadata);
      LOG.info(
          "train-sentiment {}: {} epochs, model {}, reports {}, {} s",
          r.runId(),
          outcome.state().epoch(),
          modelDir,
          reportsDir,
          (System.nanoTime() - start) / 1_000_000_000L);
      return new SentimentTrainResult(
          model,
          modelDir,
          reportsDir,
          outcome.state(),
          val,
          test,
          rows,
          decision.approach() + ": " + decision.reason(),
          data.trainDocuments());
    } finally {
      deleteExport(runFs, exportDir);
    }
  }

  private static ParameterAveragingTrainingMaster trainingMaster(
      SentimentSettings s, RDDTrainingApproach approach, Path exportDir) {
    DistributedSettings d = s.distributed();
    // rddDataSetNumExamples = batch size: each RDD element is one full minibatch.
    return new ParameterAveragingTrainingMaster.Builder(d.batchSizePerWorker())
        .batchSizePerWorker(d.batchSizePerWorker())
        .averagingFrequency(d.averagingFrequency())
        .workerPrefetchNumBatches(d.workerPrefetch())
        .saveUpdater(true)
        .rddTrainingApproach(approach)
        .exportDirectory(exportDir.toString())
        .storageLevel(StorageLevel.MEMORY_ONLY_SER())
        .rngSeed(s.training().seed())
        .collectTrainingStats(d.collectTrainingStats())
        .trainingHooks(new WorkerThreads.Hook())
        .build();
  }

  private static TrainingLoop.EpochFit fitEpoch(
      SparkContext sc,
      ParameterAveragingTrainingMaster tm,
      MultiLayerNetwork net,
      JavaRDD<DataSet> batches,
      boolean stats) {
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

  private static ArtifactMetadata metadata(
      SentimentTrainRequest r,
      TrainingData data,
      TrainingLoop.Outcome outcome,
      SentimentModel model,
      TrainingApproachChooser.Decision decision,
      long startNanos) {
    Map<String, Long> c = new LinkedHashMap<>();
    data.counts.forEach(
        (split, v) -> {
          for (int i = 0; i < data.labels.size(); i++) {
            c.put(split + "_" + data.labels.get(i), v[i]);
          }
          c.put(split + "_unknown_label", v[data.labels.size()]);
        });
    c.put("epochs", (long) outcome.state().epoch());
    c.put("best_epoch", (long) outcome.state().bestEpoch());
    c.put("vocabulary_size", (long) r.vocabulary().size());
    c.put("parameters", model.network().numParams());
    c.put("pretrained_vectors", r.vectors().isPresent() ? 1L : 0L);
    c.put("export_approach", decision.approach() == RDDTrainingApproach.Export ? 1L : 0L);
    return ArtifactMetadata.of(
        "sentiment-model",
        ModelFiles.FORMAT_VERSION,
        r.provenance() == null ? r.settings() : r.provenance(),
        List.of(r.tokens().toString()),
        c,
        Map.of("total", (System.nanoTime() - startNanos) / 1_000_000L));
  }

  private static FileSystem fileSystem(Path root, Configuration conf) {
    try {
      return root.getFileSystem(conf);
    } catch (IOException e) {
      throw new VerboPipelineException("Cannot resolve the file system of " + root, e);
    }
  }

  /**
   * Deletes DL4J's exported minibatches, and the run's staging area if that leaves it empty (as
   * {@link io.verbo.store.StagedArtifact} does after a commit): a finished run leaves no {@code
   * _staging} folder in the run root. Failures are logged, never thrown.
   */
  private static void deleteExport(FileSystem fs, Path exportDir) {
    try {
      if (fs.exists(exportDir)) {
        fs.delete(exportDir, true);
      }
      Path area = exportDir.getParent();
      if (fs.exists(area) && fs.listStatus(area).length == 0) {
        fs.delete(area, false);
      }
    } catch (IOException e) {
      LOG.warn("Could not delete {}", exportDir, e);
    }
  }
}
