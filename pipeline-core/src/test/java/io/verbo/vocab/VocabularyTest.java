package io.verbo.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.config.VocabSettings;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.testing.SparkTestBase;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest extends SparkTestBase {
  @TempDir Path tmp;

  private static Row doc(String id, String split, String... tokens) {
    return RowFactory.create(id, null, null, null, tokens, tokens.length, split, "src", 0L);
  }

  private static Dataset<Row> docs() {
    return spark.createDataFrame(
        List.of(
            doc("d1", "train", "b", "a", "a", "c"),
            doc("d2", "train", "a", "b", "d"),
            doc("d3", "train", "c", "b"),
            doc("d4", "test", "zzz", "zzz", "zzz", "zzz")),
        CorpusSchemas.TOKENS_SCHEMA);
  }

  @Test
  void orderCountsDocFreqAndReservedTokens() {
    VocabularyBuilder.Fit fit = new VocabularyBuilder(new VocabSettings(1, 0, List.of("train"), "<pad>", "<unk>")).fit(docs());
    Vocabulary v = fit.vocabulary();
    assertThat(v.tokens()).as("PAD, UNK, then count desc, token asc (a and b tie at 3); test split ignored")
        .containsExactly("<pad>", "<unk>", "a", "b", "c", "d");
    assertThat(v.count(v.indexOf("a"))).isEqualTo(3);
    assertThat(v.docFreq(v.indexOf("a"))).as("a is in 2 documents").isEqualTo(2);
    assertThat(v.docFreq(v.indexOf("b"))).isEqualTo(3);
    assertThat(v.indexOf("zzz")).as("unknown maps to UNK").isEqualTo(Vocabulary.UNK_INDEX);
    assertThat(v.encode(List.of("a", "nope", "d"))).containsExactly(2, 1, 5);
    assertThat(fit.documents()).isEqualTo(3);
    assertThat(fit.totalTokens()).isEqualTo(9);
    assertThat(fit.coveredTokens()).isEqualTo(9);
  }

  @Test
  void minCountAndMaxSizeAndAllSplits() {
    Vocabulary v = new VocabularyBuilder(new VocabSettings(2, 4, List.of(), "<pad>", "<unk>")).fit(docs()).vocabulary();
    assertThat(v.tokens()).as("min-count 2, max-size 4 incl. reserved, all splits")
        .containsExactly("<pad>", "<unk>", "zzz", "a");
  }

  @Test
  void parquetRoundTrip() {
    Vocabulary v = new VocabularyBuilder(new VocabSettings(1, 0, List.of(), "<pad>", "<unk>")).fit(docs()).vocabulary();
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(tmp.resolve("vocab").toString());
    VocabularyIO.write(spark, v, path);
    Vocabulary back = VocabularyIO.read(spark, path);
    assertThat(back.tokens()).isEqualTo(v.tokens());
    for (int i = 0; i < v.size(); i++) {
      assertThat(back.count(i)).isEqualTo(v.count(i));
      assertThat(back.docFreq(i)).isEqualTo(v.docFreq(i));
    }
    assertThat(back.toString()).contains("size=" + v.size());
  }

  @Test
  void invalidVocabularies() {
    assertThatThrownBy(() -> new Vocabulary(List.of("<pad>"), new long[1], new long[1])).hasMessageContaining("PAD and UNK");
    assertThatThrownBy(() -> new Vocabulary(List.of("<pad>", "a", "a"), new long[3], new long[3])).hasMessageContaining("repeated");
  }
}
