package io.verbo.pipeline;

import io.verbo.config.VerboConfig;
import io.verbo.corpus.TokenizeService;
import io.verbo.corpus.TokenizeSummary;
import io.verbo.vocab.VocabularyService;
import io.verbo.vocab.VocabularySummary;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code verbo.pipeline.stages} in order (validated by {@link
 * io.verbo.config.PipelineSettings}); each stage reads what the previous one committed under the
 * same run root.
 */
public final class PipelineRunner {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);

  private PipelineRunner() {}

  /**
   * The outcome of a pipeline run.
   *
   * @param tokenize summary of the tokenize stage, or null if it did not run
   * @param vocab summary of the vocabulary stage, or null if it did not run
   * @param lines the one-line summaries, in stage order
   */
  public record Result(TokenizeSummary tokenize, VocabularySummary vocab, List<String> lines) {}

  /**
   * @param spark the session
   * @param config the run configuration
   * @return what each stage did
   */
  public static Result run(SparkSession spark, VerboConfig config) {
    TokenizeSummary tokenize = null;
    VocabularySummary vocab = null;
    List<String> lines = new ArrayList<>();
    List<String> stages = config.pipeline().stages();
    for (int i = 0; i < stages.size(); i++) {
      String stage = stages.get(i);
      LOG.info("pipeline: stage {}/{}: {}", i + 1, stages.size(), stage);
      switch (stage) {
        case "tokenize" -> {
          tokenize = TokenizeService.run(spark, config);
          lines.add(tokenize.line());
        }
        case "vocab" -> {
          vocab = VocabularyService.run(spark, config);
          lines.add(vocab.line());
        }
        case "embeddings" -> lines.addAll(EmbeddingStage.train(spark, config));
        case "sentiment" -> lines.addAll(SentimentStage.train(spark, config));
        default -> throw new IllegalStateException("Stage not wired: " + stage);
      }
    }
    return new Result(tokenize, vocab, List.copyOf(lines));
  }
}
