package io.verbo.sentiment;

import io.verbo.store.ArtifactMetadata;
import io.verbo.text.Tokenizer;
import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A trained sentiment classifier: the DL4J network plus everything needed to predict exactly as
 * training saw the data (vocabulary, tokenizer options, label map, encoding settings). Works in a
 * plain JVM: {@link #load(java.nio.file.Path)} needs neither Spark nor Hadoop.
 *
 * <p>Thread-safe: DL4J networks are not safe for concurrent inference, so each thread that predicts
 * gets its own copy of the network (made once per thread, on first use). Not serializable; ship
 * {@link ModelFiles} instead (see {@link BatchScorer}).
 */
public final class SentimentModel {
  /** Documents per inference minibatch. */
  static final int INFERENCE_BATCH = 64;

  private final MultiLayerNetwork network;
  private final Vocabulary vocabulary;
  private final TokenizerOptions tokenizerOptions;
  private final List<String> labels;
  private final SentimentSettings settings;
  private final Tokenizer tokenizer;
  private final SequenceEncoder encoder;
  private final ThreadLocal<MultiLayerNetwork> replicas;

  /**
   * @param network the trained network (owned by the model from now on)
   * @param vocabulary the vocabulary it was trained with
   * @param tokenizerOptions the tokenizer options of the training corpus
   * @param labels class names, index = output unit
   * @param settings the settings it was trained with
   * @throws IllegalArgumentException if the parts disagree
   */
  public SentimentModel(
      MultiLayerNetwork network,
      Vocabulary vocabulary,
      TokenizerOptions tokenizerOptions,
      List<String> labels,
      SentimentSettings settings) {
    this.network = Objects.requireNonNull(network, "network");
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.tokenizerOptions = Objects.requireNonNull(tokenizerOptions, "tokenizerOptions");
    this.labels = List.copyOf(labels);
    this.settings = Objects.requireNonNull(settings, "settings");
    long rows = network.getParam(SentimentNetwork.EMBEDDING_PARAM).rows();
    long outputs = network.getLayer(network.getnLayers() - 1).getParam("W").columns();
    if (rows != vocabulary.size() || outputs != this.labels.size()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Cannot build model: network has %d embedding rows and %d outputs, but vocabulary has"
                  + " %d tokens and %d labels",
              rows,
              outputs,
              vocabulary.size(),
              this.labels.size()));
    }
    this.tokenizer = new Tokenizer(tokenizerOptions);
    this.encoder = new SequenceEncoder(vocabulary, settings.encoding());
    this.replicas = ThreadLocal.withInitial(network::clone);
  }

  /**
   * @param text a raw document ({@code null} counts as empty)
   * @return its prediction, tokenized with the training tokenizer options
   */
  public Prediction predict(String text) {
    return predictTokens(tokenizer.tokenize(text));
  }

  /**
   * @param text a raw document
   * @return its tokens, exactly as the training corpus was tokenized
   */
  public List<String> tokenize(String text) {
    return tokenizer.tokenize(text);
  }

  /**
   * @param tokens an already tokenized document (as in the tokens dataset)
   * @return its prediction
   */
  public Prediction predictTokens(List<String> tokens) {
    return predictBatch(List.of(tokens)).get(0);
  }

  /**
   * @param documents tokenized documents
   * @return one prediction per document, in input order; computed in minibatches of similar length
   */
  public List<Prediction> predictBatch(List<List<String>> documents) {
    List<int[]> encoded = new ArrayList<>(documents.size());
    for (List<String> d : documents) {
      encoded.add(encoder.encode(d));
    }
    double[][] probs = probabilities(encoded);
    List<Prediction> out = new ArrayList<>(probs.length);
    for (double[] p : probs) {
      out.add(Prediction.of(labels, p));
    }
    return out;
  }

  /**
   * @param encoded sequences from {@link #encoder()}
   * @return class probabilities per sequence, in input order
   */
  public double[][] probabilities(List<int[]> encoded) {
    return probabilities(replicas.get(), encoded);
  }

  /**
   * Runs a network on sequences, sorted by length into minibatches so padding stays small.
   *
   * @param net a sentiment network
   * @param encoded encoded sequences
   * @return class probabilities per sequence, in input order
   */
  static double[][] probabilities(MultiLayerNetwork net, List<int[]> encoded) {
    Integer[] order = new Integer[encoded.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> encoded.get(i).length));
    double[][] out = new double[encoded.size()][];
    for (int from = 0; from < order.length; from += INFERENCE_BATCH) {
      int to = Math.min(order.length, from + INFERENCE_BATCH);
      List<int[]> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        batch.add(encoded.get(order[k]));
      }
      DataSet ds = BatchBuilder.toDataSet(batch, null, 1);
      INDArray p = net.output(ds.getFeatures(), false, ds.getFeaturesMaskArray(), null);
      double[][] rows = p.toDoubleMatrix();
      for (int k = from; k < to; k++) {
        out[order[k]] = rows[k - from];
      }
    }
    return out;
  }

  /**
   * Saves the model folder atomically with minimal provenance (the settings).
   *
   * @param target the model folder (any Hadoop path)
   * @param conf Hadoop configuration
   */
  public void save(Path target, Configuration conf) {
    save(
        target,
        conf,
        ArtifactMetadata.of(
            "sentiment-model", ModelFiles.FORMAT_VERSION, settings, List.of(), Map.of(), Map.of()),
        null);
  }

  /**
   * Saves the model folder atomically.
   *
   * @param target the model folder (any Hadoop path)
   * @param conf Hadoop configuration
   * @param metadata provenance for {@code _metadata.json}
   * @param metrics object for {@code metrics.json}, or {@code null}
   */
  public void save(Path target, Configuration conf, ArtifactMetadata metadata, Object metrics) {
    ModelArtifact.write(this, target, conf, metadata, metrics);
  }

  /**
   * @param dir a model folder on the local file system
   * @return the model (no Spark, no Hadoop)
   */
  public static SentimentModel load(java.nio.file.Path dir) {
    return ModelCodec.decode(ModelFiles.fromLocal(dir));
  }

  /**
   * @param dir a model folder on any Hadoop file system
   * @param conf Hadoop configuration
   * @return the model
   */
  public static SentimentModel load(Path dir, Configuration conf) {
    return ModelCodec.decode(ModelArtifact.read(dir, conf));
  }

  /**
   * @param files a model's files, e.g. from a broadcast
   * @return the model
   */
  public static SentimentModel fromFiles(ModelFiles files) {
    return ModelCodec.decode(files);
  }

  /**
   * @return this model's files in memory
   */
  public ModelFiles toFiles() {
    return ModelCodec.encode(this);
  }

  /**
   * @return the network (do not use it from several threads at once)
   */
  public MultiLayerNetwork network() {
    return network;
  }

  /**
   * @return the vocabulary
   */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * @return the tokenizer options
   */
  public TokenizerOptions tokenizerOptions() {
    return tokenizerOptions;
  }

  /**
   * @return the class names, index = output unit
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * @return the settings it was trained with
   */
  public SentimentSettings settings() {
    return settings;
  }

  /**
   * @return the encoder (vocabulary, max-len, truncation)
   */
  public SequenceEncoder encoder() {
    return encoder;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "SentimentModel: labels=%s, vocabulary=%d, params=%d, lstm=%dx%d%s, maxLen=%d",
        labels,
        vocabulary.size(),
        network.numParams(),
        settings.network().lstmLayers(),
        settings.network().lstmUnits(),
        settings.network().bidirectional() ? " bidirectional" : "",
        settings.encoding().maxLen());
  }
}
