package io.verbo.tune;

import io.verbo.sentiment.LabelledDocument;
import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The training data of a parallel sweep, broadcast once: every executor JVM reads it once (Spark
 * keeps a broadcast's value per executor) and all its (trial, fold) tasks share it. Holds the
 * labelled train and validation documents with their fold, the vocabulary, the classes and the
 * pretrained embedding rows of every embedding table the sweep searches. Immutable by convention
 * (arrays are not copied; nobody writes them); a record, so Kryo hands it to Java serialization
 * ({@link io.verbo.sentiment.VerboKryoRegistrator}).
 *
 * @param vocabulary the vocabulary
 * @param labels class names in output order
 * @param tokenizer the tokenizer options of the tokens dataset
 * @param docLabels each document's class name
 * @param tokens each document's tokens
 * @param groups each document's fold (k-fold) or 0 = train / 1 = validation (fixed split)
 * @param kfold whether {@code groups} are folds
 * @param vectors embedding rows by table name (random initialisation has no entry)
 */
public record SweepData(
    Vocabulary vocabulary,
    List<String> labels,
    TokenizerOptions tokenizer,
    String[] docLabels,
    String[][] tokens,
    int[] groups,
    boolean kfold,
    Map<String, float[][]> vectors)
    implements Serializable {

  /** Group of the training documents under a fixed split. */
  static final int TRAIN_GROUP = 0;

  /** Group of the validation documents under a fixed split. */
  static final int VALIDATION_GROUP = 1;

  /**
   * @param fold a fold, or {@link TrialResult#FIXED_SPLIT}
   * @return the documents trained on for it
   */
  public List<LabelledDocument> train(int fold) {
    return select(fold, false);
  }

  /**
   * @param fold a fold, or {@link TrialResult#FIXED_SPLIT}
   * @return the held-out documents for it
   */
  public List<LabelledDocument> heldOut(int fold) {
    return select(fold, true);
  }

  /**
   * @param embeddings a table name ({@code ""}: random initialisation)
   * @return its rows
   * @throws IllegalStateException if the table was not loaded
   */
  public Optional<float[][]> vectorsOf(String embeddings) {
    if (embeddings.isEmpty()) {
      return Optional.empty();
    }
    float[][] v = vectors.get(embeddings);
    if (v == null) {
      throw new IllegalStateException(
          "Embedding table " + embeddings + " was not loaded for the sweep");
    }
    return Optional.of(v);
  }

  private List<LabelledDocument> select(int fold, boolean heldOut) {
    int target = kfold ? fold : VALIDATION_GROUP;
    List<LabelledDocument> out = new ArrayList<>();
    for (int i = 0; i < groups.length; i++) {
      if ((groups[i] == target) == heldOut) {
        out.add(new LabelledDocument(docLabels[i], Arrays.asList(tokens[i])));
      }
    }
    return out;
  }
}
