package io.verbo.tune;

import io.verbo.VerboPipelineException;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parallel trials: every (trial, fold) is one single-task Spark job ("sweep ID trial 3/8 fold 2/3")
 * whose task trains the network in its executor's JVM ({@link LocalTrialTask}). A pool of {@code
 * max-concurrent-trials} driver threads submits the jobs, so at most that many train at once and
 * Spark's scheduler spreads them over the executors' task slots. The documents are broadcast once:
 * each executor JVM fetches and deserializes them once and every task there shares them. Results
 * are committed by the tasks and handed to the caller on the calling thread as they finish. A job
 * that fails outright (the executor died on every attempt) is recorded as a failed trial by the
 * driver. Driver-side; one instance per sweep run.
 */
final class ParallelTrials implements TrialExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(ParallelTrials.class);

  private final SweepContext ctx;
  private final SweepData data;
  private final int concurrency;

  /**
   * @param ctx the sweep
   * @param data the documents and embedding rows to broadcast
   * @param concurrency most trainings at once
   */
  ParallelTrials(SweepContext ctx, SweepData data, int concurrency) {
    this.ctx = ctx;
    this.data = data;
    this.concurrency = Math.max(1, concurrency);
  }

  @Override
  public void run(List<PlannedTrial> planned, Consumer<TrialResult> onResult) {
    if (planned.isEmpty()) {
      return;
    }
    SparkContext sc = ctx.spark().sparkContext();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
    Broadcast<SweepData> shared = jsc.broadcast(data);
    Broadcast<SerializableConfiguration> hadoopConf =
        jsc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
    String group = "verbo-sweep-" + ctx.sweep().id();
    MedianStoppingRule rule = ctx.rule();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, planned.size()));
    CompletionService<TrialResult> done = new ExecutorCompletionService<>(pool);
    LOG.info(
        "sweep {}: {} trainings, at most {} at once, in Spark tasks",
        ctx.sweep().id(),
        planned.size(),
        concurrency);
    try {
      for (PlannedTrial p : planned) {
        LocalTrialTask task =
            new LocalTrialTask(
                ctx.sweep().id(),
                p.trial(),
                p.fold(),
                p.settings().settings(),
                p.settings().embeddings(),
                rule,
                ctx.store());
        String description = ctx.describe(p);
        done.submit(() -> runJob(sc, jsc, shared, hadoopConf, group, description, task));
      }
      for (int i = 0; i < planned.size(); i++) {
        onResult.accept(done.take().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VerboPipelineException("Sweep " + ctx.sweep().id() + " was interrupted", e);
    } catch (ExecutionException e) {
      throw new VerboPipelineException(
          "Sweep " + ctx.sweep().id() + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
      sc.cancelJobGroup(group);
      // unpersist, not destroy: tasks of cancelled jobs may still be reading them
      shared.unpersist(false);
      hadoopConf.unpersist(false);
    }
  }

  private static TrialResult runJob(
      SparkContext sc,
      JavaSparkContext jsc,
      Broadcast<SweepData> shared,
      Broadcast<SerializableConfiguration> hadoopConf,
      String group,
      String description,
      LocalTrialTask task) {
    // Job group and description are thread-local properties of the submitting thread.
    sc.setJobGroup(group, description, true);
    sc.setJobDescription(description);
    long start = System.nanoTime();
    try {
      return jsc.parallelize(List.of(0), 1)
          .map(x -> task.run(shared.value(), hadoopConf.value().value()))
          .collect()
          .get(0);
    } catch (Exception e) { // Spark throws its checked SparkException undeclared
      if (Thread.currentThread().isInterrupted()) {
        throw new VerboPipelineException("Sweep trial job was cancelled: " + description, e);
      }
      Configuration conf = new Configuration(sc.hadoopConfiguration());
      TrialResult committed =
          task.store()
              .readAll(conf)
              .get(new TrialResult.TrialKey(task.trial().index(), task.fold()));
      if (committed != null
          && committed.statusValue().isFinal()
          && committed.seed() == task.trial().seed()) {
        // The task committed its result and only returning it failed: the committed one stands.
        return committed;
      }
      TrialResult failed =
          TrialResult.failed(
              task.sweepId(),
              task.trial(),
              task.fold(),
              task.settings().training().earlyStoppingMetric().configName(),
              rootCause(e),
              (System.nanoTime() - start) / 1e9);
      task.store().write(failed, conf);
      return failed;
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? e : t;
  }
}
