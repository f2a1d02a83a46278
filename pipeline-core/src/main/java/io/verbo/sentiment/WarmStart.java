package io.verbo.sentiment;

import io.verbo.VerboPipelineException;
import io.verbo.vocab.Vocabulary;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Warm start: a challenger that continues training the champion's network instead of a fresh one.
 * The network's embedding rows are bound to the champion's vocabulary and its output units to the
 * champion's labels, so both must equal this run's; its architecture and encoding are the
 * champion's, the optimisation schedule is this run's. Stateless.
 */
public final class WarmStart {
  private WarmStart() {}

  /**
   * @param champion the champion model
   * @param configured this run's settings
   * @return the champion's encoding and network settings with this run's training and distribution
   *     settings (the network being fine-tuned must keep its shape and its encoding)
   */
  public static SentimentSettings settings(SentimentModel champion, SentimentSettings configured) {
    return champion
        .settings()
        .withTraining(configured.training())
        .withDistributed(configured.distributed());
  }

  /**
   * @param champion the champion model
   * @param championName the champion's name for messages (e.g. its version)
   * @param vocabulary this run's vocabulary
   * @param labels this run's configured classes (empty: take the champion's)
   * @param learningRate the learning rate to continue with (Adam restarts: the saved network has
   *     no updater state)
   * @return a copy of the champion's network, ready to train
   * @throws VerboPipelineException if the vocabulary or the labels differ, naming the first
   *     difference and the fix
   */
  public static MultiLayerNetwork network(
      SentimentModel champion,
      String championName,
      Vocabulary vocabulary,
      List<String> labels,
      double learningRate) {
    checkVocabulary(champion.vocabulary(), vocabulary, championName);
    if (!labels.isEmpty() && !labels.equals(champion.labels())) {
      throw new VerboPipelineException(
          String.format(
              Locale.ROOT,
              "Cannot warm-start from champion %s: its labels are %s, this run's"
                  + " verbo.labels.classes are %s. Fix: use the champion's classes in the same"
                  + " order, or set verbo.retrain.warm-start = false to train a fresh challenger.",
              championName,
              champion.labels(),
              labels),
          null);
    }
    MultiLayerNetwork net = champion.network().clone();
    net.setLearningRate(learningRate);
    return net;
  }

  private static void checkVocabulary(Vocabulary expected, Vocabulary actual, String championName) {
    List<String> a = expected.tokens();
    List<String> b = actual.tokens();
    if (a.equals(b)) {
      return;
    }
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    String difference =
        i < a.size() && i < b.size()
            ? String.format(Locale.ROOT, "index %d is '%s' in the champion, '%s' here", i, a.get(i),
                b.get(i))
            : String.format(Locale.ROOT, "one is a prefix of the other, first extra index %d", i);
    throw new VerboPipelineException(
        String.format(
            Locale.ROOT,
            "Cannot warm-start from champion %s: its vocabulary (%d tokens) differs from this run's"
                + " (%d tokens); %s. The network's embedding rows belong to the champion's"
                + " vocabulary. Fix: keep the run's vocabulary (verbo.retrain.refresh = [tokenize]),"
                + " or set verbo.retrain.warm-start = false to train a fresh challenger.",
            championName,
            a.size(),
            b.size(),
            difference),
        null);
  }
}
