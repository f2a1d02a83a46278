package io.verbo.tune;

import io.verbo.VerboPipelineException;
import io.verbo.config.SentimentStageSettings;
import io.verbo.config.VerboConfig;
import io.verbo.sentiment.SentimentTrainRequest;
import io.verbo.sentiment.SentimentTrainResult;
import io.verbo.sentiment.SentimentTrainer;
import io.verbo.spark.JobStage;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.store.RunRecovery;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a hyperparameter sweep ({@code verbo sweep}) over the run's tokens and vocabulary:
 *
 * <ol>
 *   <li>expand the search space into trials (grid or seeded random samples) and each trial's
 *       settings; a trial whose values do not validate is recorded as failed;
 *   <li>skip every (trial, fold) that an earlier run of the same {@code verbo.sweep.id} finished
 *       with the same parameters and seed (resume);
 *   <li>choose parallel or distributed trials ({@link SweepModeChooser}, logged with its reason)
 *       and train the rest, each on its fold's training part, scored on its held-out part, with the
 *       median-stopping rule; every result is committed to {@code _trials/} as it finishes;
 *   <li>write {@code trials/}, {@code best/} and {@code _metadata.json};
 *   <li>retrain the best trial on train + validation, evaluate it on test and save it as the model
 *       {@code models/sentiment/<id>-best} with its reports.
 * </ol>
 *
 * Stateless; driver-side.
 */
public final class SweepService {
  private static final Logger LOG = LoggerFactory.getLogger(SweepService.class);

  /** Format version of the sweep's reports. */
  public static final int FORMAT_VERSION = 1;

  private SweepService() {}

  /**
   * The provenance of a sweep's artifacts.
   *
   * @param config the run configuration
   * @param sweep the sweep settings
   * @param best the best trial, if any
   */
  public record Provenance(VerboConfig config, SweepSettings sweep, BestTrial best) {}

  /**
   * @param spark the session (built with {@link io.verbo.pipeline.SentimentStage#sparkDefaults})
   * @param req what to sweep
   * @return what the sweep produced
   * @throws VerboPipelineException if the run lacks tokens or vocabulary, or the sweep cannot run
   * @throws io.verbo.config.InvalidConfigException if the metric does not fit the problem
   */
  public static SweepResult run(SparkSession spark, SweepRequest req) {
    long start = System.nanoTime();
    VerboConfig config = req.config();
    SweepSettings sweep = req.sweep();
    RunLayout layout = new RunLayout(config.run().root());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    RunRecovery.recover(layout, conf);
    require(layout.tokens(), conf, "tokens dataset", "verbo tokenize");
    require(layout.vocabulary(), conf, "vocabulary", "verbo vocab");
    Path reportsDir = qualified(SweepLayout.reportsDir(layout, sweep.id()), conf);
    TrialStore store = new TrialStore(SweepLayout.trialResults(reportsDir));
    Path work = qualified(SweepLayout.work(layout, sweep.id()), conf);
    try (JobStage stage = JobStage.begin(spark, "sweep", "sweep " + sweep.id())) {
      stage.step("read vocabulary and classes");
      Vocabulary vocab = VocabularyIO.read(spark, layout.vocabulary());
      List<String> labels =
          SweepInputs.resolveLabels(spark, layout.tokens(), config.labels().classes());
      sweep.metric().checkApplicable(labels.size());
      List<Trial> trials = sweep.generateTrials();
      List<Integer> folds =
          sweep.folds() == 0
              ? List.of(TrialResult.FIXED_SPLIT)
              : IntStream.range(0, sweep.folds()).boxed().toList();
      EmbeddingTables embeddings = new EmbeddingTables(layout, conf, vocab, sweep.seed());
      SweepProgress progress =
          new SweepProgress(sweep.id(), trials.size(), folds.size(), req.onResult());

      List<PlannedTrial> planned =
          SweepPlanner.plan(req, trials, folds, store, embeddings, conf, progress);
      Dataset<Row> docs = SweepInputs.documents(spark, layout.tokens(), labels);
      stage.step("size the data");
      int slots = spark.sparkContext().defaultParallelism();
      SweepModeChooser.Decision mode =
          SweepModeChooser.choose(
              sweep.mode(),
              planned.size(),
              slots,
              SweepInputs.estimateBytes(docs),
              executorHeap(spark));
      LOG.info(
          "sweep {}: {} trials x {} folds, {} to train, {} already done; mode {}: {}",
          sweep.id(),
          trials.size(),
          folds.size(),
          planned.size(),
          progress.skipped,
          mode.mode().configName(),
          mode.reason());
      stage.step("collect the documents");
      SweepInputs inputs =
          SweepInputs.collect(
              docs, labels, sweep.folds(), sweep.seed(), mode.mode() == SweepMode.PARALLEL);
      SweepContext ctx =
          new SweepContext(
              spark,
              layout,
              sweep,
              trials.size(),
              folds,
              vocab,
              labels,
              config.tokenizer(),
              store,
              embeddings);
      FoldDatasets foldData = new FoldDatasets(spark, layout.tokens(), work, inputs);
      TrialExecutor executor =
          mode.mode() == SweepMode.PARALLEL
              ? new ParallelTrials(
                  ctx,
                  new SweepData(
                      vocab,
                      labels,
                      config.tokenizer(),
                      inputs.docLabels,
                      inputs.tokens,
                      inputs.groups,
                      inputs.kfold,
                      embeddings.loaded()),
                  sweep.maxConcurrentTrials() == 0 ? slots : sweep.maxConcurrentTrials())
              : new DistributedTrials(ctx, foldData, work);
      executor.run(planned, progress);

      stage.step("write the trials table");
      Map<TrialResult.TrialKey, TrialResult> results = new LinkedHashMap<>();
      store
          .readAll(conf)
          .forEach(
              (k, r) -> {
                if (k.trialId() < trials.size() && folds.contains(k.fold())) {
                  results.put(k, r);
                }
              });
      Optional<BestTrial> best = BestTrial.select(results.values(), folds.size(), sweep.metric());
      Map<String, Long> counts =
          SweepPlanner.counts(
              trials.size(), folds.size(), planned.size(), progress.skipped, results);
      SweepReportWriter.write(
          spark,
          layout,
          reportsDir,
          trials,
          results.values(),
          best,
          ArtifactMetadata.of(
              "sweep",
              FORMAT_VERSION,
              new Provenance(config, sweep, best.orElse(null)),
              List.of(layout.tokens().toString(), layout.vocabulary().toString()),
              counts,
              Map.of("total", (System.nanoTime() - start) / 1_000_000L)));
      best.ifPresentOrElse(
          b ->
              LOG.info(
                  "sweep {}: best {} {} = {} ± {} over {} fold(s): {}",
                  sweep.id(),
                  SweepLabels.trial(b.trialId()),
                  b.metric(),
                  fmt(b.meanObjective()),
                  fmt(b.stdObjective()),
                  b.folds(),
                  b.params()),
          () ->
              LOG.warn("sweep {}: no trial completed every fold; nothing to retrain", sweep.id()));

      Optional<SentimentTrainResult> model = Optional.empty();
      if (sweep.retrainBest() && best.isPresent()) {
        stage.step("retrain the best trial");
        model =
            Optional.of(
                retrain(
                    spark,
                    req,
                    trials.get(best.get().trialId()),
                    foldData,
                    vocab,
                    labels,
                    embeddings,
                    best.get()));
      }
      return new SweepResult(
          sweep.id(),
          reportsDir,
          mode,
          results.size(),
          planned.size(),
          progress.skipped,
          counts.get("completed").intValue(),
          counts.get("failed").intValue(),
          counts.get("stopped_early").intValue(),
          best,
          model);
    } finally {
      FoldDatasets.deleteWork(layout, work, conf);
    }
  }

