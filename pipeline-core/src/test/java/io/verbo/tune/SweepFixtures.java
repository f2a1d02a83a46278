package io.verbo.tune;

import com.typesafe.config.Config;
import io.verbo.config.ConfigLoader;
import io.verbo.store.RunLayout;
import io.verbo.vocab.Vocabulary;
import io.verbo.vocab.VocabularyIO;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A tiny labelled run for sweep tests: documents of random filler tokens whose class is decided by
 * one planted token ("good" / "bad"), split 60/20/20 into train/validation/test, written as the
 * run's tokens dataset and vocabulary; and a sweep configuration with a tiny network.
 */
final class SweepFixtures {
  static final List<String> CLASSES = List.of("negative", "positive");
  private static final int FILLERS = 30;

  private SweepFixtures() {}

  /**
   * @param spark the session
   * @param root the run root
   * @param n documents
   */
  static void writeRun(SparkSession spark, String root, int n) {
    RunLayout layout = new RunLayout(root);
    Random rnd = new Random(7);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean positive = rnd.nextBoolean();
      int len = 3 + rnd.nextInt(8);
      List<String> tokens = new ArrayList<>();
      for (int k = 0; k < len - 1; k++) {
        tokens.add("w" + rnd.nextInt(FILLERS));
      }
      tokens.add(rnd.nextInt(len), positive ? "good" : "bad");
      String split = i % 5 == 0 ? "validation" : i % 5 == 1 ? "test" : "train";
      rows.add(RowFactory.create(String.format(java.util.Locale.ROOT, "d%04d", i),
          positive ? "positive" : "negative", tokens.toArray(new String[0]), split));
    }
    StructType schema =
        new StructType().add("doc_id", "string").add("label", "string").add("tokens", "array<string>").add("split", "string");
    spark.createDataFrame(rows, schema).repartition(2).write().parquet(layout.tokens().toString());
    List<String> words = new ArrayList<>(Arrays.asList("<pad>", "<unk>", "good", "bad"));
    for (int i = 0; i < FILLERS; i++) {
      words.add("w" + i);
    }
    VocabularyIO.write(spark, new Vocabulary(words, new long[words.size()], new long[words.size()]), layout.vocabulary());
  }

  /**
   * @param root the run root
   * @param overrides more {@code key=value} settings (sweep keys, space)
   * @return the reference configuration with a tiny network, no embeddings, the run root and the overrides
   */
  static Config config(String root, String... overrides) {
    List<String> sets = new ArrayList<>(List.of(
        "verbo.run.root=" + root,
        "verbo.input.paths=[not-read-by-sweeps.csv]",
        "verbo.labels.classes=[negative, positive]",
        "verbo.sentiment.embeddings=\"\"",
        "verbo.sentiment.encoding.max-len=12",
        "verbo.sentiment.encoding.bucket-count=1",
        "verbo.sentiment.network.embedding-dim=8",
        "verbo.sentiment.network.lstm-units=8",
        "verbo.sentiment.network.dropout=0.0",
        "verbo.sentiment.training.epochs=2",
        "verbo.sentiment.training.fine-tune-epochs=0",
        "verbo.sentiment.training.learning-rate=0.05",
        "verbo.sentiment.training.class-weights=none",
        "verbo.sentiment.training.early-stopping.patience=0",
        "verbo.sentiment.distributed.batch-size-per-worker=16",
        "verbo.sentiment.distributed.averaging-frequency=2",
        "verbo.sentiment.distributed.worker-prefetch=0",
        "verbo.sweep.early-stopping.rule=none"));
    sets.addAll(Arrays.asList(overrides));
    return ConfigLoader.resolve(Optional.empty(), sets);
  }
}
