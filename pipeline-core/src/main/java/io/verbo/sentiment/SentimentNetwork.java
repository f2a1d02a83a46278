package io.verbo.sentiment;

import io.verbo.vocab.Vocabulary;
import java.util.Locale;
import java.util.Optional;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitDistribution;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * Builds the sentiment network from settings:
 *
 * <pre>
 * 0      EmbeddingSequenceLayer(vocab x dim, no bias, identity)   [FrozenLayerWithBackprop when frozen]
 * 1..L   LSTM(units, tanh, sigmoid gates) [Bidirectional(CONCAT)], dropout on inputs of layers 2..L
 *        the top LSTM wrapped in LastTimeStep (pooling = last) or followed by GlobalPooling(max|avg)
 * last   OutputLayer(softmax, weighted cross-entropy), dropout on its input
 * </pre>
 *
 * <p>All layers honour the feature mask, so padding never changes an output (verified by {@code
 * MaskingTest}). Binary problems use a two-way softmax rather than a sigmoid unit so that class
 * weights, metrics and the label map work the same for 2, 3 or 5 classes.
 *
 * <p>Frozen embeddings use {@link FrozenLayerWithBackprop}: in DL4J 1.0.0-M2.1 its parameters are
 * never updated (no updater, no L2) while the layer stays in the same place of the flattened
 * parameter vector, so {@link #unfreeze} can copy all parameters into an unfrozen twin. Stateless.
 */
public final class SentimentNetwork {
  /** Embedding rows without a pretrained vector start uniform in (-a, a), as Keras' default. */
  static final double EMBEDDING_INIT_RANGE = 0.05;

  /** ND4J features are floats: ids above 2^24 would lose precision. */
  static final int MAX_VOCABULARY = 1 << 24;

  /** Parameter key of the embedding matrix. */
  static final String EMBEDDING_PARAM = "0_W";

  private SentimentNetwork() {}

  /**
   * What a network is built from besides the settings.
   *
   * @param vocabularySize rows of the embedding matrix (PAD and UNK included)
   * @param embeddingDim width of the embedding
   * @param numClasses number of output classes
   * @param classWeights loss weight per class, or {@code null} for none
   * @param frozenEmbeddings whether the embedding layer is frozen
   * @param learningRate Adam learning rate
   */
  public record Shape(
      int vocabularySize,
      int embeddingDim,
      int numClasses,
      double[] classWeights,
      boolean frozenEmbeddings,
      double learningRate) {}

  /**
   * @param settings the settings
   * @param vocabulary the vocabulary (its indices are the embedding rows)
   * @param vectors pretrained rows by vocabulary index ({@code null} row: no vector), if any
   * @param numClasses number of classes
   * @param classWeights loss weight per class, or {@code null}
   * @return an initialised network: pretrained rows copied, other rows random, PAD row zero
   * @throws IllegalArgumentException if the vectors do not fit the vocabulary
   */
  public static MultiLayerNetwork create(
      SentimentSettings settings,
      Vocabulary vocabulary,
      Optional<float[][]> vectors,
      int numClasses,
      double[] classWeights) {
    int dim =
        vectors
            .map(v -> checkVectors(v, vocabulary.size()))
            .orElse(settings.network().embeddingDim());
    boolean frozen = vectors.isPresent() && settings.network().freezeEmbeddings();
    Shape shape =
        new Shape(
            vocabulary.size(),
            dim,
            numClasses,
            classWeights,
            frozen,
            settings.training().learningRate());
    MultiLayerNetwork net = new MultiLayerNetwork(configuration(settings, shape));
    net.init();
    INDArray w = net.getParam(EMBEDDING_PARAM);
    vectors.ifPresent(
        v -> {
          for (int i = 0; i < v.length; i++) {
            if (v[i] != null) {
              w.putRow(i, Nd4j.createFromArray(v[i]).castTo(w.dataType()));
            }
          }
        });
    w.getRow(Vocabulary.PAD_INDEX).assign(0);
    return net;
  }

  /**
   * @param settings the settings
   * @param shape sizes, class weights, frozen flag and learning rate
   * @return the configuration
   * @throws IllegalArgumentException if the vocabulary is too large for float ids
   */
  public static MultiLayerConfiguration configuration(SentimentSettings settings, Shape shape) {
    if (shape.vocabularySize() < 2 || shape.vocabularySize() > MAX_VOCABULARY) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot build network: vocabulary size %d not in [2, %d]",
              shape.vocabularySize(),
              MAX_VOCABULARY));
    }
    if (shape.numClasses() < 2) {
      throw new IllegalArgumentException(
          "Cannot build network: need at least 2 classes, got " + shape.numClasses());
    }
    NetworkSettings n = settings.network();
    NeuralNetConfiguration.Builder global =
        new NeuralNetConfiguration.Builder()
            .seed(settings.training().seed())
            .dataType(DataType.FLOAT)
            .updater(new Adam(shape.learningRate()))
            .weightInit(WeightInit.XAVIER);
    if (n.gradientClip() > 0) {
      global
          .gradientNormalization(GradientNormalization.ClipL2PerParamType)
          .gradientNormalizationThreshold(n.gradientClip());
    }
    NeuralNetConfiguration.ListBuilder list = global.list();

    Layer embedding =
        new EmbeddingSequenceLayer.Builder()
            .nIn(shape.vocabularySize())
            .nOut(shape.embeddingDim())
            .inferInputLength(true)
            .hasBias(false)
            .activation(Activation.IDENTITY)
            .weightInit(
                new WeightInitDistribution(
                    new UniformDistribution(-EMBEDDING_INIT_RANGE, EMBEDDING_INIT_RANGE)))
            .build();
    list.layer(shape.frozenEmbeddings() ? new FrozenLayerWithBackprop(embedding) : embedding);

    int width = shape.embeddingDim();
    for (int i = 0; i < n.lstmLayers(); i++) {
      LSTM.Builder lstm =
          new LSTM.Builder()
              .nIn(width)
              .nOut(n.lstmUnits())
              .activation(Activation.TANH)
              .gateActivationFunction(Activation.SIGMOID)
              .l2(n.l2());
      if (i > 0 && n.dropout() > 0) {
        lstm.dropOut(1.0 - n.dropout()); // DL4J takes the retain probability
      }
      Layer layer =
          n.bidirectional()
              ? new Bidirectional(Bidirectional.Mode.CONCAT, lstm.build())
              : lstm.build();
      width = n.bidirectional() ? 2 * n.lstmUnits() : n.lstmUnits();
      boolean top = i == n.lstmLayers() - 1;
      list.layer(top && n.pooling() == Pooling.LAST ? new LastTimeStep(layer) : layer);
    }
    if (n.pooling() != Pooling.LAST) {
      PoolingType type = n.pooling() == Pooling.MAX ? PoolingType.MAX : PoolingType.AVG;
      list.layer(new GlobalPoolingLayer.Builder(type).build());
    }
    LossMCXENT loss =
        shape.classWeights() == null
            ? new LossMCXENT()
            : new LossMCXENT(Nd4j.createFromArray(shape.classWeights()).castTo(DataType.FLOAT));
    OutputLayer.Builder out =
        new OutputLayer.Builder()
            .nIn(width)
            .nOut(shape.numClasses())
            .activation(Activation.SOFTMAX)
            .lossFunction(loss)
            .l2(n.l2());
    if (n.dropout() > 0) {
      out.dropOut(1.0 - n.dropout());
    }
    list.layer(out.build());
    return list.build();
  }

  /**
   * @param net a network built by this class
   * @return whether its embedding layer is frozen
   */
  public static boolean isFrozen(MultiLayerNetwork net) {
    return net.getLayerWiseConfigurations().getConf(0).getLayer()
        instanceof FrozenLayerWithBackprop;
  }

  /**
   * The second stage of the transfer-learning recipe: the same network with trainable embeddings,
   * the fine-tuning learning rate and a fresh Adam state.
   *
   * @param frozen a network with frozen embeddings
   * @param settings the settings it was built from
   * @param numClasses number of classes
   * @param classWeights class weights or {@code null}
   * @return a new network holding a copy of {@code frozen}'s parameters
   */
  public static MultiLayerNetwork unfreeze(
      MultiLayerNetwork frozen, SentimentSettings settings, int numClasses, double[] classWeights) {
    INDArray w = frozen.getParam(EMBEDDING_PARAM);
    Shape shape =
        new Shape(
            (int) w.rows(),
            (int) w.columns(),
            numClasses,
            classWeights,
            false,
            settings.training().fineTuneLearningRate());
    MultiLayerNetwork net = new MultiLayerNetwork(configuration(settings, shape));
    net.init();
    if (net.numParams() != frozen.numParams()) {
      throw new IllegalStateException(
          "Cannot unfreeze: parameter counts differ ("
              + frozen.numParams()
              + " vs "
              + net.numParams()
              + ")");
    }
    net.setParams(frozen.params().dup());
    return net;
  }

  private static int checkVectors(float[][] vectors, int vocabularySize) {
    if (vectors.length != vocabularySize) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot use embeddings: %d rows for a vocabulary of %d; rows must be aligned to"
                  + " vocabulary indices",
              vectors.length,
              vocabularySize));
    }
    int dim = -1;
    for (int i = 0; i < vectors.length; i++) {
      if (vectors[i] == null) {
        continue;
      }
      if (dim == -1) {
        dim = vectors[i].length;
      } else if (vectors[i].length != dim) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Cannot use embeddings: row %d has %d values, row widths must all be %d",
                i,
                vectors[i].length,
                dim));
      }
    }
    if (dim < 1) {
      throw new IllegalArgumentException("Cannot use embeddings: no row has a vector");
    }
    return dim;
  }
}