  private static SentimentTrainResult retrain(
      SparkSession spark,
      SweepRequest req,
      Trial trial,
      FoldDatasets foldData,
      Vocabulary vocab,
      List<String> labels,
      EmbeddingTables embeddings,
      BestTrial best) {
    VerboConfig config = req.config();
    SentimentStageSettings s = TrialConfigs.apply(req.merged(), trial, req.sweep().metric());
    String runId = SweepLayout.bestModelRunId(req.sweep().id());
    LOG.info(
        "sweep {}: retraining {} on train + validation as model {}",
        req.sweep().id(),
        SweepLabels.trial(trial.index()),
        runId);
    SentimentTrainResult r =
        SentimentTrainer.train(
            spark,
            new SentimentTrainRequest(
                runId,
                new RunLayout(config.run().root()),
                foldData.forRetrain(),
                vocab,
                embeddings.rows(s.embeddings()),
                labels,
                config.tokenizer(),
                s.settings(),
                false,
                new Provenance(config, req.sweep(), best),
                null));
    LOG.info("sweep {}: best model {} test {}", req.sweep().id(), r.modelDir(), r.test().summary());
    return r;
  }

  /** The heap of one executor (the driver's in local mode), for the mode decision. */
  private static long executorHeap(SparkSession spark) {
    if (spark.sparkContext().isLocal()) {
      return Runtime.getRuntime().maxMemory();
    }
    return JavaUtils.byteStringAsBytes(
        spark.sparkContext().getConf().get("spark.executor.memory", "1g"));
  }

  private static Path qualified(Path p, Configuration conf) {
    try {
      return p.getFileSystem(conf).makeQualified(p);
    } catch (IOException e) {
      throw new VerboPipelineException("Cannot resolve the file system of " + p, e);
    }
  }

  private static void require(Path path, Configuration conf, String what, String command) {
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new VerboPipelineException(
            "No "
                + what
                + " at "
                + path
                + ". Run `"
                + command
                + "` with the same verbo.run.root first.",
            null);
      }
    } catch (IOException e) {
      throw new VerboPipelineException("Cannot check " + path, e);
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
