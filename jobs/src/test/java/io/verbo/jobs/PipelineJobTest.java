package io.verbo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.testing.SparkTestBase;
import io.verbo.testing.TestPaths;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jobs end to end on data-samples with local Spark, as `verbo pipeline` runs them. */
class PipelineJobTest extends SparkTestBase {
  @TempDir Path tmp;

  private static String samples() {
    return "verbo.input.paths=[\"" + TestPaths.sample("reviews/reviews.csv") + "\",\""
        + TestPaths.sample("broken/broken-reviews.csv") + "\"]";
  }

  @Test
  void pipelineOnSamplesWritesTokensRejectsAndVocabulary() {
    String root = tmp.resolve("run").toString();
    CommandLineTest.Run r =
        CommandLineTest.run("pipeline", "--conf", TestPaths.localConf().toString(),
            "--set", "verbo.run.root=" + root, "--set", samples());
    assertThat(r.exit()).as("pipeline succeeds: %s", r.err()).isZero();
    assertThat(r.out()).contains("tokenize: read=").contains("rejected=11").contains("vocab: size=")
        .contains("Outputs under file:" + root);

    RunLayout layout = new RunLayout(root);
    Vocabulary v = VocabularyIO.read(spark, layout.vocabulary());
    assertThat(v.size()).as("vocabulary of the samples").isGreaterThan(1000);
    assertThat(v.token(0)).isEqualTo("<pad>");
    JsonNode meta = ArtifactMetadata.read(layout.tokenized(), new Configuration());
    assertThat(meta.path("counts").path("records_rejected").asLong()).isEqualTo(11);
  }

  @Test
  void stagesRunSeparatelyAndVocabWithoutTokensFails() {
    String root = tmp.resolve("separate").toString();
    String conf = TestPaths.localConf().toString();
    CommandLineTest.Run early = CommandLineTest.run("vocab", "--conf", conf, "--set", "verbo.run.root=" + root);
    assertThat(early.exit()).as("vocab before tokenize is a job failure").isEqualTo(ExitCodes.JOB_FAILED);
    assertThat(early.err()).contains("no tokens dataset").contains("verbo tokenize");

    assertThat(CommandLineTest.run("tokenize", "--conf", conf, "--set", "verbo.run.root=" + root, "--set", samples()).exit()).isZero();
    CommandLineTest.Run vocab = CommandLineTest.run("vocab", "--conf", conf, "--set", "verbo.run.root=" + root);
    assertThat(vocab.exit()).isZero();
    assertThat(vocab.out()).contains("vocab: size=");
  }
}
