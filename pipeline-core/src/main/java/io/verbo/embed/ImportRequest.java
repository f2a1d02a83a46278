package io.verbo.embed;

import io.verbo.store.RunLayout;
import java.util.List;
import java.util.Objects;

/**
 * What {@link EmbeddingImportService#importVectors} does: read a vector file and commit it as
 * {@code embeddings/<name>/} in the same layout as trained embeddings. Driver-side.
 *
 * @param source the file (any Hadoop path)
 * @param format its format, or {@link VectorFormat#AUTO}
 * @param layout the run to write into
 * @param name artifact name
 * @param formats vector files written besides Parquet
 * @param config the whole configuration record, stored as provenance
 */
public record ImportRequest(
    String source, VectorFormat format, RunLayout layout, String name, List<VectorFormat> formats, Object config) {

  /** Validates names and formats. */
  public ImportRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(layout, "layout");
    EmbeddingLayout.checkName(name);
    formats = List.copyOf(formats);
    EmbeddingRequest.checkFormats(formats);
  }
}
