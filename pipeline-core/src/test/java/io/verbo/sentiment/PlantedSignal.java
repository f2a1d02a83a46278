package io.verbo.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic documents whose class is decided by one planted token ("good" or "bad", plus "meh" for
 * a neutral third class) at a random position among random filler tokens of random length.
 */
final class PlantedSignal {
  static final int FILLERS = 40;
  static final List<String> BINARY = List.of("negative", "positive");
  static final List<String> THREE = List.of("negative", "neutral", "positive");

  private PlantedSignal() {}

  /**
   * @param n number of documents
   * @param labels {@link #BINARY} or {@link #THREE}
   * @param maxLen longest document
   * @param seed random seed
   * @return documents
   */
  static List<LabelledDocument> documents(int n, List<String> labels, int maxLen, long seed) {
    Random rnd = new Random(seed);
    List<LabelledDocument> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int y = rnd.nextInt(labels.size());
      int len = 2 + rnd.nextInt(maxLen - 1);
      List<String> tokens = new ArrayList<>(len);
      for (int k = 0; k < len - 1; k++) {
        tokens.add("w" + rnd.nextInt(FILLERS));
      }
      String label = labels.get(y);
      String signal =
          switch (label) {
            case "negative" -> "bad";
            case "positive" -> "good";
            default -> "meh";
          };
      tokens.add(rnd.nextInt(len), signal);
      docs.add(new LabelledDocument(label, tokens));
    }
    return docs;
  }
}
