package io.verbo.sentiment;

import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/** Small vocabularies for tests. */
final class TestVocab {
  private TestVocab() {}

  /**
   * @param words tokens after PAD and UNK
   * @return a vocabulary {@code <pad>, <unk>, words...} with zero counts
   */
  static Vocabulary of(List<String> words) {
    List<String> tokens = new ArrayList<>();
    tokens.add("<pad>");
    tokens.add("<unk>");
    tokens.addAll(words);
    return new Vocabulary(tokens, new long[tokens.size()], new long[tokens.size()]);
  }

  /**
   * @param n number of filler words {@code w0..w(n-1)}
   * @param extra more words appended after them
   * @return the vocabulary
   */
  static Vocabulary fillers(int n, String... extra) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add("w" + i);
    }
    words.addAll(List.of(extra));
    return of(words);
  }

  /**
   * @return small, fast settings: dim 8, 8 LSTM units, batch 16
   */
  static SentimentSettings smallSettings() {
    SentimentSettings d = SentimentSettings.defaults();
    return d.withNetwork(new NetworkSettings(8, true, 8, 1, false, Pooling.LAST, 0.0, 0.0, 1.0))
        .withEncoding(new EncodingSettings(20, Truncation.HEAD, List.of(), 2))
        .withDistributed(
            new DistributedSettings(16, 2, 0, TrainingApproachSetting.AUTO, "2g", "6g", false));
  }
}
