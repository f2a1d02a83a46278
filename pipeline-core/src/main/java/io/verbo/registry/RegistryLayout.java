package io.verbo.registry;

import io.verbo.store.RunLayout;
import java.io.Serializable;
import java.util.Objects;
import org.apache.hadoop.fs.Path;

/**
 * Every path of the sentiment model registry, derived from the registry root so that the writer
 * ({@code verbo retrain}) and the readers ({@code --model champion}) never disagree:
 *
 * <pre>
 * REGISTRY/sentiment/
 *   versions/v000001/   a model artifact (network.zip, vocabulary.txt, model.json, metrics.json,
 *                       _metadata.json), committed once through a StagedArtifact, never changed
 *   CHAMPION            small JSON pointer to the champion version, replaced atomically
 *   history/            Parquet: one row per retrain decision (appended)
 *   _staging/           versions being written (renamed into versions/ on commit)
 * </pre>
 *
 * Immutable and serializable.
 */
public final class RegistryLayout implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Name of the pointer file. */
  public static final String CHAMPION_FILE = "CHAMPION";

  private final String root;

  /**
   * @param registryRoot the registry root (any Hadoop path); the sentiment models live below it
   */
  public RegistryLayout(String registryRoot) {
    this.root = Objects.requireNonNull(registryRoot, "registryRoot");
  }

  /**
   * @param runLayout a run layout
   * @return the default registry of that run: {@code RUN_ROOT/registry}
   */
  public static RegistryLayout inRun(RunLayout runLayout) {
    return new RegistryLayout(new Path(runLayout.root(), "registry").toString());
  }

  /** @return the folder of the sentiment registry ({@code REGISTRY/sentiment}) */
  public Path sentiment() {
    return new Path(new Path(root), "sentiment");
  }

  /** @return the folder that holds the version folders */
  public Path versions() {
    return new Path(sentiment(), "versions");
  }

  /**
   * @param version a version
   * @return its model folder
   */
  public Path version(ModelVersion version) {
    return new Path(versions(), version.name());
  }

  /** @return the champion pointer file */
  public Path champion() {
    return new Path(sentiment(), CHAMPION_FILE);
  }

  /** @return the Parquet history table */
  public Path history() {
    return new Path(sentiment(), "history");
  }

  /** @return the layout whose staging area receives versions being written */
  public RunLayout stagingHome() {
    return new RunLayout(sentiment().toString());
  }

  @Override
  public String toString() {
    return "RegistryLayout[" + root + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegistryLayout other && other.root.equals(root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }
}
