package io.verbo.sentiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.verbo.store.VerboStorageException;
import io.verbo.vocab.Vocabulary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Turns a {@link SentimentModel} into {@link ModelFiles} and back: DL4J's ModelSerializer zip
 * without updater state, the vocabulary as UTF-8 text (one token per line, index order) and the
 * {@link ModelDescriptor} as snake_case JSON. Plain Java (no Spark, no Hadoop); stateless.
 */
final class ModelCodec {
  /** The JSON mapper of model.json, metrics.json and checkpoint state files. */
  static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ModelCodec() {}

  /**
   * @param model a model
   * @return its files
   * @throws IllegalStateException if a vocabulary token contains a line break
   */
  static ModelFiles encode(SentimentModel model) {
    try {
      ByteArrayOutputStream net = new ByteArrayOutputStream();
      ModelSerializer.writeModel(model.network(), net, false);
      StringBuilder vocab = new StringBuilder();
      for (String token : model.vocabulary().tokens()) {
        if (token.indexOf('\n') >= 0 || token.indexOf('\r') >= 0) {
          throw new IllegalStateException(
              "Cannot save vocabulary: token contains a line break: " + token);
        }
        vocab.append(token).append('\n');
      }
      ModelDescriptor d =
          new ModelDescriptor(
              ModelFiles.FORMAT_VERSION,
              "sentiment",
              model.labels(),
              model.tokenizerOptions(),
              model.settings(),
              model.vocabulary().size(),
              (int) model.network().getParam(SentimentNetwork.EMBEDDING_PARAM).columns(),
              ModelFiles.NETWORK_FILE,
              ModelFiles.VOCABULARY_FILE);
      return new ModelFiles(
          net.toByteArray(),
          vocab.toString().getBytes(StandardCharsets.UTF_8),
          JSON.writeValueAsBytes(d));
    } catch (IOException e) {
      throw new VerboStorageException("Cannot serialize sentiment model", e);
    }
  }

  /**
   * @param files a model's files
   * @return its class names, index = output unit (reads only model.json)
   */
  static List<String> decodeLabels(ModelFiles files) {
    try {
      return JSON.readValue(files.descriptor(), ModelDescriptor.class).labels();
    } catch (IOException e) {
      throw new VerboStorageException("Cannot decode sentiment model descriptor", e);
    }
  }

  /**
   * @param files a model's files
   * @return the model
   * @throws IllegalStateException if the format version is unknown or the parts disagree
   */
  static SentimentModel decode(ModelFiles files) {
    try {
      ModelDescriptor d = JSON.readValue(files.descriptor(), ModelDescriptor.class);
      if (d.formatVersion() != ModelFiles.FORMAT_VERSION) {
        throw new IllegalStateException(
            "Cannot load sentiment model of format version "
                + d.formatVersion()
                + "; this build reads "
                + ModelFiles.FORMAT_VERSION);
      }
      String text = new String(files.vocabulary(), StandardCharsets.UTF_8);
      List<String> tokens = new ArrayList<>(d.vocabularySize());
      int start = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
        tokens.add(text.substring(start, i));
        start = i + 1;
      }
      if (tokens.size() != d.vocabularySize()) {
        throw new IllegalStateException(
            "Cannot load sentiment model: vocabulary has "
                + tokens.size()
                + " tokens, model.json says "
                + d.vocabularySize());
      }
      Vocabulary vocab = new Vocabulary(tokens, new long[tokens.size()], new long[tokens.size()]);
      MultiLayerNetwork net =
          ModelSerializer.restoreMultiLayerNetwork(
              new ByteArrayInputStream(files.network()), false);
      return new SentimentModel(net, vocab, d.tokenizer(), d.labels(), d.settings());
    } catch (IOException e) {
      throw new VerboStorageException("Cannot decode sentiment model", e);
    }
  }
}
