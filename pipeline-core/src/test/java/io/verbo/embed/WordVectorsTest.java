package io.verbo.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.vocab.Vocabulary;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Lookup, neighbours, 3CosAdd and the matrix for a model's vocabulary. */
class WordVectorsTest {
  /** king/queen/man/woman on 3 axes: royalty, male, female, plus an unrelated word. */
  static WordVectors royals() {
    return new WordVectors(List.of("king", "queen", "man", "woman", "apple", "zero"), new long[] {6, 5, 4, 3, 2, 1},
        new float[] {
          1, 1, 0, // king
          1, 0, 1, // queen
          0, 1, 0.1f, // man
          0, 0.1f, 1, // woman
          -1, 0.2f, 0.1f, // apple
          0, 0, 0 // zero
        }, 3);
  }

  @Test
  void lookupAndCosine() {
    WordVectors v = royals();
    assertThat(v.size()).isEqualTo(6);
    assertThat(v.indexOf("queen")).isEqualTo(1);
    assertThat(v.indexOf("Queen")).as("exact lookup").isEqualTo(-1);
    assertThat(v.vector("man").orElseThrow()).containsExactly(0, 1, 0.1f);
    assertThat(v.similarity("king", "queen").orElseThrow()).isCloseTo(0.5, Offset.offset(1e-6));
    assertThat(v.similarity("king", "zero").orElseThrow()).as("zero vector: cosine 0").isZero();
    assertThat(v.similarity("king", "nope")).isEmpty();
    assertThat(v.toString()).isEqualTo("WordVectors: numWords=6, vectorSize=3");
    assertThatThrownBy(() -> new WordVectors(List.of("a", "a"), new long[2], new float[2], 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeated");
  }

  @Test
  void saveAndLoadRoundTrip() throws java.io.IOException {
    WordVectors v = royals();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    assertThat(v.save(out, VectorFormat.WORD2VEC_BINARY)).as("nothing left out").isZero();
    WordVectors back = WordVectors.load(new java.io.ByteArrayInputStream(out.toByteArray()), VectorFormat.AUTO);
    assertThat(back.tokens()).isEqualTo(v.tokens());
    assertThat(back.vector("woman").orElseThrow()).containsExactly(v.vector("woman").orElseThrow());
  }

  @Test
  void nearestAndAnalogy() {
    WordVectors v = royals();
    List<Neighbour> n = v.nearest("king", 2);
    assertThat(n).extracting(Neighbour::token).as("itself excluded, best first").containsExactly("man", "queen");
    assertThat(n.get(0).similarity()).isCloseTo(Math.sqrt(2) / 2 / Math.sqrt(1.01), Offset.offset(1e-6));
    assertThat(v.analogy("man", "king", "woman", 1)).extracting(Neighbour::token)
        .as("man : king :: woman : queen").containsExactly("queen");
    assertThat(v.analogy("man", "king", "nope", 1)).isEmpty();
    assertThat(v.nearest(new float[] {1, 0, 0}, 10, 2)).extracting(Neighbour::token)
        .as("restricted to the first 2 rows").containsExactly("king", "queen");
  }

  @Test
  void matrixForAVocabularyHasPadZeroAndSeededRowsForMissingWords() {
    WordVectors v = royals();
    Vocabulary vocab = new Vocabulary(List.of("<pad>", "<unk>", "queen", "unseen", "man"), new long[5], new long[5]);
    EmbeddingMatrix m = v.matrixFor(vocab, 42);
    assertThat(m.rows()).hasNumberOfRows(5);
    assertThat(m.rows()[0]).as("PAD row is zero").containsOnly(0f);
    assertThat(m.rows()[2]).as("found words copied").containsExactly(1, 0, 1);
    assertThat(m.rows()[4]).containsExactly(0, 1, 0.1f);
    assertThat(m.found()).isEqualTo(2);
    assertThat(m.missing()).isEqualTo(1);
    assertThat(m.coverage()).isCloseTo(2 / 3.0, Offset.offset(1e-9));
    assertThat(m.rows()[3]).as("missing word gets a non-zero random row").isNotEqualTo(new float[3]);
    assertThat(m.rows()[1]).as("UNK gets a random row too").isNotEqualTo(new float[3]);
    assertThat(v.matrixFor(vocab, 42).rows()[3]).as("deterministic in the seed").containsExactly(m.rows()[3]);
    assertThat(v.matrixFor(vocab, 43).rows()[3]).as("another seed, another row").isNotEqualTo(m.rows()[3]);
  }
}
