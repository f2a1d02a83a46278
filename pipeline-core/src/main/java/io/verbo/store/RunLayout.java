package io.verbo.store;

import java.io.Serializable;
import java.util.Objects;
import org.apache.hadoop.fs.Path;

/**
 * Every path of a run, derived from the run root. Immutable and serializable.
 *
 * <pre>
 * ROOT/
 *   tokenized/          one artifact: tokens + rejects + _metadata.json (committed together)
 *     tokens/           Parquet: doc_id, text, label, lang, tokens, n_tokens, split
 *     rejects/          Parquet: source, position, reason, detail, doc_id, raw
 *   vocab/              one artifact: data/ + _metadata.json
 *     data/             Parquet: token, count, doc_freq, index
 *   embeddings/NAME/    one artifact: data/ (token, count, vector, index), rounds/, vectors.txt|.bin,
 *                       _metadata.json
 *   reports/embeddings/NAME/  evaluation rows (Parquet in data/) + _metadata.json
 *   _staging/           work folders of artifacts being written (removed on commit)
 * </pre>
 *
 * <p>Parquet data always sits in a sub-folder next to {@code _metadata.json}, never beside it:
 * Spark's file index keeps files named {@code _metadata*} (Parquet summary files) and would try to
 * read the JSON sidecar as Parquet.
 */
public final class RunLayout implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Name of the provenance file inside every artifact folder. */
  public static final String METADATA_FILE = "_metadata.json";

  private final String root;

  /**
   * @param root the run root as a Hadoop path string (local path, file://, hdfs://, s3a://)
   */
  public RunLayout(String root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  /** @return the run root */
  public Path root() {
    return new Path(root);
  }

  /** @return the folder of the tokenize artifact (tokens and rejects together) */
  public Path tokenized() {
    return new Path(root(), "tokenized");
  }

  /** @return the tokens Parquet dataset inside an artifact folder laid out like {@link #tokenized()} */
  public static Path tokensIn(Path tokenizedDir) {
    return new Path(tokenizedDir, "tokens");
  }

  /** @return the rejects Parquet dataset inside an artifact folder laid out like {@link #tokenized()} */
  public static Path rejectsIn(Path tokenizedDir) {
    return new Path(tokenizedDir, "rejects");
  }

  /** @return the tokens Parquet dataset of this run */
  public Path tokens() {
    return tokensIn(tokenized());
  }

  /** @return the rejects Parquet dataset of this run */
  public Path rejects() {
    return rejectsIn(tokenized());
  }

  /**
   * @param artifactDir an artifact folder holding a single dataset
   * @return the Parquet folder of that dataset
   */
  public static Path dataIn(Path artifactDir) {
    return new Path(artifactDir, "data");
  }

  /** @return the vocabulary artifact folder of this run (see {@link #dataIn}) */
  public Path vocabulary() {
    return new Path(root(), "vocab");
  }

  /**
   * @param name an embedding table's name (a plain folder name, checked by the caller)
   * @return its artifact folder
   */
  public Path embeddings(String name) {
    return new Path(new Path(root(), "embeddings"), name);
  }

  /**
   * @param name an embedding table's name
   * @return the folder of its evaluation report
   */
  public Path embeddingReport(String name) {
    return new Path(new Path(new Path(root(), "reports"), "embeddings"), name);
  }

  /** @return the staging folder for artifacts being written */
  public Path staging() {
    return new Path(root(), "_staging");
  }

  /**
   * @param artifactDir an artifact folder
   * @return its provenance file
   */
  public static Path metadataOf(Path artifactDir) {
    return new Path(artifactDir, METADATA_FILE);
  }

  @Override
  public String toString() {
    return "RunLayout[" + root + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RunLayout other && other.root.equals(root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }
}
