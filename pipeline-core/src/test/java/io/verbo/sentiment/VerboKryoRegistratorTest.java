package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbo.vocab.Vocabulary;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag;

/**
 * Spark's Kryo with the registrators of {@link SparkTrainingEnvironment#recommendedSparkConf}
 * round-trips what Verbo broadcasts to executors. Local-mode tasks never deserialize broadcasts, so
 * without this only a real cluster would notice.
 */
class VerboKryoRegistratorTest {
  private static final ClassTag<Object> ANY = scala.reflect.ClassTag$.MODULE$.Any();

  private static SerializerInstance kryo(String registrators) {
    SparkConf conf =
        new SparkConf(false)
            .set("spark.serializer", SparkTrainingEnvironment.KRYO)
            .set("spark.kryo.registrator", registrators);
    return new KryoSerializer(conf).newInstance();
  }

  private static Object roundTrip(SerializerInstance s, Object value) {
    ByteBuffer bytes = s.serialize(value, ANY);
    return s.deserialize(bytes, ANY);
  }

  @Test
  void vocabularyAndImmutableCollectionsSurviveKryo() {
    SerializerInstance s =
        kryo(
            SparkTrainingEnvironment.recommendedSparkConf(DistributedSettings.defaults())
                .get("spark.kryo.registrator"));
    Vocabulary vocab = TestVocab.of(List.of("bueno", "malo", "great"));

    Vocabulary back = (Vocabulary) roundTrip(s, vocab);
    assertThat(back.size()).isEqualTo(vocab.size());
    assertThat(back.token(2)).isEqualTo("bueno");
    assertThat(back.indexOf("great")).isEqualTo(vocab.indexOf("great"));

    assertThat(roundTrip(s, List.of("a", "b", "c"))).isEqualTo(List.of("a", "b", "c"));
    assertThat(roundTrip(s, List.of("a"))).isEqualTo(List.of("a"));
    assertThat(roundTrip(s, Set.of(1, 2, 3))).isEqualTo(Set.of(1, 2, 3));
    assertThat(roundTrip(s, Map.of("k", 1, "v", 2))).isEqualTo(Map.of("k", 1, "v", 2));
  }

  @Test
  void withoutVerbosRegistratorKryoCannotReadAVocabulary() {
    SerializerInstance s = kryo(SparkTrainingEnvironment.ND4J_REGISTRATOR);
    Vocabulary vocab = TestVocab.of(List.of("bueno", "malo"));
    assertThatThrownBy(() -> roundTrip(s, vocab))
        .as("Kryo rebuilds List.copyOf with add()")
        .hasRootCauseInstanceOf(UnsupportedOperationException.class);
  }
}
