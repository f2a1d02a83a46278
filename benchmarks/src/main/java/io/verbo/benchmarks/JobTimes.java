package io.verbo.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Wall time of Spark jobs by job description. Verbo names its jobs per step ({@code tokenize: write
 * tokens}, {@code vocab: aggregate token counts}, see {@code io.verbo.spark.JobStage}), so this
 * gives a per-step breakdown of a stage without touching its code. Jobs may overlap (adaptive query
 * execution runs independent shuffle stages as concurrent jobs), so each figure is the length of
 * the union of the jobs' time intervals, not their sum; the rest of a stage's wall time is driver
 * work between jobs (listing, planning, commits, metadata).
 */
final class JobTimes extends SparkListener {
  /** Key of the union of all jobs in {@link #drain()}'s result. */
  static final String ALL_JOBS = "(all jobs)";

  private final SparkSession spark;
  private final Map<Integer, long[]> open = new ConcurrentHashMap<>();
  private final Map<Integer, String> names = new ConcurrentHashMap<>();
  private final Map<String, List<long[]>> intervals = new LinkedHashMap<>();

  private JobTimes(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * @param spark the session to listen to
   * @return the registered listener
   */
  static JobTimes register(SparkSession spark) {
    JobTimes t = new JobTimes(spark);
    spark.sparkContext().addSparkListener(t);
    return t;
  }

  @Override
  public void onJobStart(SparkListenerJobStart e) {
    String d = e.properties() == null ? null : e.properties().getProperty("spark.job.description");
    names.put(e.jobId(), d == null ? "(no description)" : d);
    open.put(e.jobId(), new long[] {e.time(), 0});
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd e) {
    long[] interval = open.remove(e.jobId());
    String name = names.remove(e.jobId());
    if (interval != null) {
      interval[1] = e.time();
      synchronized (intervals) {
        intervals.computeIfAbsent(name, k -> new ArrayList<>()).add(interval);
        intervals.computeIfAbsent(ALL_JOBS, k -> new ArrayList<>()).add(interval);
      }
    }
  }

  /**
   * Waits until every event so far has been delivered, then returns and clears the figures.
   *
   * @return seconds covered by the jobs of each description (in order of first completion), and by
   *     all jobs under {@link #ALL_JOBS}
   */
  Map<String, Double> drain() {
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty(30_000);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Spark listener bus did not drain", e);
    }
    Map<String, Double> out = new LinkedHashMap<>();
    synchronized (intervals) {
      intervals.forEach((name, list) -> out.put(name, unionMillis(list) / 1e3));
      intervals.clear();
    }
    return out;
  }

  private static long unionMillis(List<long[]> list) {
    List<long[]> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparingLong(i -> i[0]));
    long total = 0;
    long start = Long.MIN_VALUE;
    long end = Long.MIN_VALUE;
    for (long[] i : sorted) {
      if (i[0] > end) {
        total += end - start;
        start = i[0];
        end = i[1];
      } else {
        end = Math.max(end, i[1]);
      }
    }
    return total + (end - start);
  }
}
