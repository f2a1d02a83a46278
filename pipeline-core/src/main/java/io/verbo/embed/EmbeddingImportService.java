package io.verbo.embed;

import io.verbo.VerboPipelineException;
import io.verbo.spark.JobStage;
import io.verbo.store.ArtifactMetadata;
import io.verbo.store.StagedArtifact;
import io.verbo.store.VerboStorageException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import-embeddings stage: reads GloVe text or word2vec text/binary (on the driver, streaming:
 * these files cannot be split safely, and the vectors must fit the driver anyway to be used) and
 * commits them as {@code embeddings/<name>/} like trained embeddings. Bad lines are counted by
 * reason, logged with examples and recorded in {@code _metadata.json}; they never fail the stage.
 * Stateless.
 */
public final class EmbeddingImportService {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingImportService.class);

  private EmbeddingImportService() {}

  /**
   * @param spark the session
   * @param request what to import and where
   * @return the summary
   * @throws VerboStorageException if the source cannot be read
   * @throws VerboPipelineException if the file holds no valid vector
   * @throws IllegalArgumentException if the file is not in the given format at all
   */
  public static ImportSummary importVectors(SparkSession spark, ImportRequest request) {
    long start = System.nanoTime();
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    Path source = new Path(request.source());
    VectorFileReader.Result read;
    try (InputStream in = source.getFileSystem(hadoopConf).open(source)) {
      read = VectorFileReader.read(in, request.format());
    } catch (IOException e) {
      throw new VerboStorageException("Cannot read vectors from " + source, e);
    }
    if (read.vectors().size() == 0) {
      throw new VerboPipelineException("Cannot import " + source + ": no valid vector in it (" + read.entries()
          + " entries, bad " + read.bad() + ", first: " + read.bad().examples() + ")", null);
    }
    read.bad().examples().forEach(x -> LOG.warn("import-embeddings: {} line {} skipped: {}: {}",
        source, x.line(), x.reason(), x.detail()));
    Path target = EmbeddingLayout.dir(request.layout(), request.name());
    try (JobStage stage = JobStage.begin(spark, "import-embeddings", "import " + source.getName());
        StagedArtifact staged = StagedArtifact.begin(request.layout(), target, hadoopConf)) {
      stage.step("write vectors");
      Map<VectorFormat, Integer> skipped =
          EmbeddingArtifact.write(spark, read.vectors(), staged.path(), request.formats());
      double seconds = (System.nanoTime() - start) / 1e9;
      ImportSummary summary = new ImportSummary(request.source(), read.format(), read.entries(), read.vectors().size(),
          read.vectors().dimension(), read.headerCount(), read.bad().byReason(), read.bad().examples(), seconds,
          target.toString());
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("entries_read", summary.entries());
      counts.put("vectors", summary.kept());
      counts.put("dimension", (long) summary.dimension());
      counts.put("header_count", summary.headerCount());
      counts.put("bad_lines", summary.bad());
      summary.badByReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> counts.put("bad_" + e.getKey(), e.getValue()));
      skipped.forEach((f, n) -> counts.put("unwritable_tokens_" + f.configName(), (long) n));
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("source_format", read.format().configName());
      provenance.put("formats", request.formats().stream().map(VectorFormat::configName).toList());
      provenance.put("run", request.config());
      ArtifactMetadata.of("embeddings", EmbeddingService.FORMAT_VERSION, provenance, List.of(request.source()),
              counts, Map.of("total", Math.round(seconds * 1000)))
          .write(staged.path(), hadoopConf);
      staged.commit();
      LOG.info(summary.line());
      return summary;
    }
  }
}
