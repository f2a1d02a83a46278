package io.verbo.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.eval.ConfusionCell;
import io.verbo.eval.MetricRow;
import io.verbo.eval.RocPoint;
import io.verbo.sentiment.EpochRecord;
import java.util.List;
import java.util.Objects;

/**
 * Everything the run report shows, as plain values (no Spark), read by {@link RunReportReader} from
 * {@code reports/sentiment/<run>/}. Immutable.
 *
 * @param runId the training run
 * @param metadata the report's {@code _metadata.json} (configuration, versions, counts)
 * @param metrics metric rows of the validation and test splits
 * @param confusion confusion cells of those splits
 * @param curve the training curve, one row per epoch
 * @param roc ROC points (binary models; empty otherwise or for reports older than {@code roc/})
 */
public record RunReportData(
    String runId,
    JsonNode metadata,
    List<MetricRow> metrics,
    List<ConfusionCell> confusion,
    List<EpochRecord> curve,
    List<RocPoint> roc) {

  /** Checks the fields and copies the lists. */
  public RunReportData {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(metadata, "metadata");
    metrics = List.copyOf(metrics);
    confusion = List.copyOf(confusion);
    curve = List.copyOf(curve);
    roc = List.copyOf(roc);
  }

  /**
   * @return the split names in the order they first appear in the metric rows
   */
  public List<String> splits() {
    return metrics.stream().map(MetricRow::split).distinct().toList();
  }
}
