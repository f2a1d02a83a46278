/**
 * Self-contained static HTML reports of a training run and of a sweep.
 *
 * <p>Three layers: readers turn the report Parquet datasets into plain records ({@link
 * io.verbo.report.RunReportReader}, {@link io.verbo.report.SweepReportReader}); renderers turn
 * those records into a page without Spark ({@link io.verbo.report.RunReportRenderer}, {@link
 * io.verbo.report.SweepReportRenderer}); {@link io.verbo.report.RunReport} and {@link
 * io.verbo.report.SweepReport} tie them together and write {@code report.html} atomically with
 * {@link io.verbo.report.ReportFiles}. Charts are drawn with XChart to PNG and inlined as {@code
 * data:} URIs; every text is escaped by {@link io.verbo.report.Html}; pages load nothing from
 * outside (a Content-Security-Policy enforces it). See docs/reports.md.
 */
package io.verbo.report;
