package io.verbo.sentiment;

import java.util.List;
import java.util.Locale;

/**
 * The prediction for one document.
 *
 * @param label the most probable class (ties go to the lower class number)
 * @param index its class number
 * @param labels all class names, index = class number (shared, unmodifiable)
 * @param probabilities probability per class, in {@code labels} order, summing to 1
 */
public record Prediction(String label, int index, List<String> labels, double[] probabilities) {

  /**
   * @param labels class names
   * @param probabilities probability per class
   * @return the prediction with the arg-max label
   */
  static Prediction of(List<String> labels, double[] probabilities) {
    int best = 0;
    for (int c = 1; c < probabilities.length; c++) {
      if (probabilities[c] > probabilities[best]) {
        best = c;
      }
    }
    return new Prediction(labels.get(best), best, labels, probabilities);
  }

  /**
   * @param className a class name
   * @return its probability
   * @throws IllegalArgumentException if the class is unknown
   */
  public double probabilityOf(String className) {
    int i = labels.indexOf(className);
    if (i < 0) {
      throw new IllegalArgumentException(
          "Unknown class '" + className + "'; classes are " + labels);
    }
    return probabilities[i];
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Prediction[").append(label);
    for (int c = 0; c < labels.size(); c++) {
      sb.append(String.format(Locale.ROOT, " %s=%.4f", labels.get(c), probabilities[c]));
    }
    return sb.append(']').toString();
  }
}
