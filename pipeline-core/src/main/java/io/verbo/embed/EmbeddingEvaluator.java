package io.verbo.embed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Word-similarity, analogy and nearest-neighbour evaluation that mirrors gensim 4.2's {@code
 * KeyedVectors.evaluate_word_pairs(case_insensitive=True)} and {@code
 * evaluate_word_analogies(case_insensitive=True)} exactly (see docs/embeddings.md):
 *
 * <ul>
 *   <li>Only the first {@code restrictVocab} tokens count (gensim's default 300000); their
 *       upper-cased forms map to the first (most frequent) row with that form.
 *   <li>Pairs: lines split on whitespace; comment lines ({@code #}) and lines that are not exactly
 *       {@code word word number} are skipped; pairs with a word outside the restricted vocabulary
 *       are skipped and reported as OOV%; Spearman with average ranks for ties.
 *   <li>Analogies: {@code ": "} starts a section; a question with a word outside the restricted
 *       vocabulary is skipped; the answer is the best of the top 5 of most_similar(positive=[b,
 *       c], negative=[a]) over unit vectors of the restricted rows, excluding a, b and c, whose
 *       upper-cased form is in the vocabulary and not one of a, b, c; accuracy = correct /
 *       (correct + incorrect) over all sections.
 * </ul>
 *
 * Plain Java; stateless; questions are answered in parallel, results do not depend on it.
 */
public final class EmbeddingEvaluator {
  /** gensim's default {@code restrict_vocab}. */
  public static final int GENSIM_RESTRICT_VOCAB = 300_000;

  private EmbeddingEvaluator() {}

  /**
   * @param vectors the vectors
   * @param dataset name for the report
   * @param pairs the file content (UTF-8)
   * @param restrictVocab rows considered
   * @return the score
   * @throws IOException on read errors
   * @throws IllegalArgumentException if the file is not UTF-8
   */
  public static SimilarityScore wordSimilarity(WordVectors vectors, String dataset, InputStream pairs, int restrictVocab)
      throws IOException {
    Map<String, Integer> ok = upperVocab(vectors, restrictVocab);
    List<double[]> used = new ArrayList<>();
    int oov = 0;
    int invalid = 0;
    // Python's text mode: universal newlines (\n, \r\n and a lone \r all end a line).
    for (String line : readAll(pairs).split("\r\n|\r|\n", -1)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] p = PyText.split(line);
      double gold;
      if (p.length != 3 || Double.isNaN(gold = PyText.parseFloat(p[2])) && !PyText.isNanLiteral(p[2])) {
        invalid++;
        continue;
      }
      Integer a = ok.get(PyText.upper(p[0]));
      Integer b = ok.get(PyText.upper(p[1]));
      if (a == null || b == null) {
        oov++;
        continue;
      }
      used.add(new double[] {gold, vectors.cosine(a, b)});
    }
    double[] g = used.stream().mapToDouble(x -> x[0]).toArray();
    double[] m = used.stream().mapToDouble(x -> x[1]).toArray();
    return new SimilarityScore(dataset, used.size() + oov, used.size(), oov, invalid,
        RankCorrelation.spearman(g, m), RankCorrelation.pearson(g, m));
  }

  /**
   * @param vectors the vectors
   * @param dataset name for the report
   * @param questions the file content (UTF-8)
   * @param restrictVocab rows considered
   * @return the score
   * @throws IOException on read errors
   * @throws IllegalArgumentException if a question comes before any section header (gensim fails
   *     the same way) or the file is not UTF-8
   */
  public static AnalogyScore analogies(WordVectors vectors, String dataset, InputStream questions, int restrictVocab)
      throws IOException {
    Map<String, Integer> ok = upperVocab(vectors, restrictVocab);
    List<String> sectionNames = new ArrayList<>();
    List<String[]> asked = new ArrayList<>();
    List<Integer> sectionOf = new ArrayList<>();
    int questionsRead = 0;
    int oov = 0;
    int invalid = 0;
    String[] lines = readAll(questions).split("\n", -1);
    for (int no = 0; no < lines.length; no++) {
      String line = lines[no];
      if (no == lines.length - 1 && line.isEmpty()) {
        break;
      }
      if (line.startsWith(": ")) {
        sectionNames.add(PyText.strip(PyText.lstrip(line, ": ")));
        continue;
      }
      if (sectionNames.isEmpty()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "Cannot evaluate analogies in %s: missing section header (\": name\") before line #%d", dataset, no));
      }
      String[] w = PyText.split(line);
      if (w.length != 4) {
        invalid++;
        continue;
      }
      for (int i = 0; i < 4; i++) {
        w[i] = PyText.upper(w[i]);
      }
      questionsRead++;
      if (!ok.containsKey(w[0]) || !ok.containsKey(w[1]) || !ok.containsKey(w[2]) || !ok.containsKey(w[3])) {
        oov++;
        continue;
      }
      asked.add(w);
      sectionOf.add(sectionNames.size() - 1);
    }
    boolean[] right = new boolean[asked.size()];
    IntStream.range(0, asked.size()).parallel().forEach(q -> right[q] = answer(vectors, ok, asked.get(q), restrictVocab));
    int[] correct = new int[sectionNames.size()];
    int[] wrong = new int[sectionNames.size()];
    for (int q = 0; q < asked.size(); q++) {
      if (right[q]) {
        correct[sectionOf.get(q)]++;
      } else {
        wrong[sectionOf.get(q)]++;
      }
    }
    List<AnalogyScore.Section> sections = new ArrayList<>();
    for (int s = 0; s < sectionNames.size(); s++) {
      sections.add(new AnalogyScore.Section(sectionNames.get(s), correct[s], wrong[s]));
    }
    return new AnalogyScore(dataset, sections, questionsRead, oov, invalid);
  }

  /** gensim's loop over most_similar(positive=[b, c], negative=[a], topn=5). */
  private static boolean answer(WordVectors v, Map<String, Integer> ok, String[] w, int restrictVocab) {
    int a = ok.get(w[0]);
    int b = ok.get(w[1]);
    int c = ok.get(w[2]);
    List<Neighbour> sims = v.nearest(v.combine(new int[] {b, c}, new int[] {a}), 5, restrictVocab, a, b, c);
    Set<String> ignore = Set.of(w[0], w[1], w[2]);
    String predicted = null;
    for (Neighbour n : sims) {
      predicted = PyText.upper(n.token());
      if (ok.containsKey(predicted) && !ignore.contains(predicted)) {
        break;
      }
    }
    return w[3].equals(predicted);
  }

  /**
   * @param vectors the vectors
   * @param probes words to look up (exact token first, then case-insensitively)
   * @param k neighbours per probe
   * @param restrictVocab rows considered
   * @return neighbours per probe, in the order given
   */
  public static List<ProbeNeighbours> neighbours(WordVectors vectors, List<String> probes, int k, int restrictVocab) {
    Map<String, Integer> ok = upperVocab(vectors, restrictVocab);
    List<ProbeNeighbours> out = new ArrayList<>();
    for (String p : probes) {
      int i = vectors.indexOf(p);
      if (i < 0) {
        i = ok.getOrDefault(PyText.upper(p), -1);
      }
      out.add(i < 0 ? new ProbeNeighbours(p, false, List.of())
          : new ProbeNeighbours(p, true, vectors.nearest(vectors.unitRow(i), k, restrictVocab, i)));
    }
    return out;
  }

  /**
   * Runs every evaluation of a request; files are read through Hadoop (any file system).
   *
   * @param vectors the vectors
   * @param name name of the vectors for the report
   * @param request files, probes and restriction
   * @param conf Hadoop configuration
   * @return the report
   * @throws io.verbo.store.VerboStorageException if a file cannot be read
   */
  public static EmbeddingReport evaluate(
      WordVectors vectors, String name, EvaluationRequest request, org.apache.hadoop.conf.Configuration conf) {
    List<SimilarityScore> sims = new ArrayList<>();
    List<AnalogyScore> analogies = new ArrayList<>();
    for (String f : request.similarityFiles()) {
      sims.add(withFile(f, conf, in -> wordSimilarity(vectors, new org.apache.hadoop.fs.Path(f).getName(), in,
          request.restrictVocab())));
    }
    for (String f : request.analogyFiles()) {
      analogies.add(withFile(f, conf, in -> analogies(vectors, new org.apache.hadoop.fs.Path(f).getName(), in,
          request.restrictVocab())));
    }
    return new EmbeddingReport(name, vectors.size(), vectors.dimension(), request.restrictVocab(), sims, analogies,
        neighbours(vectors, request.probes(), request.neighbours(), request.restrictVocab()));
  }

  private interface FileTask<T> {
    T apply(InputStream in) throws IOException;
  }

  private static <T> T withFile(String file, org.apache.hadoop.conf.Configuration conf, FileTask<T> task) {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return task.apply(in);
    } catch (IOException e) {
      throw new io.verbo.store.VerboStorageException("Cannot read evaluation file " + file, e);
    }
  }

  /**
   * The first {@code restrictVocab} rows by upper-cased token; the first row of each form wins
   * (gensim builds the same map from the reversed rows so that earlier rows overwrite later ones).
   */
  static Map<String, Integer> upperVocab(WordVectors v, int restrictVocab) {
    int n = Math.min(Math.max(0, restrictVocab), v.size());
    Map<String, Integer> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      m.putIfAbsent(PyText.upper(v.token(i)), i);
    }
    return m;
  }

  private static String readAll(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[1 << 14];
    try {
      for (int n; (n = r.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("Cannot evaluate: the file is not UTF-8", e);
    }
    return sb.toString();
  }
}
