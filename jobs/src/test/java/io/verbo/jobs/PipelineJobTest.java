package io.verbo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.RunLayout;
import io.verbo.testing.SparkTestBase;
import io.verbo.testing.TestPaths;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import io.verbo.embed.WordVectors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        .contains("train-embeddings: w2v:").contains("nearest to bueno:")
        .contains("train-sentiment: lstm:").contains("train-sentiment: test n=")
        .contains("Outputs under file:" + root);

    RunLayout layout = new RunLayout(root);
    Vocabulary v = VocabularyIO.read(spark, layout.vocabulary());
    assertThat(v.size()).as("vocabulary of the samples").isGreaterThan(1000);
    assertThat(v.token(0)).isEqualTo("<pad>");
    JsonNode meta = ArtifactMetadata.read(layout.tokenized(), new Configuration());
    assertThat(meta.path("counts").path("records_rejected").asLong()).isEqualTo(11);

    WordVectors vectors = WordVectors.load(layout.embeddings("w2v"), new Configuration());
    assertThat(vectors.dimension()).as("local.conf vector size").isEqualTo(50);
    assertThat(vectors.size()).as("vocabulary without PAD/UNK").isEqualTo(v.size() - 2);
    assertThat(spark.read().parquet(RunLayout.dataIn(layout.embeddingReport("w2v")).toString()).count())
        .as("probe neighbours written to the report").isGreaterThan(0);

    // train-sentiment wrote the run's HTML report; `verbo report` rewrites it and prints its path.
    Path page = tmp.resolve("run/reports/sentiment/lstm/report.html");
    assertThat(r.out()).contains("train-sentiment: report -> file:" + page);
    assertThat(page).as("run report written at the end of training").isRegularFile();
    assertThat(spark.read().parquet(root + "/reports/sentiment/lstm/roc").count())
        .as("roc/ is written, empty for the 3-class samples model").isZero();
    CommandLineTest.Run report = CommandLineTest.run("report", "--conf", TestPaths.localConf().toString(),
        "--set", "verbo.run.root=" + root, "--run-id", "lstm");
    assertThat(report.exit()).as("report: %s", report.err()).isZero();
    assertThat(report.out().strip()).isEqualTo("file:" + page);
    assertThat(readUtf8(page)).as("a report of the 3-class samples model")
        .contains("Sentiment run lstm").contains("<td>positive</td>").contains("Confusion matrix (test)");

    // The saved model: re-evaluation reproduces the training run's test line; scoring a JSONL corpus.
    String testLine = r.out().lines().filter(l -> l.startsWith("train-sentiment: test ")).findFirst().orElseThrow();
    CommandLineTest.Run eval = CommandLineTest.run("evaluate", "--conf", TestPaths.localConf().toString(),
        "--set", "verbo.run.root=" + root);
    assertThat(eval.exit()).as("evaluate: %s", eval.err()).isZero();
    assertThat(eval.out()).as("same metrics as at training time")
        .contains("evaluate: test " + testLine.substring("train-sentiment: test ".length()));

    CommandLineTest.Run score = CommandLineTest.run("score", "--conf", TestPaths.localConf().toString(),
        "--set", "verbo.run.root=" + root, "--set", "verbo.input.format=jsonl",
        "--set", "verbo.input.paths=[\"" + TestPaths.sample("reviews/reviews-extra.jsonl") + "\"]");
    assertThat(score.exit()).as("score: %s", score.err()).isZero();
    assertThat(score.out()).contains("scored=300 rejected=0");
    var predictions = spark.read().parquet(root + "/predictions/lstm/predictions");
    assertThat(predictions.count()).isEqualTo(300);
    assertThat(predictions.select("label").distinct().collectAsList()).extracting(row -> row.getString(0))
        .as("labels from the model's classes").isSubsetOf("negative", "neutral", "positive");
  }

  @Test
  void importAndEvaluateEmbeddingsFromTheCommandLine() throws IOException {
    String root = tmp.resolve("import").toString();
    Path glove = tmp.resolve("tiny.glove.txt");
    Files.writeString(glove, "good 0.1 0.2 0.3\nbad -0.1 -0.2 -0.3\nbroken 0.1 x 0.3\nshort 0.5\ngreat 0.11 0.21 0.29\n",
        StandardCharsets.UTF_8);
    String conf = TestPaths.localConf().toString();
    CommandLineTest.Run early = CommandLineTest.run("evaluate-embeddings", "--conf", conf, "--set", "verbo.run.root=" + root);
    assertThat(early.exit()).as("no table yet").isEqualTo(ExitCodes.JOB_FAILED);
    assertThat(early.err()).contains("No embedding table");

    CommandLineTest.Run imp = CommandLineTest.run("import-embeddings", "--conf", conf, "--set", "verbo.run.root=" + root,
        "--from", glove.toString(), "--format", "glove-text", "--set", "verbo.embeddings.name=glove-tiny");
    assertThat(imp.exit()).as("import succeeds: %s", imp.err()).isZero();
    assertThat(imp.out()).contains("kept 3 x 3 dims").contains("bad 2");

    CommandLineTest.Run eval = CommandLineTest.run("evaluate-embeddings", "--conf", conf, "--set", "verbo.run.root=" + root,
        "--set", "verbo.embeddings.name=glove-tiny", "--set", "verbo.embeddings.eval.probes=[good]",
        "--set", "verbo.embeddings.eval.neighbours=1");
    assertThat(eval.exit()).as("evaluate succeeds: %s", eval.err()).isZero();
    assertThat(eval.out()).as("great is the nearest to good").contains("nearest to good: great");
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

  private static String readUtf8(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
