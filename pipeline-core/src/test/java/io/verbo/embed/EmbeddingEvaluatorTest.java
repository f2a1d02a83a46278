package io.verbo.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbo.testing.TestPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluation with gensim's semantics, checked against hand-computed values (always) and against
 * gensim itself through {@code shared/peers/eval_vectors.py} (when python3-gensim is installed).
 */
class EmbeddingEvaluatorTest {
  @TempDir Path tmp;

  /** 2-d unit vectors at known angles; "a" repeats "A" in lower case further down the ranks. */
  static WordVectors circle() {
    double[] degrees = {0, 10, 30, 60, 100, 170, 45};
    List<String> tokens = List.of("A", "b", "c", "d", "e", "a", "zzz");
    float[] v = new float[degrees.length * 2];
    for (int i = 0; i < degrees.length; i++) {
      v[2 * i] = (float) Math.cos(Math.toRadians(degrees[i]));
      v[2 * i + 1] = (float) Math.sin(Math.toRadians(degrees[i]));
    }
    return new WordVectors(tokens, new long[7], v, 2);
  }

  static final String PAIRS = "# word1 word2 score\r\nA\tb\t9.0\r\na c 7.0\r\n a  d\t8.0 \r\nb e 1.0\r\nC E 7\r\n"
      + "a zzz 3.0\r\nonly two\r\nx y notanumber\r\n\r\n";

  /** king/queen/man/woman on axes (royal, male, female, other), plus near-duplicates in other cases. */
  static WordVectors royals() {
    return new WordVectors(List.of("king", "queen", "man", "woman", "prince", "Queen", "Woman", "yyy"), new long[8],
        new float[] {1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0.5f, 1, 0, 1.05f, 0, 0.6f, 0, 1, 0,
            0, 0, 0, 1}, 4);
  }

  static final String QUESTIONS = ": family\nman king woman queen\nking queen man woman\nman king woman prince\n"
      + "man king woman yyy\nMAN KING WOMAN QUEEN\nman king woman\n: other\nKing queen Man woman\n";

