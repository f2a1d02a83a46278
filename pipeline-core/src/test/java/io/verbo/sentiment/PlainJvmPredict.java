package io.verbo.sentiment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Loads a saved model and prints one prediction per text argument: {@code label p0 p1 ...}, with
 * probabilities in round-trip precision. Started by {@link PlainJvmModelTest} in a JVM whose class
 * path holds no Spark, Hadoop or Scala jar.
 */
public final class PlainJvmPredict {
  private PlainJvmPredict() {}

  /**
   * @param args the model folder, then texts
   */
  public static void main(String[] args) {
    SentimentModel model = SentimentModel.load(Path.of(args[0]));
    for (String text : Arrays.asList(args).subList(1, args.length)) {
      Prediction p = model.predict(text);
      System.out.println(
          p.label()
              + " "
              + Arrays.stream(p.probabilities())
                  .mapToObj(Double::toString)
                  .collect(Collectors.joining(" ")));
    }
  }
}
