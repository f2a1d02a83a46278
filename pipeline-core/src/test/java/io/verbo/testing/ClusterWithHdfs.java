package io.verbo.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * A deployment in miniature for distributed training tests: HDFS (a {@link MiniHdfs} in this JVM)
 * as input and run root, and a {@link StandaloneSparkCluster} (Master, Worker and executors, each
 * its own JVM on 127.0.0.1) whose sessions see HDFS as their default file system, as a cluster's
 * {@code core-site.xml} would set it. DL4J's Export approach needs that: it refuses a non-local
 * master whose default file system is {@code file://}, whatever its export folder.
 *
 * <p>Use one per test class: {@link #start} in {@code @BeforeAll}, {@link #close} in {@code
 * @AfterAll}, and register {@link LogsOnFailure} so that a failure carries the tails of the Master,
 * Worker and executor logs. Not thread-safe.
 */
public final class ClusterWithHdfs implements AutoCloseable {
  /** Lines of each cluster log attached to a failure. */
  private static final int LOG_TAIL_LINES = 60;

  private final MiniHdfs dfs;
  private final StandaloneSparkCluster cluster;
  private SparkSession spark;

  private ClusterWithHdfs(MiniHdfs dfs, StandaloneSparkCluster cluster) {
    this.dfs = dfs;
    this.cluster = cluster;
  }

  /**
   * Starts HDFS (one DataNode) under {@code baseDir}, then the Spark cluster.
   *
   * @param baseDir a local folder for the HDFS storage
   * @return both running; close when done
   * @throws IOException if HDFS cannot start
   */
  public static ClusterWithHdfs start(Path baseDir) throws IOException {
    MiniHdfs dfs = MiniHdfs.start(baseDir);
    try {
      return new ClusterWithHdfs(dfs, StandaloneSparkCluster.start());
    } catch (RuntimeException e) {
      dfs.close();
      throw e;
    }
  }

  /** @return the HDFS URI, {@code hdfs://127.0.0.1:PORT} */
  public String hdfs() {
    return dfs.uri();
  }

  /** @return the HDFS cluster */
  public MiniHdfs dfs() {
    return dfs;
  }

  /** @return the Spark cluster */
  public StandaloneSparkCluster cluster() {
    return cluster;
  }

  /**
   * Starts the one session of this fixture: {@code sparkConf} (e.g. {@code
   * SentimentStage.sparkDefaults}: DL4J's Kryo settings and executor flags), 2g per executor (all
   * the Worker offers: headroom for ND4J next to Spark) and {@code fs.defaultFS} on HDFS.
   *
   * @param appName application name shown by the Master
   * @param sparkConf more Spark settings; they win over the fixture's
   * @return the session; {@link #close()} stops it
   */
  public SparkSession newSession(String appName, Map<String, String> sparkConf) {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.executor.memory", "2g");
    conf.put("spark.hadoop.fs.defaultFS", hdfs());
    conf.putAll(sparkConf);
    spark = cluster.newSession(appName, conf);
    return spark;
  }

  /** Stops the session, the Spark cluster, then HDFS, each even if the previous one failed. */
  @Override
  public void close() {
    try {
      if (spark != null) {
        spark.stop();
      }
    } finally {
      try {
        cluster.close();
      } finally {
        dfs.close();
      }
    }
  }

  /**
   * Adds the cluster's log tails to a failure of a test or of the {@code @BeforeAll} setup.
   * Register it as a static field: {@code @RegisterExtension static final LogsOnFailure LOGS = new
   * LogsOnFailure(() -> fixture);}.
   */
  public static final class LogsOnFailure
      implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    private final Supplier<ClusterWithHdfs> fixture;

    /** @param fixture the test class's fixture (null while not started) */
    public LogsOnFailure(Supplier<ClusterWithHdfs> fixture) {
      this.fixture = fixture;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable t)
        throws Throwable {
      throw withLogs(t);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable t)
        throws Throwable {
      throw withLogs(t);
    }

    private Throwable withLogs(Throwable t) {
      ClusterWithHdfs f = fixture.get();
      if (f != null && !(t instanceof TestAbortedException)) {
        StandaloneSparkCluster c = f.cluster();
        t.addSuppressed(new ClusterLogs(c.logDir() + ":\n" + c.logTails(LOG_TAIL_LINES)));
      }
      return t;
    }
  }

  /** The cluster's log tails, attached to a failure (no stack trace of its own). */
  static final class ClusterLogs extends Exception {
    private static final long serialVersionUID = 1L;

    ClusterLogs(String tails) {
      super("Spark cluster logs in " + tails, null, false, false);
    }
  }
}
