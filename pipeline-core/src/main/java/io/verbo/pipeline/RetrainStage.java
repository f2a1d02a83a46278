package io.verbo.pipeline;

import io.verbo.VerboPipelineException;
import io.verbo.config.InvalidConfigException;
import io.verbo.config.RetrainSettings;
import io.verbo.config.VerboConfig;
import io.verbo.eval.EvaluationResult;
import io.verbo.registry.ChampionChallenger;
import io.verbo.registry.ChampionPointer;
import io.verbo.registry.ModelRegistry;
import io.verbo.registry.ModelVersion;
import io.verbo.registry.RegistryLayout;
import io.verbo.registry.RegistryRecovery;
import io.verbo.registry.RetrainHistory;
import io.verbo.registry.RetrainRecord;
import io.verbo.sentiment.ModelEvaluator;
import io.verbo.sentiment.SentimentLayout;
import io.verbo.sentiment.StoppingMetric;
import io.verbo.spark.JobStage;
import io.verbo.store.RunLayout;
import io.verbo.store.RunRecovery;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code verbo retrain}: champion/challenger retraining with the model registry. In order:
 *
 * <ol>
 *   <li>repair the registry after an interrupted run ({@link RegistryRecovery});
 *   <li>with {@code verbo.sentiment.resume} ({@code --resume}), pick the newest interrupted run
 *       ({@link InterruptedRetrainRuns}) and continue it under its run id from its newest
 *       checkpoint; otherwise start a new run id;
 *   <li>refresh the run's data ({@code verbo.retrain.refresh}: tokenize, vocab);
 *   <li>train the challenger ({@link ChallengerTraining}, fresh or warm-started);
 *   <li>evaluate challenger and champion on the same held-out split ({@link ModelEvaluator});
 *   <li>decide ({@link ChampionChallenger});
 *   <li>commit the challenger as the next version, move the pointer if it won, append the history
 *       row, in that order (see {@link RegistryRecovery} for what a crash between them leaves).
 * </ol>
 *
 * A rejected challenger is a normal outcome, not a failure. Stateless; driver-side.
 */
