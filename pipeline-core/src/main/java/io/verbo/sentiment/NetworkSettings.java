package io.verbo.sentiment;

import io.verbo.config.InvalidConfigException;
import java.io.Serializable;
import java.util.List;

/**
 * The network ({@code verbo.sentiment.network.*}): Embedding → LSTM x layers (optionally
 * bidirectional) → pooling → dropout → softmax. Immutable.
 *
 * @param embeddingDim embedding width when no pretrained vectors are given (with vectors their
 *     width wins)
 * @param freezeEmbeddings keep pretrained embeddings fixed (Keras {@code trainable=False}); ignored
 *     without pretrained vectors, which are always trained
 * @param lstmUnits units per LSTM layer (per direction when bidirectional)
 * @param lstmLayers number of stacked LSTM layers
 * @param bidirectional run each LSTM layer in both directions and concatenate
 * @param pooling how the LSTM output sequence becomes one vector; {@code last} needs a
 *     unidirectional top layer
 * @param dropout probability of dropping each input of the dense layer (Keras convention), in [0,
 *     1)
 * @param l2 L2 penalty on LSTM and dense weights (never on the embeddings); 0 disables
 * @param gradientClip clip each parameter's gradient to this L2 norm (Keras {@code clipnorm}); 0
 *     disables
 */
public record NetworkSettings(
    int embeddingDim,
    boolean freezeEmbeddings,
    int lstmUnits,
    int lstmLayers,
    boolean bidirectional,
    Pooling pooling,
    double dropout,
    double l2,
    double gradientClip)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Configuration key prefix. */
  public static final String PREFIX = "verbo.sentiment.network.";

  /** Key of {@link #embeddingDim}. */
  public static final String EMBEDDING_DIM = PREFIX + "embedding-dim";

  /** Key of {@link #freezeEmbeddings}. */
  public static final String FREEZE_EMBEDDINGS = PREFIX + "freeze-embeddings";

  /** Key of {@link #lstmUnits}. */
  public static final String LSTM_UNITS = PREFIX + "lstm-units";

  /** Key of {@link #lstmLayers}. */
  public static final String LSTM_LAYERS = PREFIX + "lstm-layers";

  /** Key of {@link #bidirectional}. */
  public static final String BIDIRECTIONAL = PREFIX + "bidirectional";

  /** Key of {@link #pooling}. */
  public static final String POOLING = PREFIX + "pooling";

  /** Key of {@link #dropout}. */
  public static final String DROPOUT = PREFIX + "dropout";

  /** Key of {@link #l2}. */
  public static final String L2 = PREFIX + "l2";

  /** Key of {@link #gradientClip}. */
  public static final String GRADIENT_CLIP = PREFIX + "gradient-clip";

  /** Every key of this record. */
  public static final List<String> KEYS =
      List.of(
          EMBEDDING_DIM,
          FREEZE_EMBEDDINGS,
          LSTM_UNITS,
          LSTM_LAYERS,
          BIDIRECTIONAL,
          POOLING,
          DROPOUT,
          L2,
          GRADIENT_CLIP);

  /** Validates the record. */
  public NetworkSettings {
    SettingsChecks.atLeast(EMBEDDING_DIM, embeddingDim, 1);
    SettingsChecks.atLeast(LSTM_UNITS, lstmUnits, 1);
    SettingsChecks.atLeast(LSTM_LAYERS, lstmLayers, 1);
    if (pooling == null) {
      throw new InvalidConfigException(POOLING, null, "must be set", "use last, max or mean");
    }
    if (bidirectional && pooling == Pooling.LAST) {
      // The backward direction's output at the last token has read only that one token.
      throw new InvalidConfigException(
          POOLING,
          pooling.configName(),
          "cannot be last with "
              + BIDIRECTIONAL
              + " = true: the backward direction's last output has seen one token",
          "set " + POOLING + " = max (or mean), or " + BIDIRECTIONAL + " = false");
    }
    SettingsChecks.range(DROPOUT, dropout, 0, 1, false);
    SettingsChecks.range(L2, l2, 0, 1, true);
    SettingsChecks.range(GRADIENT_CLIP, gradientClip, 0, Double.MAX_VALUE, true);
  }

  /**
   * @return the classic Keras recipe: 100-d embeddings (frozen if pretrained), LSTM(100), dropout
   *     0.2
   */
  public static NetworkSettings defaults() {
    return new NetworkSettings(100, true, 100, 1, false, Pooling.LAST, 0.2, 0.0, 1.0);
  }
}
