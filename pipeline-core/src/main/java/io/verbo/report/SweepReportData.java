package io.verbo.report;

import java.util.List;
import java.util.Objects;

/**
 * Everything the sweep report shows, as plain values (no Spark), read by {@link SweepReportReader}
 * from {@code reports/sweeps/<id>/trials/}. Immutable.
 *
 * @param sweepId the sweep
 * @param parameters the searched parameters, in column order
 * @param trials one row per (trial, fold)
 */
public record SweepReportData(
    String sweepId, List<SweepParameter> parameters, List<SweepTrial> trials) {

  /** Checks the id and copies the lists. */
  public SweepReportData {
    Objects.requireNonNull(sweepId, "sweepId");
    parameters = List.copyOf(parameters);
    trials = List.copyOf(trials);
  }

  /**
   * @return the optimised metric's name; several names joined by {@code ", "} if the rows disagree;
   *     {@code "objective"} when there are no rows
   */
  public String metric() {
    List<String> names = trials.stream().map(SweepTrial::metric).distinct().toList();
    return names.isEmpty() ? "objective" : String.join(", ", names);
  }
}