  private static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void spearmanWithTiesOovAndCaseAsGensim() throws IOException {
    SimilarityScore s = EmbeddingEvaluator.wordSimilarity(circle(), "pairs.txt", in(PAIRS), 6);
    assertThat(s.used()).as("5 pairs in the restricted vocabulary").isEqualTo(5);
    assertThat(s.oov()).as("zzz is row 7, outside restrict_vocab=6").isEqualTo(1);
    assertThat(s.oovPercent()).isCloseTo(100.0 / 6, Offset.offset(1e-9));
    assertThat(s.invalidLines()).as("not word-word-number; comments and blank lines are not invalid").isEqualTo(2);
    // gold ranks (5, 2.5, 4, 1, 2.5) vs model ranks (5, 4, 3, 1, 2): rho = 8 / sqrt(9.5 * 10)
    assertThat(s.spearman()).as("hand-computed Spearman, average ranks for the tied 7.0s")
        .isCloseTo(8 / Math.sqrt(95), Offset.offset(1e-9));
    SimilarityScore all = EmbeddingEvaluator.wordSimilarity(circle(), "pairs.txt", in(PAIRS), 300_000);
    assertThat(all.oov()).as("with gensim's default restriction zzz is known").isZero();
    assertThat(RankCorrelation.ranks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
  }

  @Test
  void analogiesAsGensim() throws IOException {
    AnalogyScore a = EmbeddingEvaluator.analogies(royals(), "q.txt", in(QUESTIONS), 7);
    assertThat(a.sections()).extracting(AnalogyScore.Section::name).containsExactly("family", "other");
    assertThat(a.sections().get(0)).as("Q1 (Woman skipped: its upper form is an input; Queen maps to QUEEN),"
        + " Q2 and Q5 right, Q3 wrong, Q4 OOV").isEqualTo(new AnalogyScore.Section("family", 3, 1));
    assertThat(a.sections().get(1)).isEqualTo(new AnalogyScore.Section("other", 1, 0));
    assertThat(a.accuracy()).as("correct / (correct + incorrect) over all sections").isEqualTo(0.8);
    assertThat(a.questions()).isEqualTo(6);
    assertThat(a.oov()).isEqualTo(1);
    assertThat(a.invalidLines()).isEqualTo(1);
    assertThatThrownBy(() -> EmbeddingEvaluator.analogies(royals(), "q.txt", in("man king woman queen\n"), 7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing section header");
  }

  @Test
  void neighboursAndReportRows() {
    List<ProbeNeighbours> p = EmbeddingEvaluator.neighbours(royals(), List.of("KING", "nope"), 2, 300_000);
    assertThat(p.get(0).found()).as("case-insensitive fallback").isTrue();
    assertThat(p.get(0).neighbours()).hasSize(2);
    assertThat(p.get(1).found()).isFalse();
    EmbeddingReport r = new EmbeddingReport("royals", 8, 4, 300_000,
        List.of(new SimilarityScore("ws.txt", 4, 3, 1, 0, 0.5, 0.4)), List.of(), p);
    assertThat(r.rows()).as("similarity rows, then 2 neighbour rows and one missing row").hasSize(4 + 2 + 1);
    assertThat(r.rows().get(0)).isEqualTo(new EmbeddingReport.Row("similarity", "ws.txt", "spearman", "", 0.5, 3));
  }

  @Test
  void agreesWithGensimThroughThePeerScript() throws Exception {
    Path script = peerScript();
    Assumptions.assumeTrue(script != null, "shared/peers/eval_vectors.py not found");
    String python = gensimPython();
    Assumptions.assumeTrue(python != null, "no python3 with gensim and scipy (apt-get install python3-gensim python3-scipy)");
    // gensim fails on a file whose pairs are all OOV, so both planted sets go into one 6-d file.
    for (WordVectors v : List.of(combined())) {
      for (VectorFormat f : List.of(VectorFormat.WORD2VEC_TEXT, VectorFormat.WORD2VEC_BINARY)) {
        Path file = tmp.resolve("v-" + v.size() + f.fileName());
        try (OutputStream out = Files.newOutputStream(file)) {
          VectorFileWriter.write(v, f, out);
        }
        Path pairs = Files.writeString(tmp.resolve("pairs.txt"), PAIRS, StandardCharsets.UTF_8);
        Path questions = Files.writeString(tmp.resolve("q.txt"), QUESTIONS, StandardCharsets.UTF_8);
        JsonNode g = runPeer(python, script, file, f == VectorFormat.WORD2VEC_BINARY, pairs, questions);
        assertThat(g.path("vocab").asInt()).as("gensim loads our %s file", f).isEqualTo(v.size());
        SimilarityScore s = EmbeddingEvaluator.wordSimilarity(v, "pairs.txt", Files.newInputStream(pairs), 300_000);
        AnalogyScore a = EmbeddingEvaluator.analogies(v, "q.txt", Files.newInputStream(questions), 300_000);
        assertThat(s.spearman()).as("Spearman agrees with gensim (%s)", f)
            .isCloseTo(g.path("spearman:pairs.txt").asDouble(), Offset.offset(1e-3));
        assertThat(s.oovPercent()).isCloseTo(g.path("oov%:pairs.txt").asDouble(), Offset.offset(0.05));
        assertThat(a.accuracy()).as("analogy accuracy agrees with gensim (%s)", f)
            .isCloseTo(g.path("analogy_accuracy").asDouble(), Offset.offset(1e-3));
      }
    }
  }

  /** royals() in dimensions 0-3 followed by circle() in dimensions 4-5. */
  static WordVectors combined() {
    WordVectors r = royals();
    WordVectors c = circle();
    List<String> tokens = new java.util.ArrayList<>(r.tokens());
    tokens.addAll(c.tokens());
    float[] v = new float[tokens.size() * 6];
    for (int i = 0; i < r.size(); i++) {
      System.arraycopy(r.vector(i), 0, v, i * 6, 4);
    }
    for (int i = 0; i < c.size(); i++) {
      System.arraycopy(c.vector(i), 0, v, (r.size() + i) * 6 + 4, 2);
    }
    return new WordVectors(tokens, new long[tokens.size()], v, 6);
  }

  static Path peerScript() {
    for (Path p : List.of(TestPaths.repoRoot().resolve("../shared/peers/eval_vectors.py"),
        Path.of("/work/shared/peers/eval_vectors.py"))) {
      if (Files.isRegularFile(p)) {
        return p.normalize();
      }
    }
    return null;
  }

  /** @return the first of python3 on the PATH and Debian's /usr/bin/python3 that imports gensim, or null */
  static String gensimPython() throws InterruptedException {
    for (String python : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p = new ProcessBuilder(python, "-c", "import gensim, scipy").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return python;
        }
      } catch (IOException e) {
        // Not installed under this name: try the next one.
      }
    }
    return null;
  }

  static JsonNode runPeer(String python, Path script, Path vectors, boolean binary, Path pairs, Path questions)
      throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(python, script.toString(), "--vectors", vectors.toString()));
    if (binary) {
      cmd.add("--binary");
    }
    cmd.addAll(List.of("--sim", pairs.toString(), "--analogy", questions.toString()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0).as("peer script ran: %s", out).isTrue();
    return new ObjectMapper().readTree(out.lines().reduce((x, y) -> y).orElseThrow());
  }
}
