package io.verbo.embed;

import io.verbo.spark.JobStage;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.store.StagedArtifact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes an {@link EmbeddingReport} as a Parquet table ({@link #SCHEMA}, one row per number) with
 * {@code _metadata.json}, committed atomically to {@code reports/embeddings/<name>/}. Stateless.
 */
public final class EmbeddingReportWriter {
  /** The report table. */
  public static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.StringType, false).add("dataset", DataTypes.StringType, false)
      .add("metric", DataTypes.StringType, false).add("key", DataTypes.StringType, false)
      .add("value", DataTypes.DoubleType, true).add("count", DataTypes.LongType, false);

  /** On-disk format version of the report. */
  public static final int FORMAT_VERSION = 1;

  private EmbeddingReportWriter() {}

  /**
   * @param spark the session
   * @param layout the run
   * @param name the evaluated embeddings' name (the report's folder)
   * @param report the report
   * @param config the configuration record, for provenance
   * @return where the report was committed
   */
  public static Path commit(SparkSession spark, RunLayout layout, String name, EmbeddingReport report, Object config) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path target = EmbeddingLayout.reportDir(layout, name);
    try (JobStage stage = JobStage.begin(spark, "evaluate-embeddings", "write report");
        StagedArtifact staged = StagedArtifact.begin(layout, target, conf)) {
      stage.step("write report rows");
      List<Row> rows = report.rows().stream()
          .map(r -> RowFactory.create(r.kind(), r.dataset(), r.metric(), r.key(),
              Double.isNaN(r.value()) ? null : r.value(), r.count()))
          .toList();
      spark.createDataFrame(rows, SCHEMA).coalesce(1).write().parquet(RunLayout.dataIn(staged.path()).toString());
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("rows", (long) rows.size());
      counts.put("vectors", (long) report.vocabSize());
      counts.put("restrict_vocab", (long) report.restrictVocab());
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("vectors", report.vectors());
      provenance.put("run", config);
      ArtifactMetadata.of("embedding-report", FORMAT_VERSION, provenance, List.of(report.vectors()), counts, Map.of())
          .write(staged.path(), conf);
      staged.commit();
      return target;
    }
  }
}
