package io.verbo.sentiment;

import io.verbo.text.TokenizerOptions;
import java.util.List;

/**
 * The content of {@code model.json}: everything besides the weights and the vocabulary that is
 * needed to predict exactly as training did.
 *
 * @param formatVersion on-disk format version of the model artifact
 * @param model model kind, always {@code sentiment}
 * @param labels class names, index = output unit
 * @param tokenizer the tokenizer options the training corpus was tokenized with
 * @param settings the full sentiment settings
 * @param vocabularySize rows of the embedding matrix
 * @param embeddingDim width of the embedding
 * @param networkFile file of the DL4J network
 * @param vocabularyFile file of the vocabulary (one token per line, index order)
 */
public record ModelDescriptor(
    int formatVersion,
    String model,
    List<String> labels,
    TokenizerOptions tokenizer,
    SentimentSettings settings,
    int vocabularySize,
    int embeddingDim,
    String networkFile,
    String vocabularyFile) {}
