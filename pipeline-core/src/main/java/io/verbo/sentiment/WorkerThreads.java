package io.verbo.sentiment;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.spark.api.TrainingHook;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each Spark task thread that runs ND4J math its share of the cores: {@code cores / task
 * slots of this JVM} OpenMP threads (1 when every core runs a task). ND4J's OpenMP thread count is
 * a per-thread setting (setting it on the driver thread does not reach executor task threads;
 * measured), and on a busy machine tasks whose OpenMP threads oversubscribe the cores spin-wait
 * into a many-fold slowdown. An explicit {@code OMP_NUM_THREADS} in the executor's environment
 * wins. Each thread is configured once. Thread-safe.
 */
public final class WorkerThreads {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerThreads.class);
  private static final ThreadLocal<Boolean> CONFIGURED = ThreadLocal.withInitial(() -> false);

  private WorkerThreads() {}

  /**
   * Configures the calling (executor task) thread, once: every task that runs ND4J math calls this
   * before its first op (DL4J workers through {@link Hook}, sweep trials directly).
   */
  public static void configureCurrentThread() {
    if (CONFIGURED.get()) {
      return;
    }
    CONFIGURED.set(true);
    if (System.getenv("OMP_NUM_THREADS") != null) {
      return;
    }
    SparkEnv env = SparkEnv.get();
    int cores = Runtime.getRuntime().availableProcessors();
    int slots = env == null ? 1 : taskSlots(env.conf(), cores);
    int threads = Math.max(1, cores / slots);
    Nd4jThreads.set(threads);
    LOG.debug(
        "ND4J uses {} OpenMP thread(s) in task thread {}",
        threads,
        Thread.currentThread().getName());
  }

  /**
   * @param conf the Spark configuration of this JVM
   * @param cores the cores of this machine
   * @return how many tasks this JVM runs at once
   */
  static int taskSlots(SparkConf conf, int cores) {
    String master = conf.get("spark.master", "");
    int taskCpus = Math.max(1, conf.getInt("spark.task.cpus", 1));
    int executorCores =
        master.startsWith("local")
            ? SparkTrainingEnvironment.localWorkers(master)
            : conf.getInt("spark.executor.cores", cores); // unset: the executor takes all cores
    return Math.max(1, executorCores / taskCpus);
  }

  /** A DL4J training hook that configures each worker's training thread before it fits. */
  static final class Hook implements TrainingHook {
    private static final long serialVersionUID = 1L;

    @Override
    public void preUpdate(DataSet minibatch, Model model) {
      configureCurrentThread();
    }

    @Override
    public void postUpdate(DataSet minibatch, Model model) {}

    @Override
    public void preUpdate(MultiDataSet minibatch, Model model) {
      configureCurrentThread();
    }

    @Override
    public void postUpdate(MultiDataSet minibatch, Model model) {}
  }
}
