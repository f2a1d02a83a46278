package io.verbo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.sentiment.SentimentLayout;
import io.verbo.sentiment.SentimentReports;
import io.verbo.store.RunLayout;
import io.verbo.store.VerboStorageException;
import io.verbo.testing.SparkTestBase;
import io.verbo.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: report Parquet written by Spark (local[2]) -> report.html -> headless Chromium. The
 * pages must load without a single console message (the pages' CSP turns any outside fetch into
 * one) and every chart image must decode. Negative tests prove both checks catch a broken page. The
 * pages opened are copied to {@code target/report-browser-test/} for inspection.
 */
class ReportBrowserTest extends SparkTestBase {
  /** The trials dataset as the sweep engine writes it (the contract in {@link SweepTrial}). */
  static final StructType TRIALS_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("sweep_id", DataTypes.StringType, false),
            DataTypes.createStructField("trial_id", DataTypes.IntegerType, false),
            DataTypes.createStructField("fold", DataTypes.IntegerType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("seed", DataTypes.LongType, false),
            DataTypes.createStructField(
                "params",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType),
                false),
            DataTypes.createStructField("p_learning_rate", DataTypes.DoubleType, true),
            DataTypes.createStructField("p_optimizer", DataTypes.StringType, true),
            DataTypes.createStructField("metric", DataTypes.StringType, false),
            DataTypes.createStructField("objective", DataTypes.DoubleType, true),
            DataTypes.createStructField(
                "metrics",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType),
                false),
            DataTypes.createStructField("epochs_run", DataTypes.IntegerType, false),
            DataTypes.createStructField("duration_s", DataTypes.DoubleType, false),
            DataTypes.createStructField("error", DataTypes.StringType, true)
          });

  @TempDir Path tmp;

  @Test
  void runReportsRenderEveryChartWithoutConsoleMessages() throws Exception {
    RunLayout layout = new RunLayout(tmp.resolve("run").toString());
    Path binary = writeRunReport(layout, "binary", List.of(ReportFixtures.NASTY_LABEL, "pos"));
    HeadlessChromium.Page page = HeadlessChromium.load(binary, tmp);
    assertThat(page.console()).as("console messages of " + binary).isEmpty();
    assertThat(page.chartsRendered())
        .as("loss, validation metrics, 2 confusion matrices, 2 ROC curves all decoded")
        .isEqualTo("6/6");
    assertThat(page.dom())
        .as("escaped label survives parsing as text")
        .contains("neg&lt;script&gt;");

    Path multi = writeRunReport(layout, "three", List.of("neg", "neu", "pos"));
    HeadlessChromium.Page three = HeadlessChromium.load(multi, tmp);
    assertThat(three.console()).isEmpty();
    assertThat(three.chartsRendered()).as("no ROC for 3 classes").isEqualTo("4/4");
    keep(binary, "run-binary.html");
    keep(multi, "run-three-classes.html");
  }

  @Test
  void reportsWrittenBeforeRocExistedStillRender() throws Exception {
    RunLayout layout = new RunLayout(tmp.resolve("old").toString());
    SentimentReports.write(
        spark,
        layout,
        "old",
        ReportFixtures.content("old", List.of("neg", "pos")),
        ReportFixtures.metadata());
    org.apache.hadoop.fs.Path dir = SentimentLayout.reportsDir(layout, "old");
    // A report committed before roc/ existed: the same folder without it.
    org.apache.hadoop.fs.Path roc = new org.apache.hadoop.fs.Path(dir, SentimentReports.ROC);
    assertThat(roc.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(roc, true))
        .as("roc/ removed")
        .isTrue();
    Path html = Path.of(RunReport.write(spark, dir).toUri());
    HeadlessChromium.Page page = HeadlessChromium.load(html, tmp);
    assertThat(page.console()).isEmpty();
    assertThat(page.chartsRendered()).as("no ROC charts, the rest drawn").isEqualTo("4/4");
    assertThat(page.dom()).contains("No ROC points in this report");
  }

  @Test
  void sweepReportRendersEveryChartWithoutConsoleMessages() throws Exception {
    org.apache.hadoop.fs.Path sweepDir =
        SweepReport.sweepDir(new RunLayout(tmp.resolve("run").toString()), "s1");
    List<Row> rows =
        ReportFixtures.sweepRows().stream()
            .map(
                t ->
                    RowFactory.create(
                        t.sweepId(),
                        t.trialId(),
                        t.fold(),
                        t.status(),
                        t.seed(),
                        t.params(),
                        t.values().get("learning_rate"),
                        t.values().get("optimizer"),
                        t.metric(),
                        Double.isNaN(t.objective()) ? null : t.objective(),
                        t.metrics(),
                        t.epochsRun(),
                        t.durationSeconds(),
                        t.error().isEmpty() ? null : t.error()))
            .toList();
    spark
        .createDataFrame(rows, TRIALS_SCHEMA)
        .repartition(3)
        .write()
        .parquet(new org.apache.hadoop.fs.Path(sweepDir, SweepReportReader.TRIALS).toString());

    SweepReportData read = SweepReportReader.read(spark, sweepDir);
    assertThat(read.trials())
        .as("Parquet round trip gives the rows back, ordered by trial and fold")
        .isEqualTo(ReportFixtures.sweepRows());
    assertThat(read.parameters()).isEqualTo(ReportFixtures.sweepParameters());

    Path html = Path.of(SweepReport.write(spark, sweepDir).toUri());
    HeadlessChromium.Page page = HeadlessChromium.load(html, tmp);
    assertThat(page.console()).as("console messages of " + html).isEmpty();
    assertThat(page.chartsRendered()).as("one chart per parameter").isEqualTo("2/2");
    assertThat(page.dom()).contains("OutOfMemoryError: &lt;heap&gt;");
    keep(html, "sweep.html");
  }

  @Test
  void trialsWithoutAContractColumnAreRejectedByName() {
    org.apache.hadoop.fs.Path sweepDir =
        SweepReport.sweepDir(new RunLayout(tmp.resolve("bad").toString()), "s2");
    spark
        .sql("SELECT 's2' AS sweep_id, 1 AS trial_id, -1 AS fold")
        .write()
        .parquet(new org.apache.hadoop.fs.Path(sweepDir, SweepReportReader.TRIALS).toString());
    assertThatThrownBy(() -> SweepReport.write(spark, sweepDir))
        .as("the message lists what the sweep engine must write")
        .isInstanceOf(VerboStorageException.class)
        .hasMessageContaining("missing columns [status, seed, params, metric, objective");
    assertThatThrownBy(() -> SweepReport.write(spark, new org.apache.hadoop.fs.Path(sweepDir, "none")))
        .hasMessageContaining("does not exist");
  }

  @Test
  void checksCatchABrokenImageAndAnOutsideFetch() throws Exception {
    String good = RunReportRenderer.render(ReportFixtures.runData("neg", List.of("neg", "pos")));
    String brokenImage = good.replaceFirst("base64,[A-Za-z0-9+/]{40}", "base64,AAAA");
    Path broken =
        Files.writeString(tmp.resolve("broken.html"), brokenImage, StandardCharsets.UTF_8);
    HeadlessChromium.Page page = HeadlessChromium.load(broken, tmp);
    assertThat(page.chartsRendered()).as("one undecodable chart is detected").isEqualTo("5/6");

    String outside = good.replace("</body>", "<img src=\"https://example.invalid/x.png\"></body>");
    Path external = Files.writeString(tmp.resolve("outside.html"), outside, StandardCharsets.UTF_8);
    HeadlessChromium.Page blocked = HeadlessChromium.load(external, tmp);
    assertThat(blocked.console())
        .as("the CSP blocks the fetch and the console says so")
        .anySatisfy(l -> assertThat(l).contains("example.invalid"));
  }

  private Path writeRunReport(RunLayout layout, String runId, List<String> labels) {
    SentimentReports.write(
        spark, layout, runId, ReportFixtures.content(runId, labels), ReportFixtures.metadata());
    return Path.of(RunReport.write(spark, SentimentLayout.reportsDir(layout, runId)).toUri());
  }

  private static void keep(Path html, String name) throws IOException {
    Path dir = TestPaths.repoRoot().resolve("pipeline-core/target/report-browser-test");
    Files.createDirectories(dir);
    Files.copy(html, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
