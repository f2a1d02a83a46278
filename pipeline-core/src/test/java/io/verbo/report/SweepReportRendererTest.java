package io.verbo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepReportRendererTest {
  @Test
  void trialsAreRankedByMeanObjectiveOverFolds() {
    List<TrialSummary> ranked = TrialSummaries.rank(ReportFixtures.sweepRows(), "macro_f1");
    assertThat(ranked.stream().map(TrialSummary::trialId))
        .as("0.82, 0.75, 0.71, then the failed trial's single fold 0.60")
        .containsExactly(1, 3, 0, 2);
    TrialSummary best = ranked.get(0);
    assertThat(best.mean()).isCloseTo(0.82, within(1e-12));
    assertThat(best.std())
        .as("sample std of 0.80, 0.84")
        .isCloseTo(Math.sqrt(0.0008), within(1e-12));
    TrialSummary failed = ranked.get(3);
    assertThat(failed.status()).as("one failed fold fails the trial").isEqualTo(SweepTrial.FAILED);
    assertThat(failed.scoredFolds()).isEqualTo(1);
    assertThat(failed.std()).as("one scored fold has no std").isNaN();
    assertThat(failed.errors()).containsExactly("OutOfMemoryError: <heap>");
    assertThat(ranked.get(1).status()).isEqualTo(SweepTrial.STOPPED_EARLY);
  }

  @Test
  void lossIsMinimised() {
    assertThat(TrialSummaries.higherIsBetter("val_loss")).isFalse();
    assertThat(TrialSummaries.higherIsBetter("macro_f1")).isTrue();
    assertThat(
            TrialSummaries.rank(ReportFixtures.sweepRows(), "loss").stream()
                .map(TrialSummary::trialId))
        .as("lowest mean first; a trial without objective would still be last")
        .containsExactly(2, 0, 3, 1);
  }

  @Test
  void tableShowsRankParamsStatusAndEscapedErrors() {
    List<TrialSummary> ranked = TrialSummaries.rank(ReportFixtures.sweepRows(), "macro_f1");
    HtmlTable t =
        SweepReportRenderer.trialsTable(ReportFixtures.sweepParameters(), ranked, "macro_f1");
    assertThat(t.headers())
        .containsExactly(
            "rank",
            "trial",
            "status",
            "folds scored",
            "macro_f1 mean",
            "macro_f1 std",
            "learning_rate",
            "optimizer",
            "epochs",
            "duration (s)",
            "seed",
            "error");
    assertThat(t.rows().get(0))
        .as("best trial")
        .containsExactly(
            "1",
            "1",
            "completed",
            "2/2",
            "0.8200",
            "0.0283",
            "0.001",
            "adam",
            "5.0",
            "22.0",
            "101",
            "");
    assertThat(t.rows().get(3))
        .as("failed trial: its one scored fold, mean epochs, its error")
        .containsExactly(
            "4",
            "2",
            "failed",
            "1/2",
            "0.6000",
            "n/a",
            "0.01",
            "sgd<&>",
            "3.0",
            "24.0",
            "102",
            "OutOfMemoryError: <heap>");
    assertThat(t.toHtml()).contains("OutOfMemoryError: &lt;heap&gt;").contains("sgd&lt;&amp;&gt;");
  }

  @Test
  void pageHasOneChartPerParameterAndASummary() {
    String html =
        SweepReportRenderer.render(
            new SweepReportData(
                "s<1>", ReportFixtures.sweepParameters(), ReportFixtures.sweepRows()));
    assertThat(RunReportRendererTest.count(html, "<img class=\"chart\""))
        .as("a scatter for learning_rate, bars for optimizer")
        .isEqualTo(2);
    assertThat(html)
        .contains("Sweep s&lt;1&gt;")
        .contains("4 trials (2 completed, 1 failed, 1 stopped_early)")
        .contains("best trial #1 with 0.8200 ± 0.0283");
  }

  @Test
  void sweepWithoutObjectivesSaysSoInsteadOfDrawing() {
    List<SweepTrial> failedOnly =
        ReportFixtures.sweepRows().stream().filter(t -> t.trialId() == 2 && t.fold() == 1).toList();
    String html =
        SweepReportRenderer.render(
            new SweepReportData("s", ReportFixtures.sweepParameters(), failedOnly));
    assertThat(RunReportRendererTest.count(html, "<img class=\"chart\"")).isZero();
    assertThat(html).contains("No trial has an objective yet");
  }

  @Test
  void numbersKeepTheirShortestForm() {
    assertThat(SweepReportRenderer.value(64.0)).isEqualTo("64");
    assertThat(SweepReportRenderer.value(0.001)).isEqualTo("0.001");
    assertThat(SweepReportRenderer.value(Double.NaN)).isEqualTo("n/a");
    assertThat(SweepReportRenderer.value("adam")).isEqualTo("adam");
  }
}
