package io.verbo.embed;

import io.verbo.config.InvalidConfigException;
import io.verbo.store.RunLayout;
import org.apache.hadoop.fs.Path;

/**
 * Paths of embeddings artifacts under a run root, one place for writers and readers:
 *
 * <pre>
 * ROOT/embeddings/NAME/        one artifact, committed atomically
 *   data/                      Parquet: token, count, vector array&lt;float&gt;, index
 *   rounds/                    Parquet: the training curve (trained artifacts only)
 *   vectors.txt                word2vec text (if requested)
 *   vectors.bin                word2vec binary (if requested)
 *   vectors.glove.txt          GloVe text (if requested)
 *   _metadata.json
 * ROOT/reports/embeddings/NAME/
 *   data/                      Parquet: kind, dataset, metric, key, value, count
 *   _metadata.json
 * </pre>
 *
 * (To be folded into {@link RunLayout} when the job layer wires the stage.) Stateless.
 */
public final class EmbeddingLayout {
  private EmbeddingLayout() {}

  /**
   * @param layout the run layout
   * @param name the artifact name
   * @return {@code ROOT/embeddings/NAME}
   * @throws InvalidConfigException if the name is not a plain folder name
   */
  public static Path dir(RunLayout layout, String name) {
    return layout.embeddings(checkName(name));
  }

  /**
   * @param layout the run layout
   * @param name the evaluated artifact's name
   * @return {@code ROOT/reports/embeddings/NAME}
   */
  public static Path reportDir(RunLayout layout, String name) {
    return layout.embeddingReport(checkName(name));
  }

  /**
   * @param artifactDir an embeddings artifact
   * @param format a file format
   * @return the file of that format inside it
   */
  public static Path fileIn(Path artifactDir, VectorFormat format) {
    return new Path(artifactDir, format.fileName());
  }

  /**
   * @param artifactDir an embeddings artifact
   * @return its training-curve Parquet folder
   */
  public static Path roundsIn(Path artifactDir) {
    return new Path(artifactDir, "rounds");
  }

  /**
   * @param name an artifact name
   * @return the name
   * @throws InvalidConfigException unless it is letters, digits, '.', '_' or '-', not starting
   *     with '.' or '_' (Hadoop input formats skip such names)
   */
  public static String checkName(String name) {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
      throw new InvalidConfigException(EmbeddingKeys.NAME, name,
          "is not a plain folder name", "use letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. w2v-sg-100)");
    }
    return name;
  }
}
