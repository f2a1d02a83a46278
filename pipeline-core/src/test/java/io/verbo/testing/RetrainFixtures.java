package io.verbo.testing;

import io.verbo.config.ConfigLoader;
import io.verbo.config.VerboConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * A tiny, learnable corpus and configuration for retraining tests: each JSONL document holds
 * filler words and one planted word ("good" for positive, "bad" for negative), so a small network
 * learns it in an epoch or two and an untrained one does not know it.
 */
public final class RetrainFixtures {
  private RetrainFixtures() {}

  /**
   * @param file where to write the corpus
   * @param n number of documents
   * @param seed random seed
   * @return the file
   * @throws IOException if it cannot be written
   */
  public static Path plantedCorpus(Path file, int n, long seed) throws IOException {
    Random rnd = new Random(seed);
    List<String> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean positive = rnd.nextBoolean();
      int len = 3 + rnd.nextInt(6);
      List<String> words = new ArrayList<>(len);
      for (int k = 0; k < len; k++) {
        words.add("w" + rnd.nextInt(30));
      }
      words.add(rnd.nextInt(len + 1), positive ? "good" : "bad");
      lines.add(
          String.format(
              Locale.ROOT,
              "{\"id\":\"d%d\",\"text\":\"%s\",\"label\":\"%s\"}",
              i,
              String.join(" ", words),
              positive ? "positive" : "negative"));
    }
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * @param runRoot the run root (a local path or an hdfs:// URI)
   * @param corpus the corpus written by {@link #plantedCorpus}
   * @param overrides more {@code key=value} settings (win over these)
   * @return a configuration with a tiny network (8 units, max pooling), one epoch at learning rate
   *     0.05, batches of 16 and a 60/20/20 split
   */
  public static List<String> settings(String runRoot, Path corpus, String... overrides) {
    List<String> sets =
        new ArrayList<>(
            List.of(
                "verbo.run.root=" + runRoot,
                "verbo.input.paths=[\"" + corpus.toAbsolutePath() + "\"]",
                "verbo.input.format=jsonl",
                "verbo.input.id-column=id",
                "verbo.input.label-column=label",
                "verbo.labels.classes=[negative,positive]",
                "verbo.split.train=0.6",
                "verbo.split.validation=0.2",
                "verbo.split.test=0.2",
                "verbo.spark.conf={\"spark.sql.shuffle.partitions\":\"4\"}",
                "verbo.sentiment.encoding.max-len=12",
                "verbo.sentiment.encoding.bucket-count=1",
                "verbo.sentiment.network.embedding-dim=8",
                "verbo.sentiment.network.lstm-units=8",
                "verbo.sentiment.network.pooling=max",
                "verbo.sentiment.network.dropout=0.0",
                "verbo.sentiment.training.epochs=1",
                "verbo.sentiment.training.learning-rate=0.05",
                "verbo.sentiment.training.early-stopping.patience=0",
                "verbo.sentiment.training.keep-checkpoints=1",
                "verbo.sentiment.distributed.batch-size-per-worker=16",
                "verbo.sentiment.distributed.averaging-frequency=2",
                "verbo.sentiment.distributed.worker-prefetch=0"));
    sets.addAll(Arrays.asList(overrides));
    return sets;
  }

  /**
   * @param runRoot the run root
   * @param corpus the corpus
   * @param overrides more settings
   * @return the loaded configuration (see {@link #settings})
   */
  public static VerboConfig config(String runRoot, Path corpus, String... overrides) {
    return ConfigLoader.load(Optional.empty(), settings(runRoot, corpus, overrides));
  }
}