public final class RetrainStage {
  private static final Logger LOG = LoggerFactory.getLogger(RetrainStage.class);
  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("'retrain-'yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private RetrainStage() {}

  /**
   * @param config the run configuration
   * @return the registry {@code verbo.retrain.registry} names (default {@code RUN_ROOT/registry})
   */
  public static RegistryLayout registry(VerboConfig config) {
    return config
        .retrain()
        .registryOpt()
        .map(RegistryLayout::new)
        .orElseGet(() -> RegistryLayout.inRun(new RunLayout(config.run().root())));
  }

  /**
   * Checks what can be checked before Spark starts, beyond the records' own validation.
   *
   * @param config the run configuration
   * @throws InvalidConfigException if {@code verbo.retrain.metric = auc} for a problem that does
   *     not have exactly two configured classes (AUC would be undefined for every challenger)
   */
  public static void checkConfig(VerboConfig config) {
    List<String> classes = config.labels().classes();
    if (config.retrain().metric() == StoppingMetric.AUC && !classes.isEmpty() && classes.size() != 2) {
      throw new InvalidConfigException(
          RetrainSettings.METRIC,
          "auc",
          "is only defined for 2 classes, verbo.labels.classes has " + classes.size(),
          "use macro_f1, accuracy or loss");
    }
  }

  /**
   * @param spark the session (built with {@link SentimentStage#sparkDefaults})
   * @param config the run configuration
   * @return the decision and summary lines
   */
  public static RetrainOutcome run(SparkSession spark, VerboConfig config) {
    return run(spark, config, RetrainListener.NONE);
  }

  /**
   * @param spark the session (built with {@link SentimentStage#sparkDefaults})
   * @param config the run configuration
   * @param listener observes the registry writes
   * @return the decision and summary lines
   * @throws VerboPipelineException when the run lacks data or warm start is impossible
   */
  public static RetrainOutcome run(SparkSession spark, VerboConfig config, RetrainListener listener) {
    checkConfig(config);
    long start = System.nanoTime();
    Instant now = Instant.now();
    RetrainSettings rs = config.retrain();
    RunLayout layout = new RunLayout(config.run().root());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    RunRecovery.recover(layout, conf);
    ModelRegistry registry = new ModelRegistry(registry(config), conf);
    List<String> lines = new ArrayList<>();

    RegistryRecovery.Result recovery;
    try (JobStage stage = JobStage.begin(spark, "retrain", "recover registry " + registry.layout())) {
      recovery = RegistryRecovery.recover(spark, registry);
    }
    if (!recovery.orphansRemoved().isEmpty() || !recovery.recovered().isEmpty()) {
      lines.add("retrain: repaired an interrupted run: orphans removed " + recovery.orphansRemoved()
          + ", history rows recovered " + recovery.recovered().size());
    }
    Optional<String> interrupted =
        config.sentiment().resume()
            ? InterruptedRetrainRuns.newest(layout, conf, decidedRunIds(spark, registry))
            : Optional.empty();
    String runId = interrupted.orElseGet(() -> RUN_ID.format(now));
    if (interrupted.isPresent()) {
      LOG.info("retrain {}: resuming the interrupted run from its newest checkpoint", runId);
      lines.add("retrain: resuming interrupted run " + runId);
    } else if (config.sentiment().resume()) {
      LOG.info("retrain {}: resume requested but no interrupted run to resume: fresh run", runId);
    }
    Optional<ModelVersion> champion = registry.champion().map(ChampionPointer::modelVersion);
    LOG.info("retrain {}: registry {}, champion {}", runId, registry.layout().sentiment(),
        champion.map(ModelVersion::name).orElse("none"));

    lines.addAll(RetrainData.refresh(spark, config, layout, conf));
    long evalDocs = RetrainData.heldOutCount(spark, layout, rs);

    ChallengerTraining.Challenger challenger =
        ChallengerTraining.train(spark, config, runId, registry, champion, interrupted.isPresent());
    Path challengerDir = challenger.result().modelDir();

    Comparison cmp = compare(spark, layout, rs, runId, challengerDir, registry, champion);
    EvaluationResult challengerEval = cmp.challenger();
    Optional<EvaluationResult> championEval = cmp.champion();
    ChampionChallenger.Verdict verdict = cmp.verdict();
    LOG.info("retrain {}: {}: {}", runId, verdict.decision().label(), verdict.reason());

    ModelVersion version = registry.commitVersion(challengerDir, recovery.highestUsed() + 1);
    listener.afterVersionCommitted(version);
    RetrainRecord record =
        new RetrainRecord(
            System.currentTimeMillis(),
            runId,
            version.name(),
            champion.map(ModelVersion::name).orElse(null),
            verdict.decision().promotes() ? version.name() : champion.orElseThrow().name(),
            rs.metric().configName(),
            rs.metric().higherIsBetter(),
            rs.margin(),
            metrics(challengerEval),
            championEval.map(RetrainStage::metrics).orElse(Map.of()),
            rs.evalSplit().label(),
            verdict.decision(),
            verdict.reason(),
            challenger.warmStartedFrom().isPresent(),
            inputs(config, layout),
            counts(challenger, evalDocs, challengerEval, championEval),
            recovery.orphansRemoved());
    if (verdict.decision().promotes()) {
      registry.promote(ChampionPointer.of(record));
      listener.afterPromotion(version);
    }
    try (JobStage stage = JobStage.begin(spark, "retrain", "append history row " + runId)) {
      RetrainHistory.append(spark, registry.layout(), List.of(record));
    }
    deleteRunModel(layout, runId, conf);

    lines.add(String.format(Locale.ROOT, "retrain: %s: challenger %s (%s), %d training documents",
        runId, version, challenger.warmStartedFrom().map(v -> "warm start from " + v).orElse("fresh"),
        challenger.result().trainExamples()));
    lines.add("retrain: challenger " + rs.evalSplit().label() + " " + challengerEval.summary());
    championEval.ifPresent(e -> lines.add(
        "retrain: champion " + champion.orElseThrow() + " " + rs.evalSplit().label() + " " + e.summary()));
    lines.add("retrain: decision " + verdict.decision().label() + ": " + verdict.reason());
    lines.add("retrain: champion " + record.championAfter() + " -> "
        + registry.layout().version(ModelVersion.parse(record.championAfter()).orElseThrow()));
    LOG.info("retrain {}: done in {} s", runId, (System.nanoTime() - start) / 1_000_000_000L);
    return new RetrainOutcome(record, recovery, lines);
  }

  /** @return the run ids the history has a row for */
  private static Set<String> decidedRunIds(SparkSession spark, ModelRegistry registry) {
    return RetrainHistory.read(spark, registry.layout()).stream()
        .map(RetrainRecord::runId)
        .collect(Collectors.toSet());
  }

  /**
   * @param challenger the challenger's result on the held-out split
   * @param champion the champion's result on the same documents, if there is a champion
   * @param verdict the decision
   */
  private record Comparison(
      EvaluationResult challenger,
      Optional<EvaluationResult> champion,
      ChampionChallenger.Verdict verdict) {}

  /** Evaluates both models on the same held-out documents and applies the rule. */
  private static Comparison compare(
      SparkSession spark,
      RunLayout layout,
      RetrainSettings rs,
      String runId,
      Path challengerDir,
      ModelRegistry registry,
      Optional<ModelVersion> champion) {
    EvaluationResult challengerEval;
    Optional<EvaluationResult> championEval = Optional.empty();
    try (JobStage stage = JobStage.begin(spark, "retrain", "compare on " + rs.evalSplit().label())) {
      Dataset<Row> docs = RetrainData.labelledTokens(spark, layout);
      stage.step("evaluate challenger " + runId);
      challengerEval = ModelEvaluator.evaluate(spark, docs, challengerDir, rs.evalSplit());
      if (champion.isPresent()) {
        stage.step("evaluate champion " + champion.get());
        Path dir = registry.layout().version(champion.get());
        championEval = Optional.of(ModelEvaluator.evaluate(spark, docs, dir, rs.evalSplit()));
      }
    }
    ChampionChallenger.Verdict verdict =
        ChampionChallenger.judge(rs.metric(), rs.margin(), challengerEval, championEval);
    if (championEval.isPresent() && championEval.get().count() != challengerEval.count()) {
      // Each model skips documents whose label is not one of its classes.
      String note = String.format(Locale.ROOT, " (evaluated on %d vs %d documents: the label sets"
          + " differ)", challengerEval.count(), championEval.get().count());
      LOG.warn("retrain {}: challenger and champion{}", runId, note);
      verdict = new ChampionChallenger.Verdict(verdict.decision(), verdict.improvement(),
          verdict.reason() + note);
    }
    return new Comparison(challengerEval, championEval, verdict);
  }

  /** @return the defined metrics of a result by configuration name ({@code NaN}s are left out) */
  static Map<String, Double> metrics(EvaluationResult r) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (StoppingMetric m : StoppingMetric.values()) {
      double v = m.valueOf(r);
      if (!Double.isNaN(v)) {
        out.put(m.configName(), v);
      }
    }
    return out;
  }

