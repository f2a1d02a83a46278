package io.verbo.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.StageInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.JavaConverters;

/**
 * Kills an executor JVM of a {@link StandaloneSparkCluster} with SIGKILL ({@link
 * ProcessHandle#destroyForcibly()}: no shutdown hook, no clean disconnect) while one of its tasks
 * is in flight, and records what the driver's scheduler saw afterwards.
 *
 * <p>Deterministic trigger: after {@link #arm(String, String)}, the first task that starts in a
 * stage with the given call site (e.g. DL4J's {@code "treeAggregate at
 * ParameterAveragingTrainingMaster.java"}, whose tasks fit the workers' minibatches) of a job with
 * the given description ({@code spark.job.description}, as {@code JobStage.step} sets it, e.g.
 * {@code "train-sentiment: epoch 2: fit"}) makes this listener kill the cluster's one executor, on
 * the listener bus thread, once. No clock is involved; waiting for the consequences uses the executor
 * removed/added events ({@link #awaitRemoved}, {@link #awaitReplacement}) with timeouts.
 *
 * <p>Register it with {@code sparkContext().addSparkListener}. Thread-safe: Spark calls it on its
 * listener bus thread, the test reads it from its own.
 */
public final class ExecutorKiller extends SparkListener {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorKiller.class);
  private static final String DESCRIPTION = "spark.job.description";

  private final StandaloneSparkCluster cluster;
  private final Map<Integer, String> stageDescriptions = new ConcurrentHashMap<>();
  private final Map<Integer, String> stageNames = new ConcurrentHashMap<>();
  private final Set<String> removed = ConcurrentHashMap.newKeySet();
  private final Set<String> added = ConcurrentHashMap.newKeySet();
  private final List<String> lostTasks = new ArrayList<>();
  private final CountDownLatch removedLatch = new CountDownLatch(1);
  private final CountDownLatch replacementLatch = new CountDownLatch(1);
  private volatile String armedFor;
  private volatile String armedStage;
  private volatile Kill kill;

  /**
   * What was killed.
   *
   * @param executorId the Spark executor id that ran the task
   * @param pid the executor JVM's process id
   * @param stageName the stage of the task in flight (its call site)
   * @param taskId the task in flight
   */
  public record Kill(String executorId, long pid, String stageName, long taskId) {}

  /** @param cluster the cluster whose Worker started the executors */
  public ExecutorKiller(StandaloneSparkCluster cluster) {
    this.cluster = cluster;
  }

  /**
   * Kills the executor at the first task of a stage named {@code stagePrefix...} in a job
   * described {@code jobDescription}.
   *
   * @param jobDescription the job description to wait for
   * @param stagePrefix how the stage's name (its call site) starts
   * @throws IllegalStateException if armed before
   */
  public synchronized void arm(String jobDescription, String stagePrefix) {
    if (armedFor != null) {
      throw new IllegalStateException("already armed for " + armedFor);
    }
    armedStage = stagePrefix;
    armedFor = jobDescription;
  }

  /** @return the kill, once it happened */
  public Optional<Kill> kill() {
    return Optional.ofNullable(kill);
  }

  /** @return the executors the driver removed, with Spark's ids */
  public Set<String> removedExecutors() {
    return Set.copyOf(removed);
  }

  /** @return the executors that registered while this listener listened */
  public Set<String> addedExecutors() {
    return Set.copyOf(added);
  }

  /** @return tasks that ended with {@link ExecutorLostFailure}, as "task N (stage)" */
  public synchronized List<String> lostTasks() {
    return List.copyOf(lostTasks);
  }

  /**
   * @param timeout how long to wait
   * @return whether the driver removed the killed executor within the timeout
   * @throws InterruptedException if interrupted
   */
  public boolean awaitRemoved(Duration timeout) throws InterruptedException {
    return removedLatch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * @param timeout how long to wait
   * @return whether an executor other than the killed one registered within the timeout
   * @throws InterruptedException if interrupted
   */
  public boolean awaitReplacement(Duration timeout) throws InterruptedException {
    return replacementLatch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    String description = jobStart.properties().getProperty(DESCRIPTION, "");
    for (StageInfo stage : JavaConverters.seqAsJavaList(jobStart.stageInfos())) {
      stageDescriptions.put(stage.stageId(), description);
      stageNames.put(stage.stageId(), stage.name());
    }
  }

  @Override
  public synchronized void onTaskStart(SparkListenerTaskStart taskStart) {
    if (kill != null
        || armedFor == null
        || !armedFor.equals(stageDescriptions.get(taskStart.stageId()))
        || !stageNames.getOrDefault(taskStart.stageId(), "").startsWith(armedStage)) {
      return;
    }
    Set<Long> pids = cluster.executorPids();
    if (pids.size() != 1) {
      throw new IllegalStateException("expected one executor JVM, found " + pids);
    }
    long pid = pids.iterator().next();
    String stage = stageNames.getOrDefault(taskStart.stageId(), "?");
    kill = new Kill(taskStart.taskInfo().executorId(), pid, stage, taskStart.taskInfo().taskId());
    LOG.info("SIGKILL to executor {} (pid {}) while its task {} of stage '{}' runs", kill.executorId(),
        pid, kill.taskId(), stage);
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    if (taskEnd.reason() instanceof ExecutorLostFailure) {
      lostTasks.add(
          "task "
              + taskEnd.taskInfo().taskId()
              + " ("
              + stageNames.getOrDefault(taskEnd.stageId(), "?")
              + ")");
    }
  }

  @Override
  public void onExecutorRemoved(SparkListenerExecutorRemoved event) {
    removed.add(event.executorId());
    Kill k = kill;
    if (k != null && k.executorId().equals(event.executorId())) {
      removedLatch.countDown();
    }
  }

  @Override
  public void onExecutorAdded(SparkListenerExecutorAdded event) {
    added.add(event.executorId());
    Kill k = kill;
    if (k != null && !k.executorId().equals(event.executorId())) {
      replacementLatch.countDown();
    }
  }
}
