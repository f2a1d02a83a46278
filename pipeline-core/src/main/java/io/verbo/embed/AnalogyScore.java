package io.verbo.embed;

import java.util.List;

/**
 * Analogy evaluation on one file in the Google {@code questions-words.txt} format, with gensim's
 * {@code evaluate_word_analogies} semantics. Immutable.
 *
 * @param dataset file name
 * @param sections per-section counts, in file order
 * @param questions valid questions read (4 words each)
 * @param oov questions skipped because a word is outside the restricted vocabulary
 * @param invalidLines lines that are neither a section header nor 4 words
 */
public record AnalogyScore(String dataset, List<Section> sections, int questions, int oov, int invalidLines) {

  /** Freezes the list. */
  public AnalogyScore {
    sections = List.copyOf(sections);
  }

  /**
   * One section of the file.
   *
   * @param name section name (after {@code ": "})
   * @param correct questions answered right
   * @param incorrect questions answered wrong
   */
  public record Section(String name, int correct, int incorrect) {
    /** @return correct / (correct + incorrect), 0 when nothing was asked (as gensim) */
    public double accuracy() {
      return correct + incorrect == 0 ? 0 : correct / (double) (correct + incorrect);
    }
  }

  /** @return questions answered right over all sections */
  public int correct() {
    return sections.stream().mapToInt(Section::correct).sum();
  }

  /** @return questions answered wrong over all sections */
  public int incorrect() {
    return sections.stream().mapToInt(Section::incorrect).sum();
  }

  /** @return correct / (correct + incorrect) over all sections (gensim's "Total accuracy") */
  public double accuracy() {
    return new Section("total", correct(), incorrect()).accuracy();
  }

  /** @return OOV questions as a percentage of valid questions */
  public double oovPercent() {
    return questions == 0 ? 0 : 100.0 * oov / questions;
  }
}
