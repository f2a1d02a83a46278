package io.verbo.tune;

import io.verbo.VerboPipelineException;
import io.verbo.embed.EmbeddingMatrix;
import io.verbo.embed.WordVectors;
import io.verbo.store.RunLayout;
import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The run's embedding tables as rows aligned to the vocabulary, loaded on the driver once per name
 * for the whole sweep ({@code ""} = random initialisation, no rows). Missing rows get the same
 * seeded random init as {@code train-sentiment}. Driver-side; not thread-safe.
 */
final class EmbeddingTables {
  private final RunLayout layout;
  private final Configuration conf;
  private final Vocabulary vocabulary;
  private final long seed;
  private final Map<String, float[][]> loaded = new HashMap<>();

  EmbeddingTables(RunLayout layout, Configuration conf, Vocabulary vocabulary, long seed) {
    this.layout = layout;
    this.conf = conf;
    this.vocabulary = vocabulary;
    this.seed = seed;
  }

  /**
   * @param name a table name, or {@code ""}
   * @return its rows, or empty for random initialisation
   * @throws VerboPipelineException if the table does not exist
   */
  Optional<float[][]> rows(String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    float[][] rows = loaded.get(name);
    if (rows == null) {
      Path dir = layout.embeddings(name);
      try {
        if (!dir.getFileSystem(conf).exists(dir)) {
          throw new VerboPipelineException(
              "No embedding table "
                  + name
                  + " at "
                  + dir
                  + ". Run `verbo train-embeddings` or `verbo import-embeddings` first, or remove"
                  + " it from the sweep",
              null);
        }
      } catch (IOException e) {
        throw new VerboPipelineException("Cannot check " + dir, e);
      }
      EmbeddingMatrix m = WordVectors.load(dir, conf).matrixFor(vocabulary, seed);
      rows = m.rows();
      loaded.put(name, rows);
    }
    return Optional.of(rows);
  }

  /**
   * @return every table loaded so far, by name
   */
  Map<String, float[][]> loaded() {
    return Map.copyOf(loaded);
  }
}
