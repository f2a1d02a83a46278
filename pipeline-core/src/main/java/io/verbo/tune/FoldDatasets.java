package io.verbo.tune;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.verbo.VerboPipelineException;
import io.verbo.config.Split;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.store.RunLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Tokens datasets for trainers that read a tokens dataset's {@code split} column ({@code
 * SentimentTrainer}): for fold {@code f}, the sweep's documents of fold {@code f} become {@code
 * validation} and the others {@code train} (test documents are left out); for the retrained best
 * model, {@code validation} documents become {@code train} and {@code test} stays. Each is written
 * once under the sweep's work folder and reused by every trial. Driver-side; not thread-safe.
 */
final class FoldDatasets {
  private static final String GROUP = "_sweep_group";

  private final SparkSession spark;
  private final Path tokens;
  private final Path work;
  private final SweepInputs inputs;
  private final Map<Integer, Path> written = new HashMap<>();

  /**
   * @param spark the session
   * @param tokens the run's tokens dataset
   * @param work the sweep's work folder
   * @param inputs the sweep's documents with their groups
   */
  FoldDatasets(SparkSession spark, Path tokens, Path work, SweepInputs inputs) {
    this.spark = spark;
    this.tokens = tokens;
    this.work = work;
    this.inputs = inputs;
  }

  /**
   * @param fold a fold, or {@link TrialResult#FIXED_SPLIT}
   * @return a tokens dataset whose train/validation splits are that fold's
   */
  Path forFold(int fold) {
    if (fold < 0) {
      return tokens; // the fixed split is the dataset's own
    }
    return written.computeIfAbsent(
        fold,
        f -> {
          Path out = new Path(work, "fold-" + f + "/tokens");
          List<Row> rows = new ArrayList<>(inputs.ids.size());
          for (int i = 0; i < inputs.ids.size(); i++) {
            rows.add(RowFactory.create(inputs.ids.get(i), inputs.groups[i]));
          }
          StructType schema =
              new StructType()
                  .add(CorpusSchemas.DOC_ID, DataTypes.StringType)
                  .add(GROUP, DataTypes.IntegerType);
          Dataset<Row> groups = spark.createDataFrame(rows, schema);
          Dataset<Row> docs =
              SweepInputs.documents(spark, tokens, inputs.labels)
                  .join(groups, CorpusSchemas.DOC_ID);
          docs.withColumn(
                  CorpusSchemas.SPLIT,
                  when(col(GROUP).equalTo(f), lit(Split.VALIDATION.label()))
                      .otherwise(lit(Split.TRAIN.label())))
              .drop(GROUP)
              .write()
              .parquet(out.toString());
          return out;
        });
  }

  /**
   * @return a tokens dataset whose validation documents are training documents (test unchanged)
   */
  Path forRetrain() {
    Path out = new Path(work, "retrain/tokens");
    spark
        .read()
        .parquet(tokens.toString())
        .withColumn(
            CorpusSchemas.SPLIT,
            when(
                    col(CorpusSchemas.SPLIT).equalTo(Split.VALIDATION.label()),
                    lit(Split.TRAIN.label()))
                .otherwise(col(CorpusSchemas.SPLIT)))
        .write()
        .mode("overwrite")
        .parquet(out.toString());
    return out;
  }

  /**
   * Deletes the sweep's work folder.
   *
   * @param layout the run layout
   * @param work the folder
   * @param conf Hadoop configuration
   */
  static void deleteWork(RunLayout layout, Path work, Configuration conf) {
    try {
      work.getFileSystem(conf).delete(work, true);
      Path staging = layout.staging();
      var fs = staging.getFileSystem(conf);
      if (fs.exists(staging) && fs.listStatus(staging).length == 0) {
        fs.delete(staging, false);
      }
    } catch (IOException e) {
      throw new VerboPipelineException("Cannot delete the sweep's work folder " + work, e);
    }
  }
}
