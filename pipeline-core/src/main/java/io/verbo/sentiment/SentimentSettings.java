package io.verbo.sentiment;

import io.verbo.config.InvalidConfigException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything that defines a sentiment model and how it is trained ({@code verbo.sentiment.*}).
 * Built once on the driver; immutable; serialized into {@code model.json} and {@code
 * _metadata.json}. Executors only ever receive {@link EncodingSettings} (for building minibatches).
 *
 * @param encoding sequence encoding and bucketing
 * @param network the network architecture
 * @param training the optimisation schedule
 * @param distributed parameter averaging on Spark
 */
public record SentimentSettings(
    EncodingSettings encoding,
    NetworkSettings network,
    TrainingSettings training,
    DistributedSettings distributed)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the combination of the parts. */
  public SentimentSettings {
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(distributed, "distributed");
    if (training.fineTuneEpochs() > 0 && !network.freezeEmbeddings()) {
      throw new InvalidConfigException(
          TrainingSettings.FINE_TUNE_EPOCHS,
          training.fineTuneEpochs(),
          "fine-tuning unfreezes the embeddings, but "
              + NetworkSettings.FREEZE_EMBEDDINGS
              + " = false",
          "set "
              + NetworkSettings.FREEZE_EMBEDDINGS
              + " = true for the two-stage recipe, or "
              + TrainingSettings.FINE_TUNE_EPOCHS
              + " = 0");
    }
  }

  /**
   * @return every part at its defaults
   */
  public static SentimentSettings defaults() {
    return new SentimentSettings(
        EncodingSettings.defaults(),
        NetworkSettings.defaults(),
        TrainingSettings.defaults(),
        DistributedSettings.defaults());
  }

  /**
   * @return every configuration key of the sentiment settings, in record order
   */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>();
    keys.addAll(EncodingSettings.KEYS);
    keys.addAll(NetworkSettings.KEYS);
    keys.addAll(TrainingSettings.KEYS);
    keys.addAll(DistributedSettings.KEYS);
    return List.copyOf(keys);
  }

  /**
   * @param network replacement network settings
   * @return a copy with them
   */
  public SentimentSettings withNetwork(NetworkSettings network) {
    return new SentimentSettings(encoding, network, training, distributed);
  }

  /**
   * @param training replacement training settings
   * @return a copy with them
   */
  public SentimentSettings withTraining(TrainingSettings training) {
    return new SentimentSettings(encoding, network, training, distributed);
  }

  /**
   * @param encoding replacement encoding settings
   * @return a copy with them
   */
  public SentimentSettings withEncoding(EncodingSettings encoding) {
    return new SentimentSettings(encoding, network, training, distributed);
  }

  /**
   * @param distributed replacement distributed settings
   * @return a copy with them
   */
  public SentimentSettings withDistributed(DistributedSettings distributed) {
    return new SentimentSettings(encoding, network, training, distributed);
  }
}
