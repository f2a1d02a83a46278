package io.verbo.embed;

import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic corpus with planted structure: words of group A ({@code a0..a5}) only ever appear
 * among context words {@code x0..x5}, words of group B among {@code y0..y5}. A model that learns
 * anything puts A words closer to each other than to B words.
 */
final class PlantedCorpus {
  static final int GROUP = 6;

  final List<List<String>> documents = new ArrayList<>();
  final Vocabulary vocab;
  final List<int[]> sentences = new ArrayList<>();

  PlantedCorpus(int documents, long seed) {
    Random r = new Random(seed);
    for (int d = 0; d < documents; d++) {
      boolean a = r.nextBoolean();
      List<String> doc = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        boolean centre = i % 3 == 1;
        String prefix = a ? (centre ? "a" : "x") : (centre ? "b" : "y");
        doc.add(prefix + r.nextInt(GROUP));
      }
      this.documents.add(doc);
    }
    List<String[]> lines = documents().stream().map(l -> l.toArray(new String[0])).toList();
    this.vocab = KernelThroughputCheck.vocabulary(lines, 1);
    for (List<String> doc : this.documents) {
      sentences.add(vocab.encode(doc).clone());
    }
  }

  List<List<String>> documents() {
    return documents;
  }

  /** @return mean cosine between A words minus mean cosine between A and B words */
  static double separation(WordVectors v) {
    double within = 0;
    double across = 0;
    int nw = 0;
    int na = 0;
    for (int i = 0; i < GROUP; i++) {
      for (int j = 0; j < GROUP; j++) {
        if (i != j) {
          within += v.similarity("a" + i, "a" + j).orElseThrow();
          nw++;
        }
        across += v.similarity("a" + i, "b" + j).orElseThrow();
        na++;
      }
    }
    return within / nw - across / na;
  }

  static Word2VecSettings settings(Word2VecArchitecture arch, int negative, boolean hs, int epochs) {
    return new Word2VecSettings(arch, 20, 2, negative, hs, 0, arch == Word2VecArchitecture.CBOW ? 0.05 : 0.025,
        0.0001, epochs, 1, 0, 2, 7L, 10_000);
  }
}