  private static List<String> inputs(VerboConfig config, RunLayout layout) {
    List<String> out = new ArrayList<>();
    if (config.retrain().refresh().contains("tokenize")) {
      out.addAll(config.input().paths());
    }
    out.add(layout.tokens().toString());
    out.add(layout.vocabulary().toString());
    return out;
  }

  private static Map<String, Long> counts(
      ChallengerTraining.Challenger c,
      long evalDocs,
      EvaluationResult challenger,
      Optional<EvaluationResult> champion) {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("train_documents", c.result().trainExamples());
    out.put("eval_documents", evalDocs);
    out.put("challenger_evaluated", challenger.count());
    champion.ifPresent(e -> out.put("champion_evaluated", e.count()));
    out.put("epochs", (long) c.result().state().epoch());
    return out;
  }

  /** The registry holds the challenger now; its run copy and checkpoints are redundant. */
  private static void deleteRunModel(RunLayout layout, String runId, Configuration conf) {
    for (Path p :
        List.of(SentimentLayout.modelDir(layout, runId), SentimentLayout.checkpointDir(layout, runId))) {
      try {
        FileSystem fs = p.getFileSystem(conf);
        if (fs.exists(p)) {
          fs.delete(p, true);
        }
      } catch (IOException e) {
        LOG.warn("Could not delete {}", p, e);
      }
    }
  }
}
