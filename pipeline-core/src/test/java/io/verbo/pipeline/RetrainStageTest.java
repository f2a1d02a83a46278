package io.verbo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.verbo.VerboPipelineException;
import io.verbo.config.VerboConfig;
import io.verbo.registry.Decision;
import io.verbo.registry.ModelRegistry;
import io.verbo.registry.ModelVersion;
import io.verbo.registry.RegistryRecovery;
import io.verbo.registry.RetrainHistory;
import io.verbo.registry.RetrainRecord;
import io.verbo.sentiment.SentimentLayout;
import io.verbo.sentiment.SentimentModel;
import io.verbo.sentiment.WarmStart;
import io.verbo.store.RunLayout;
import io.verbo.testing.RetrainFixtures;
import io.verbo.testing.SparkTestBase;
import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.types.MapType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbo retrain} end to end on local[2] with a tiny network on a planted corpus: the first
 * champion, a rejected and a promoted challenger, the history, warm start, and the repair of runs
 * interrupted between registry writes.
 */
class RetrainStageTest extends SparkTestBase {
  @TempDir static Path tmp;
  private static Path corpus;

  @BeforeAll
  static void kryoSessionAndCorpus() throws IOException {
    spark = RetrainSessions.withKryo(spark);
    corpus = RetrainFixtures.plantedCorpus(tmp.resolve("corpus/planted.jsonl"), 400, 7);
  }

  private static VerboConfig config(String root, String... overrides) {
    return RetrainFixtures.config(root, corpus, overrides);
  }

  private static ModelRegistry registry(VerboConfig config) {
    return new ModelRegistry(RetrainStage.registry(config), new Configuration());
  }

  private static byte[] pointerBytes(VerboConfig config) throws IOException {
    return Files.readAllBytes(Path.of(RetrainStage.registry(config).champion().toUri().getPath()));
  }

  @Test
  void firstRunPromotesThenTheMarginDecides() throws IOException {
    String root = tmp.resolve("margins").toString();
    // An almost untrained first champion, so that a trained challenger is really better.
    VerboConfig weak = config(root, "verbo.sentiment.training.learning-rate=0.000001");
    RetrainOutcome first = RetrainStage.run(spark, weak);
    assertThat(first.record().decision()).as("no champion yet").isEqualTo(Decision.FIRST_CHAMPION);
    assertThat(first.record().championBefore()).isNull();
    assertThat(first.record().championAfter()).isEqualTo("v000001");
    assertThat(registry(weak).champion().orElseThrow().version()).isEqualTo("v000001");
    byte[] pointer = pointerBytes(weak);

    RetrainOutcome rejected =
        RetrainStage.run(spark, config(root, "verbo.retrain.refresh=[]", "verbo.retrain.margin=1.0"));
    assertThat(rejected.record().decision()).as("nothing beats macro_f1 by 1.0").isEqualTo(Decision.REJECTED);
    assertThat(rejected.record().challengerVersion()).as("rejected challengers are versions too").isEqualTo("v000002");
    assertThat(rejected.record().championAfter()).isEqualTo("v000001");
    assertThat(rejected.record().reason()).contains("< margin 1.0000");
    assertThat(pointerBytes(weak)).as("the pointer file is untouched by a rejection").isEqualTo(pointer);
    assertThat(rejected.lines()).anyMatch(l -> l.startsWith("retrain: decision rejected: "));

    RetrainOutcome promoted =
        RetrainStage.run(
            spark,
            config(root, "verbo.retrain.refresh=[]", "verbo.retrain.margin=0.0",
                "verbo.sentiment.training.epochs=3"));
    RetrainRecord p = promoted.record();
    assertThat(p.challengerMetrics().get("macro_f1"))
        .as("precondition: the trained challenger is better than the untrained champion (%s)", p.reason())
        .isGreaterThan(p.championMetrics().get("macro_f1"));
    assertThat(p.decision()).isEqualTo(Decision.PROMOTED);
    assertThat(p.championBefore()).isEqualTo("v000001");
    assertThat(registry(weak).champion().orElseThrow().version()).isEqualTo("v000003");
    assertThat(registry(weak).championModelDir().toString()).endsWith("registry/sentiment/versions/v000003");

    List<RetrainRecord> history = RetrainHistory.read(spark, RetrainStage.registry(weak));
    assertThat(history).as("one row per decision").extracting(RetrainRecord::decision)
        .containsExactly(Decision.FIRST_CHAMPION, Decision.REJECTED, Decision.PROMOTED);
    assertThat(history).extracting(RetrainRecord::margin).containsExactly(0.005, 1.0, 0.0);
    assertThat(history).allSatisfy(r -> {
      assertThat(r.challengerMetrics()).as("challenger metrics").containsKeys("macro_f1", "accuracy", "auc", "loss");
      assertThat(r.counts().get("eval_documents")).as("held-out documents").isPositive();
      assertThat(r.evalSplit()).isEqualTo("test");
    });
    assertThat(history.get(0).championMetrics()).as("no champion to measure").isEmpty();
    assertThat(history.get(1).championMetrics()).as("champion measured on the same documents")
        .containsKeys("macro_f1", "loss");
    assertThat(history.get(1).counts().get("champion_evaluated"))
        .isEqualTo(history.get(1).counts().get("challenger_evaluated"));
    assertThat(history.get(0).inputs()).as("refreshed from the corpus").contains(corpus.toAbsolutePath().toString());
    assertThat(spark.read().parquet(RetrainStage.registry(weak).history().toString()).schema()
            .apply("champion_metrics").dataType())
        .as("metrics are a map column").isInstanceOf(MapType.class);

    RunLayout layout = new RunLayout(root);
    assertThat(Path.of(SentimentLayout.modelDir(layout, p.runId()).toString()))
        .as("the run's copy of the challenger is removed: the registry holds it").doesNotExist();
    assertThat(Path.of(SentimentLayout.reportsDir(layout, p.runId()).toString())).as("reports stay").exists();
  }

