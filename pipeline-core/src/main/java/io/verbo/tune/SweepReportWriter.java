package io.verbo.tune;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.store.StagedArtifact;
import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a sweep's summary artifacts beside its {@code _trials/}: the {@code trials/} Parquet table
 * (one file, one row per (trial, fold), schema {@link TrialColumns}), {@code best/best.json} and
 * {@code _metadata.json}. {@code trials/} and {@code best/} are each committed through a {@link
 * StagedArtifact}, so a reader sees the previous table or the new one. Stateless.
 */
final class SweepReportWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SweepReportWriter() {}

  /**
   * @param spark the session
   * @param layout the run layout
   * @param reportsDir the sweep's reports folder
   * @param trials the sweep's trials (for the parameter columns' types)
   * @param results one result per key, in key order
   * @param best the best trial, if any
   * @param metadata the provenance sidecar
   */
  static void write(
      SparkSession spark,
      RunLayout layout,
      Path reportsDir,
      List<Trial> trials,
      Collection<TrialResult> results,
      Optional<BestTrial> best,
      ArtifactMetadata metadata) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> keys = new ArrayList<>(trials.get(0).params().keySet());
    Map<String, Boolean> numeric = TrialColumns.numericKeys(trials);
    StructType schema = TrialColumns.schema(keys, numeric);
    List<Row> rows = new ArrayList<>(results.size());
    for (TrialResult r : results) {
      rows.add(RowFactory.create(TrialColumns.values(r, keys, numeric)));
    }
    try (StagedArtifact staged =
        StagedArtifact.begin(layout, SweepLayout.trialsTable(reportsDir), conf)) {
      spark.createDataFrame(rows, schema).coalesce(1).write().parquet(staged.path().toString());
      staged.commit();
    }
    try (StagedArtifact staged = StagedArtifact.begin(layout, SweepLayout.best(reportsDir), conf)) {
      Path file = new Path(staged.path(), "best.json");
      try (OutputStream out = staged.fileSystem().create(file, true)) {
        out.write(
            JSON.writeValueAsBytes(best.isPresent() ? best.get() : Map.of("trialId", "none")));
      }
      staged.commit();
    } catch (IOException e) {
      throw new VerboStorageException("Cannot write " + SweepLayout.best(reportsDir), e);
    }
    metadata.write(reportsDir, conf);
  }
}
