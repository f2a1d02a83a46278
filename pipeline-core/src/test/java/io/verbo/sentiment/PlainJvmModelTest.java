package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved model loads and predicts in a JVM without Spark, Hadoop or Scala on the class path, with
 * exactly the probabilities of the model that was saved.
 */
class PlainJvmModelTest {
  @TempDir Path tmp;

  @Test
  void loadsAndPredictsWithoutSparkOrHadoop() throws Exception {
    Vocabulary vocab = TestVocab.of(List.of("good", "bad", "movie", "não"));
    SentimentModel model =
        new SentimentModel(
            SentimentNetwork.create(TestVocab.smallSettings(), vocab, Optional.empty(), 2, null),
            vocab,
            new TokenizerOptions(true, false, 0),
            List.of("negative", "positive"),
            TestVocab.smallSettings());
    Path dir = tmp.resolve("model");
    model.save(new org.apache.hadoop.fs.Path(dir.toString()), new Configuration());
    List<String> texts = List.of("A GOOD movie!", "bad, bad, bad", "", "Não é bom");

    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(e -> !e.matches(".*/org/(apache/spark|apache/hadoop|scala-lang)/.*"))
            .collect(Collectors.joining(File.pathSeparator));
    assertThat(classPath)
        .as("no Spark or Hadoop jar")
        .doesNotContain("spark-core", "hadoop-client");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(
            a ->
                a.startsWith("--add-opens")
                    || a.startsWith("-Dorg.bytedeco")
                    || a.startsWith("-Dfile.encoding"))
        .forEach(cmd::add);
    cmd.addAll(
        List.of("-Xmx1g", "-cp", classPath, PlainJvmPredict.class.getName(), dir.toString()));
    cmd.addAll(texts);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
    byte[] err = p.getErrorStream().readAllBytes();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
    assertThat(p.exitValue())
        .as("child JVM succeeded: %s", new String(err, StandardCharsets.UTF_8))
        .isZero();

    List<String> lines =
        out.lines().filter(l -> l.startsWith("negative ") || l.startsWith("positive ")).toList();
    assertThat(lines).as("one line per text").hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      Prediction expected = model.predict(texts.get(i));
      String[] parts = lines.get(i).split(" ");
      assertThat(parts[0]).as("label of '%s'", texts.get(i)).isEqualTo(expected.label());
      double[] probs =
          Arrays.stream(parts, 1, parts.length).mapToDouble(Double::parseDouble).toArray();
      assertThat(probs)
          .as("identical probabilities of '%s'", texts.get(i))
          .containsExactly(expected.probabilities());
    }
  }
}