  @Test
  void warmStartContinuesFromTheChampionsWeights() {
    String root = tmp.resolve("warm").toString();
    VerboConfig base = config(root, "verbo.retrain.refresh=[tokenize]", "verbo.sentiment.training.epochs=2");
    RetrainOutcome first = RetrainStage.run(spark, base);
    assertThat(first.record().challengerMetrics().get("accuracy"))
        .as("the champion learned the planted word, so equal predictions are not a coincidence")
        .isGreaterThan(0.75);

    // A learning rate of 1e-9 moves no weight measurably: the challenger must predict as the champion.
    RetrainOutcome warm =
        RetrainStage.run(
            spark,
            config(root, "verbo.retrain.refresh=[tokenize]", "verbo.retrain.warm-start=true",
                "verbo.sentiment.training.learning-rate=0.000000001"));
    assertThat(warm.record().warmStart()).isTrue();
    assertThat(warm.lines()).anyMatch(l -> l.contains("warm start from v000001"));
    ModelRegistry registry = registry(base);
    Configuration conf = new Configuration();
    SentimentModel champion = SentimentModel.load(registry.layout().version(ModelVersion.first()), conf);
    SentimentModel challenger = SentimentModel.load(registry.layout().version(new ModelVersion(2)), conf);
    List<int[]> docs = new ArrayList<>();
    for (String text : List.of("w1 good w2", "bad w3 w4 w5", "w6 w7", "good", "w8 bad")) {
      docs.add(champion.encoder().encode(champion.tokenize(text)));
    }
    double[][] expected = champion.probabilities(docs);
    double[][] actual = challenger.probabilities(docs);
    for (int i = 0; i < docs.size(); i++) {
      for (int k = 0; k < expected[i].length; k++) {
        assertThat(actual[i][k]).as("document %d class %d", i, k).isCloseTo(expected[i][k], within(1e-4));
      }
    }
    assertThat(warm.record().challengerMetrics().get("loss"))
        .as("same predictions, same held-out loss")
        .isCloseTo(warm.record().championMetrics().get("loss"), within(1e-4));

    List<String> other = new ArrayList<>(champion.vocabulary().tokens());
    other.add("novel");
    Vocabulary grown = new Vocabulary(other, new long[other.size()], new long[other.size()]);
    assertThatThrownBy(() -> WarmStart.network(champion, "v000001", grown, List.of(), 1e-3))
        .isInstanceOf(VerboPipelineException.class)
        .hasMessageContaining("vocabulary").hasMessageContaining("verbo.retrain.warm-start = false");
    assertThatThrownBy(
            () -> WarmStart.network(champion, "v000001", champion.vocabulary(), List.of("positive", "negative"), 1e-3))
        .isInstanceOf(VerboPipelineException.class)
        .hasMessageContaining("labels are [negative, positive]");
  }

  @Test
  void crashesBetweenRegistryWritesAreRepairedOnTheNextRun() throws IOException {
    String root = tmp.resolve("crash").toString();
    VerboConfig first = config(root);
    RetrainStage.run(spark, first);
    byte[] pointer = pointerBytes(first);
    VerboConfig promoting = config(root, "verbo.retrain.refresh=[]", "verbo.retrain.margin=-1.0");

    RetrainListener crashAfterCommit = new RetrainListener() {
      @Override
      public void afterVersionCommitted(ModelVersion version) {
        throw new IllegalStateException("simulated crash after committing " + version);
      }
    };
    assertThatThrownBy(() -> RetrainStage.run(spark, promoting, crashAfterCommit))
        .hasMessageContaining("simulated crash after committing v000002");
    assertThat(pointerBytes(first)).as("the old champion stays in place").isEqualTo(pointer);
    assertThat(registry(first).versions()).as("v000002 is an orphan now")
        .extracting(ModelVersion::name).containsExactly("v000001", "v000002");

    RetrainListener crashAfterPromotion = new RetrainListener() {
      @Override
      public void afterPromotion(ModelVersion version) {
        throw new IllegalStateException("simulated crash after promoting " + version);
      }
    };
    assertThatThrownBy(() -> RetrainStage.run(spark, promoting, crashAfterPromotion))
        .as("the orphan's number is not reused").hasMessageContaining("after promoting v000003");
    assertThat(registry(first).versions()).as("the orphan was removed by the next run")
        .extracting(ModelVersion::name).containsExactly("v000001", "v000003");
    assertThat(registry(first).champion().orElseThrow().version()).isEqualTo("v000003");

    RetrainOutcome next =
        RetrainStage.run(spark, config(root, "verbo.retrain.refresh=[]", "verbo.retrain.margin=1.0"));
    assertThat(next.recovery().recovered()).as("the promotion's history row is rebuilt from the pointer")
        .extracting(RetrainRecord::challengerVersion).containsExactly("v000003");
    assertThat(next.record().championBefore()).isEqualTo("v000003");
    List<RetrainRecord> history = RetrainHistory.read(spark, RetrainStage.registry(first));
    assertThat(history).extracting(RetrainRecord::challengerVersion).containsExactly("v000001", "v000003", "v000004");
    assertThat(history.get(1).decision()).isEqualTo(Decision.PROMOTED);
    assertThat(history.get(1).reason()).endsWith(RegistryRecovery.RECOVERED);
    assertThat(history.get(1).orphansRemoved()).as("the orphan is reported with the decision after it")
        .containsExactly("v000002");
    assertThat(history.get(1).championMetrics()).as("the recovered row keeps both models' metrics")
        .containsKey("macro_f1");
  }
}
