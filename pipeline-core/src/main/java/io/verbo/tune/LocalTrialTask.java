package io.verbo.tune;

import io.verbo.sentiment.LocalSentimentTrainer;
import io.verbo.sentiment.SentimentSettings;
import io.verbo.sentiment.WorkerThreads;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One (trial, fold) of a parallel sweep, run inside one Spark task: trains the trial's network in
 * this JVM ({@link LocalSentimentTrainer}) on the broadcast {@link SweepData}, with the task
 * thread's share of the cores as OpenMP threads, checkpoints in a local temporary folder (deleted
 * afterwards), the median rule reading {@code _trials/}; then commits the result to {@code
 * _trials/} itself, so a result exists even if the driver is lost, and a retried or speculative
 * copy replaces it rather than adding one. Never throws for a failing trial: the error becomes the
 * result. Immutable and serializable (shipped in the task closure).
 *
 * @param sweepId the sweep
 * @param trial the trial
 * @param fold the fold or {@link TrialResult#FIXED_SPLIT}
 * @param settings the trial's sentiment settings
 * @param embeddings the trial's embedding table ({@code ""}: random)
 * @param rule the median-stopping rule, or {@code null}
 * @param store the sweep's {@code _trials/}
 */
public record LocalTrialTask(
    String sweepId,
    Trial trial,
    int fold,
    SentimentSettings settings,
    String embeddings,
    MedianStoppingRule rule,
    TrialStore store)
    implements Serializable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalTrialTask.class);

  /**
   * @param data the broadcast data
   * @param conf the driver's Hadoop configuration (broadcast), so executors reach the run's file
   *     system with the same settings (HDFS nameservices, S3A credentials providers)
   * @return the committed result
   */
  public TrialResult run(SweepData data, Configuration conf) {
    WorkerThreads.configureCurrentThread();
    long start = System.nanoTime();
    String metric = settings.training().earlyStoppingMetric().configName();
    TrialCurve curve =
        new TrialCurve(
            settings.training().earlyStoppingMetric(),
            rule,
            () -> finished(conf),
            trial.index(),
            fold);
    java.nio.file.Path tmp = null;
    TrialResult result;
    try {
      tmp = Files.createTempDirectory("verbo-sweep-");
      LocalSentimentTrainer.train(
          new LocalSentimentTrainer.Request(
              sweepId + "-t" + trial.index() + "-f" + fold,
              settings,
              data.vocabulary(),
              data.vectorsOf(embeddings),
              data.labels(),
              data.tokenizer(),
              data.train(fold),
              data.heldOut(fold),
              new Path(new Path(tmp.toUri()), "checkpoints"),
              false,
              curve),
          conf);
      result =
          TrialOutcomes.finished(
              sweepId, trial, fold, metric, curve, TrialStatus.COMPLETED, seconds(start));
    } catch (TrialStoppedException e) {
      LOG.info(
          "sweep {} {} {} stopped early: {}",
          sweepId,
          SweepLabels.trial(trial.index()),
          SweepLabels.fold(fold),
          e.getMessage());
      result =
          TrialOutcomes.finished(
              sweepId, trial, fold, metric, curve, TrialStatus.STOPPED_EARLY, seconds(start));
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "sweep {} {} {} failed",
          sweepId,
          SweepLabels.trial(trial.index()),
          SweepLabels.fold(fold),
          e);
      result = TrialResult.failed(sweepId, trial, fold, metric, e, seconds(start));
    } finally {
      deleteTemp(tmp, conf);
    }
    store.write(result, conf);
    return result;
  }

  private Collection<TrialResult> finished(Configuration conf) {
    return store.readAll(conf).values();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void deleteTemp(java.nio.file.Path dir, Configuration conf) {
    if (dir == null) {
      return;
    }
    try {
      Path p = new Path(dir.toUri());
      FileSystem fs = p.getFileSystem(conf);
      fs.delete(p, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the trial's temporary folder " + dir, e);
    }
  }
}
