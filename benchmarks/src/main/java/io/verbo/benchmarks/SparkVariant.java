package io.verbo.benchmarks;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** A variant that reads the input files with Spark and writes its result under an output folder. */
interface SparkVariant {

  /**
   * @return the id used by {@code --variants}
   */
  String id();

  /**
   * @return the row label of the result table
   */
  String label();

  /**
   * Runs once. The output folder is deleted before the timer starts.
   *
   * @param spark the shared session
   * @param input folder of text files, one document per line
   * @param out output folder of this run
   * @return the timing and counts
   */
  Outcome run(SparkSession spark, Path input, Path out);
}
