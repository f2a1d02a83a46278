package io.verbo.sentiment;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * What Spark's Kryo 4 needs besides ND4J's registrator to run Verbo on Java 17; use both: {@code
 * spark.kryo.registrator=org.nd4j.kryo.Nd4jRegistrator,}{@value #NAME}.
 *
 * <ul>
 *   <li>Java records: Kryo 4 cannot build a field serializer for a record ("can't get field offset
 *       on a record class"), so every stage that persists records serialized (tokenize does) would
 *       fail once Kryo is on. Records get Java serialization.
 *   <li>{@code java.util.concurrent.atomic} values: DL4J's parameter-averaging broadcast holds an
 *       {@code AtomicInteger}, and Kryo's field serializer would need {@code --add-opens
 *       java.base/java.util.concurrent.atomic}. Java serialization needs no opened module.
 *   <li>Java 9+ immutable collections ({@code List.of}, {@code List.copyOf}, {@code Set.of}, {@code
 *       Map.of}...): Kryo's collection serializers rebuild them by calling {@code add} or {@code
 *       put}, which throws {@code UnsupportedOperationException}, so e.g. the {@link
 *       io.verbo.vocab.Vocabulary} broadcast to the executors could not be read there. Java
 *       serialization restores them as they were. (Only a cluster shows this: local-mode tasks read
 *       broadcasts without deserializing them.)
 * </ul>
 */
public final class VerboKryoRegistrator implements KryoRegistrator {
  /** This class's name, for {@code spark.kryo.registrator}. */
  public static final String NAME = "io.verbo.sentiment.VerboKryoRegistrator";

  /** The JDK's (package-private) bases of the immutable collections of {@code List.of} & co. */
  private static final List<String> IMMUTABLE_COLLECTIONS =
      List.of(
          "java.util.ImmutableCollections$AbstractImmutableCollection",
          "java.util.ImmutableCollections$AbstractImmutableMap");

  @Override
  public void registerClasses(Kryo kryo) {
    JavaSerializer java = new JavaSerializer();
    kryo.addDefaultSerializer(Record.class, java);
    kryo.addDefaultSerializer(AtomicInteger.class, java);
    kryo.addDefaultSerializer(AtomicLong.class, java);
    kryo.addDefaultSerializer(AtomicBoolean.class, java);
    kryo.addDefaultSerializer(AtomicReference.class, java);
    for (String name : IMMUTABLE_COLLECTIONS) {
      try {
        kryo.addDefaultSerializer(Class.forName(name), java);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("Cannot register " + name + " with Kryo", e);
      }
    }
  }
}
