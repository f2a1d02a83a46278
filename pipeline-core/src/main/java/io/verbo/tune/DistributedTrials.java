package io.verbo.tune;

import io.verbo.sentiment.SentimentTrainRequest;
import io.verbo.sentiment.SentimentTrainer;
import io.verbo.store.RunLayout;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Distributed trials: one (trial, fold) at a time, each trained on the whole cluster with DL4J
 * parameter averaging by the {@code train-sentiment} trainer ({@link SentimentTrainer}), on a
 * tokens dataset whose splits are the fold's ({@link FoldDatasets}). The trainer's model, reports
 * and checkpoints go to a scratch run root under the sweep's work folder and are deleted after each
 * trial. The median rule runs on the driver after each epoch against the trials finished before.
 * Driver-side; one instance per sweep run.
 */
final class DistributedTrials implements TrialExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(DistributedTrials.class);

  private final SweepContext ctx;
  private final FoldDatasets folds;
  private final Path work;

  /**
   * @param ctx the sweep
   * @param folds the fold datasets
   * @param work the sweep's work folder
   */
  DistributedTrials(SweepContext ctx, FoldDatasets folds, Path work) {
    this.ctx = ctx;
    this.folds = folds;
    this.work = work;
  }

  @Override
  public void run(List<PlannedTrial> planned, Consumer<TrialResult> onResult) {
    Configuration conf = ctx.spark().sparkContext().hadoopConfiguration();
    MedianStoppingRule rule = ctx.rule();
    for (PlannedTrial p : planned) {
      String sweepId = ctx.sweep().id();
      String metric = ctx.sweep().metric().configName();
      TrialCurve curve =
          new TrialCurve(
              ctx.sweep().metric(),
              rule,
              () -> ctx.store().readAll(conf).values(),
              p.trial().index(),
              p.fold());
      Path scratch = new Path(work, "trial");
      long start = System.nanoTime();
      TrialResult result;
      ctx.spark().sparkContext().setJobDescription(ctx.describe(p));
      try {
        SentimentTrainer.train(
            ctx.spark(),
            new SentimentTrainRequest(
                runId(p),
                new RunLayout(scratch.toString()),
                folds.forFold(p.fold()),
                ctx.vocabulary(),
                ctx.embeddings().rows(p.settings().embeddings()),
                ctx.labels(),
                ctx.tokenizer(),
                p.settings().settings(),
                false,
                null,
                curve));
        result =
            TrialOutcomes.finished(
                sweepId, p.trial(), p.fold(), metric, curve, TrialStatus.COMPLETED, seconds(start));
      } catch (TrialStoppedException e) {
        LOG.info("{} stopped early: {}", ctx.describe(p), e.getMessage());
        result =
            TrialOutcomes.finished(
                sweepId,
                p.trial(),
                p.fold(),
                metric,
                curve,
                TrialStatus.STOPPED_EARLY,
                seconds(start));
      } catch (RuntimeException e) {
        LOG.warn("{} failed", ctx.describe(p), e);
        result = TrialResult.failed(sweepId, p.trial(), p.fold(), metric, e, seconds(start));
      } finally {
        ctx.spark().sparkContext().clearJobGroup();
        delete(scratch, conf);
      }
      ctx.store().write(result, conf);
      onResult.accept(result);
    }
  }

  /**
   * The trainer's run id: names the trial in its Spark job group ("train model ID-t3of8-f2of3").
   */
  private String runId(PlannedTrial p) {
    String fold = p.fold() < 0 ? "val" : "f" + (p.fold() + 1) + "of" + ctx.folds().size();
    return ctx.sweep().id() + "-t" + (p.trial().index() + 1) + "of" + ctx.trialCount() + "-" + fold;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void delete(Path dir, Configuration conf) {
    try {
      dir.getFileSystem(conf).delete(dir, true);
    } catch (IOException e) {
      LOG.warn("Could not delete the trial's scratch folder {}", dir, e);
    }
  }
}
