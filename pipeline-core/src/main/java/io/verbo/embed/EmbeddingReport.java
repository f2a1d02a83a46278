package io.verbo.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation of one set of word vectors; written to Parquet as {@link #rows()} by {@link
 * EmbeddingReportWriter}. Immutable.
 *
 * @param vectors name of the evaluated vectors (artifact name or file)
 * @param vocabSize tokens with a vector
 * @param dimension vector size
 * @param restrictVocab how many of the most frequent tokens the evaluation used
 * @param similarity one score per word-similarity file
 * @param analogies one score per analogy file
 * @param probes nearest neighbours of the probe words
 */
public record EmbeddingReport(
    String vectors,
    int vocabSize,
    int dimension,
    int restrictVocab,
    List<SimilarityScore> similarity,
    List<AnalogyScore> analogies,
    List<ProbeNeighbours> probes) {

  /** Freezes the lists. */
  public EmbeddingReport {
    similarity = List.copyOf(similarity);
    analogies = List.copyOf(analogies);
    probes = List.copyOf(probes);
  }

  /**
   * One row of the report table.
   *
   * @param kind {@code similarity}, {@code analogy} or {@code neighbour}
   * @param dataset file name, or the probe word for neighbours
   * @param metric e.g. {@code spearman}, {@code oov_percent}, {@code accuracy}, {@code rank_1}
   * @param key section name, neighbour token, or empty
   * @param value the number
   * @param count the number of items behind it (pairs used, questions answered, ...)
   */
  public record Row(String kind, String dataset, String metric, String key, double value, long count) {}

  /** @return every number of the report as rows, in a fixed order */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (SimilarityScore s : similarity) {
      rows.add(new Row("similarity", s.dataset(), "spearman", "", s.spearman(), s.used()));
      rows.add(new Row("similarity", s.dataset(), "pearson", "", s.pearson(), s.used()));
      rows.add(new Row("similarity", s.dataset(), "oov_percent", "", s.oovPercent(), s.oov()));
      rows.add(new Row("similarity", s.dataset(), "invalid_lines", "", s.invalidLines(), s.invalidLines()));
    }
    for (AnalogyScore a : analogies) {
      rows.add(new Row("analogy", a.dataset(), "accuracy", "total", a.accuracy(), a.correct() + a.incorrect()));
      rows.add(new Row("analogy", a.dataset(), "oov_percent", "", a.oovPercent(), a.oov()));
      rows.add(new Row("analogy", a.dataset(), "invalid_lines", "", a.invalidLines(), a.invalidLines()));
      for (AnalogyScore.Section s : a.sections()) {
        rows.add(new Row("analogy", a.dataset(), "accuracy", s.name(), s.accuracy(), s.correct() + s.incorrect()));
      }
    }
    for (ProbeNeighbours p : probes) {
      if (!p.found()) {
        rows.add(new Row("neighbour", p.probe(), "missing", "", Double.NaN, 0));
      }
      for (int i = 0; i < p.neighbours().size(); i++) {
        Neighbour n = p.neighbours().get(i);
        rows.add(new Row("neighbour", p.probe(), "rank_" + (i + 1), n.token(), n.similarity(), 1));
      }
    }
    return rows;
  }
}
