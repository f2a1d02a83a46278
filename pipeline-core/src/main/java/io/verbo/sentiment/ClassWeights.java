package io.verbo.sentiment;

import io.verbo.config.InvalidConfigException;
import java.util.Arrays;
import java.util.List;

/**
 * Loss weights per class from {@link TrainingSettings} and the training label counts. Stateless.
 */
public final class ClassWeights {
  private ClassWeights() {}

  /**
   * @param training the training settings
   * @param labels class names
   * @param counts training examples per class, in label order
   * @return one weight per class, or {@code null} for unweighted loss; {@code balanced} gives
   *     {@code n / (k * n_c)} (a class without examples gets 1)
   * @throws InvalidConfigException if explicit weights do not match the classes
   */
  public static double[] compute(TrainingSettings training, List<String> labels, long[] counts) {
    int k = labels.size();
    switch (training.classWeights()) {
      case NONE:
        return null;
      case EXPLICIT:
        if (training.explicitClassWeights().size() != k) {
          throw new InvalidConfigException(
              TrainingSettings.EXPLICIT_CLASS_WEIGHTS,
              training.explicitClassWeights(),
              "has "
                  + training.explicitClassWeights().size()
                  + " weights for "
                  + k
                  + " classes "
                  + labels,
              "give exactly one weight per class, in that order");
        }
        return training.explicitClassWeights().stream().mapToDouble(Double::doubleValue).toArray();
      case BALANCED:
      default:
        long n = Arrays.stream(counts).sum();
        double[] w = new double[k];
        for (int c = 0; c < k; c++) {
          w[c] = counts[c] == 0 ? 1.0 : n / ((double) k * counts[c]);
        }
        return w;
    }
  }
}
