package io.verbo.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.verbo.store.InterruptedCommits;
import io.verbo.store.RunLayout;
import io.verbo.store.StagedArtifact;
import io.verbo.text.TokenizerOptions;
import io.verbo.vocab.Vocabulary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single-JVM training: planted signal, save/load, checkpoint and resume, the transfer recipe, and
 * its fine-tuning stage run on its own from a frozen result.
 */
class LocalTrainingTest {
  private static final Vocabulary VOCAB =
      TestVocab.fillers(PlantedSignal.FILLERS, "good", "bad", "meh");
  private static final TokenizerOptions LOWERCASE = new TokenizerOptions(true, false, 0);

  private static int threads;

  @TempDir Path tmp;

  @org.junit.jupiter.api.BeforeAll
  static void oneThread() {
    threads = Nd4jThreads.set(1);
  }

  @org.junit.jupiter.api.AfterAll
  static void restoreThreads() {
    Nd4jThreads.set(threads);
  }

  private static SentimentSettings settings(int epochs, int fineTune, int patience) {
    return settings(epochs, fineTune, patience, 0.005);
  }

  private static SentimentSettings settings(
      int epochs, int fineTune, int patience, double fineTuneRate) {
    SentimentSettings s = TestVocab.smallSettings();
    return s.withNetwork(new NetworkSettings(8, true, 16, 1, false, Pooling.LAST, 0.0, 0.0, 1.0))
        .withTraining(
            new TrainingSettings(
                epochs,
                0.02,
                fineTune,
                fineTuneRate,
                ClassWeighting.BALANCED,
                List.of(),
                StoppingMetric.ACCURACY,
                patience,
                7L,
                2));
  }

  private LocalSentimentTrainer.Request request(
      SentimentSettings s,
      Optional<float[][]> vectors,
      String run,
      boolean resume,
      EpochListener listener) {
    return new LocalSentimentTrainer.Request(
        run,
        s,
        VOCAB,
        vectors,
        PlantedSignal.THREE,
        LOWERCASE,
        PlantedSignal.documents(300, PlantedSignal.THREE, 10, 1),
        PlantedSignal.documents(100, PlantedSignal.THREE, 10, 2),
        new org.apache.hadoop.fs.Path(tmp.resolve("checkpoints").resolve(run).toString()),
        resume,
        listener);
  }

  /** Random rows, but the three signal tokens share one: a frozen net cannot tell them apart. */
  private static float[][] signalBlindVectors() {
    float[][] v = randomVectors();
    v[VOCAB.indexOf("bad")] = v[VOCAB.indexOf("good")].clone();
    v[VOCAB.indexOf("meh")] = v[VOCAB.indexOf("good")].clone();
    return v;
  }

  private static float[] embeddingRow(SentimentModel model, String token) {
    return model
        .network()
        .getParam(SentimentNetwork.EMBEDDING_PARAM)
        .getRow(VOCAB.indexOf(token))
        .toFloatVector();
  }

  /** Accuracy recomputed from the model's own predictions, independent of the trainer. */
  private static double accuracy(SentimentModel model, List<LabelledDocument> docs) {
    int right = 0;
    for (LabelledDocument d : docs) {
      if (model.predictTokens(d.tokens()).label().equals(d.label())) {
        right++;
      }
    }
    return right / (double) docs.size();
  }

  private static float[][] randomVectors() {
    java.util.Random rnd = new java.util.Random(3);
    float[][] v = new float[VOCAB.size()][];
    for (int i = 2; i < v.length; i++) {
      v[i] = new float[8];
      for (int k = 0; k < 8; k++) {
        v[i][k] = (float) rnd.nextGaussian();
      }
    }
    return v;
  }

  @Test
  void learnsPlantedSignalAndSaveLoadPredictsIdentically() {
    LocalSentimentTrainer.Result r =
        LocalSentimentTrainer.train(
            request(settings(8, 0, 1), Optional.empty(), "planted", false, EpochListener.NONE),
            new Configuration());
    assertThat(r.validation().accuracy())
        .as("planted token learned (%s)", r.validation().summary())
        .isGreaterThanOrEqualTo(0.9);
    assertThat(r.state().curve().get(0).trainLoss())
        .as("loss falls from epoch 1 to the best epoch")
        .isGreaterThan(r.state().curve().get(r.state().bestEpoch() - 1).trainLoss());

    Path dir = tmp.resolve("models").resolve("planted");
    r.model().save(new org.apache.hadoop.fs.Path(dir.toString()), new Configuration());
    SentimentModel loaded = SentimentModel.load(dir);
    List<String> texts =
        List.of("w1 GOOD w2 w3", "bad", "", "w5 w6 meh w7 w8 w9 w10", "unknown words only here");
    for (String text : texts) {
      Prediction before = r.model().predict(text);
      Prediction after = loaded.predict(text);
      assertThat(after.probabilities())
          .as("identical probabilities for '%s'", text)
          .containsExactly(before.probabilities());
      assertThat(after.label()).as("identical label for '%s'", text).isEqualTo(before.label());
    }
    assertThat(loaded.predict("w3 GOOD w4").label())
        .as("tokenized like training (lower-cased)")
        .isEqualTo("positive");
    assertThat(loaded.predict("w3 bad w4").label()).as("negative signal").isEqualTo("negative");
    assertThat(loaded.labels()).as("label map").containsExactlyElementsOf(PlantedSignal.THREE);
    assertThat(loaded.tokenizerOptions()).as("tokenizer options").isEqualTo(LOWERCASE);
    assertThat(loaded.settings()).as("settings round trip").isEqualTo(r.model().settings());
    assertThat(dir.resolve("_metadata.json")).as("provenance").exists();
  }

  @Test
  void resumeAfterCrashGivesSameEpochsAndSameModel() {
    SentimentSettings s = settings(2, 2, 0);
    Optional<float[][]> vectors = Optional.of(randomVectors());
    LocalSentimentTrainer.Result straight =
        LocalSentimentTrainer.train(
            request(s, vectors, "straight", false, EpochListener.NONE), new Configuration());
    assertThat(straight.state().curve())
        .as("two frozen epochs then two fine-tuning epochs")
        .extracting(EpochRecord::stage)
        .containsExactly("train", "train", "fine_tune", "fine_tune");
    assertThat(straight.state().curve().get(2).learningRate())
        .as("fine-tune learning rate")
        .isEqualTo(0.005);

    EpochListener crashAfter3 = crashAfter(3);
    assertThatThrownBy(
            () ->
                LocalSentimentTrainer.train(
                    request(s, vectors, "crashed", false, crashAfter3), new Configuration()))
        .as("crash in the fine-tuning stage")
        .hasMessageContaining("simulated crash");
    LocalSentimentTrainer.Result resumed =
        LocalSentimentTrainer.train(
            request(s, vectors, "crashed", true, EpochListener.NONE), new Configuration());

    assertThat(resumed.state().epoch())
        .as("same final epoch count")
        .isEqualTo(straight.state().epoch())
        .isEqualTo(4);
    assertThat(resumed.state().curve())
        .as("curve continues")
        .extracting(EpochRecord::epoch)
        .containsExactly(1, 2, 3, 4);
    assertThat(resumed.state().bestEpoch())
        .as("same best epoch")
        .isEqualTo(straight.state().bestEpoch());
    double[] a = straight.model().predict("w1 good w2").probabilities();
    double[] b = resumed.model().predict("w1 good w2").probabilities();
    for (int c = 0; c < a.length; c++) {
      assertThat(b[c])
          .as("resumed model equals uninterrupted model, class %d", c)
          .isCloseTo(a[c], within(1e-4));
    }
    Path dir = tmp.resolve("models").resolve("resumed");
    resumed.model().save(new org.apache.hadoop.fs.Path(dir.toString()), new Configuration());
    assertThat(SentimentModel.load(dir).predict("w1 good w2").probabilities())
        .as("loadable")
        .containsExactly(b);

    LocalSentimentTrainer.Result again =
        LocalSentimentTrainer.train(
            request(s, vectors, "crashed", true, EpochListener.NONE), new Configuration());
    assertThat(again.state().curve()).as("resuming a finished run trains nothing more").hasSize(4);
  }

  /**
   * A kill between the two renames that replace {@code best/} (in epoch 3's saveBest, which runs
   * before epoch 3's checkpoint) leaves no {@code best/}, only its hidden backup and the staged
   * folder. Reproduced with the commit's own first rename after a crash after epoch 2.
   */
  @Test
  void resumeAfterAKillWhileBestWasReplacedKeepsTheBestNetwork() throws Exception {
    SentimentSettings s = settings(4, 0, 0);
    Optional<float[][]> vectors = Optional.of(randomVectors());
    LocalSentimentTrainer.Result straight =
        LocalSentimentTrainer.train(
            request(s, vectors, "straight", false, EpochListener.NONE), new Configuration());
    EpochListener crashAfter2 = crashAfter(2);
    assertThatThrownBy(
            () ->
                LocalSentimentTrainer.train(
                    request(s, vectors, "killed", false, crashAfter2), new Configuration()))
        .hasMessageContaining("simulated crash");
    Path checkpoints = tmp.resolve("checkpoints").resolve("killed");
    Map<String, String> bestBefore = files(checkpoints.resolve("best"));
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(checkpoints.toString());
    Configuration conf = new Configuration();
    // The network being committed as the new best: any complete one (here the straight run's).
    StagedArtifact replacing =
        StagedArtifact.begin(new RunLayout(dir.toString()), new org.apache.hadoop.fs.Path(dir, "best"), conf);
    java.nio.file.Files.createDirectories(Path.of(replacing.path().toUri()));
    for (String f : List.of("network.zip", "state.json")) {
      java.nio.file.Files.copy(
          tmp.resolve("checkpoints/straight/best").resolve(f), Path.of(replacing.path().toUri()).resolve(f));
    }
    InterruptedCommits.killAfterFirstRename(replacing);
    assertThat(checkpoints.resolve("best")).as("the kill left no best/").doesNotExist();

    assertThat(new Checkpointer(dir, conf, 2).best()).as("a reader finds best/ again").isPresent();
    assertThat(files(checkpoints.resolve("best")))
        .as("the previous best/, byte for byte")
        .isEqualTo(bestBefore);
    try (var entries = java.nio.file.Files.list(checkpoints)) {
      assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc")))
          .as("no backup, no staged folder")
          .containsExactlyInAnyOrder("best", "epoch-0001", "epoch-0002");
    }

    LocalSentimentTrainer.Result resumed =
        LocalSentimentTrainer.train(
            request(s, vectors, "killed", true, EpochListener.NONE), new Configuration());
    assertThat(resumed.state().curve()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3, 4);
    assertThat(resumed.state().bestEpoch())
        .as("same best epoch")
        .isEqualTo(straight.state().bestEpoch());
    double[] a = straight.model().predict("w1 good w2").probabilities();
    double[] b = resumed.model().predict("w1 good w2").probabilities();
    for (int c = 0; c < a.length; c++) {
      assertThat(b[c]).as("resumed best equals uninterrupted best, class %d", c).isCloseTo(a[c], within(1e-4));
    }
  }

  /** Every file below {@code dir} (no checksum side files) with its bytes as ISO-8859-1 text. */
  private static Map<String, String> files(Path dir) throws java.io.IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    try (var walk = java.nio.file.Files.walk(dir)) {
      for (Path p : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().endsWith(".crc")) {
          out.put(dir.relativize(p).toString(),
              new String(java.nio.file.Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
      }
    }
    return out;
  }

  @Test
  void fineTuneFromAFrozenResultKeepsTheFineTunedNetworkWhenItBeatsTheFrozenOne() {
    // The signal tokens share one frozen row, so the frozen stage is stuck near chance; only a
    // trainable embedding can separate them.
    float[][] vectors = signalBlindVectors();
    LocalSentimentTrainer.Request r =
        request(settings(2, 0, 0, 0.02), Optional.of(vectors), "blind", false, EpochListener.NONE);
    LocalSentimentTrainer.Result frozen = LocalSentimentTrainer.train(r, new Configuration());
    assertThat(SentimentNetwork.isFrozen(frozen.model().network())).as("frozen stage").isTrue();
    assertThat(frozen.validation().accuracy())
        .as("frozen stage cannot see the signal (%s)", frozen.validation().summary())
        .isLessThan(0.6);
    float[] goodBefore = embeddingRow(frozen.model(), "good");

    List<EpochRecord> rows = new java.util.ArrayList<>();
    LocalSentimentTrainer.Request again =
        request(settings(2, 0, 0, 0.02), Optional.of(vectors), "blind", false, rows::add);
    LocalSentimentTrainer.Result tuned =
        LocalSentimentTrainer.fineTune(frozen, again, 6, new Configuration());

    assertThat(tuned.model()).as("fine-tuned network kept").isNotSameAs(frozen.model());
    assertThat(SentimentNetwork.isFrozen(tuned.model().network())).as("unfrozen").isFalse();
    assertThat(tuned.validation().accuracy())
        .as("fine-tuning learns the signal (%s)", tuned.validation().summary())
        .isGreaterThanOrEqualTo(0.8)
        .isGreaterThan(frozen.validation().accuracy());
    assertThat(accuracy(tuned.model(), r.validation()))
        .as("reported validation is the kept model's")
        .isCloseTo(tuned.validation().accuracy(), within(1e-9));
    assertThat(embeddingRow(tuned.model(), "good"))
        .as("embedding trained")
        .isNotEqualTo(goodBefore);
    assertThat(embeddingRow(tuned.model(), "good"))
        .as("signal rows pulled apart")
        .isNotEqualTo(embeddingRow(tuned.model(), "bad"));
    assertThat(embeddingRow(frozen.model(), "good"))
        .as("the frozen result is left as it was")
        .containsExactly(goodBefore)
        .containsExactly(vectors[VOCAB.indexOf("good")]);
    assertThat(tuned.state().curve())
        .as("this stage's own curve, at the fine-tune rate, up to 6 epochs")
        .hasSizeBetween(1, 6)
        .allSatisfy(e -> assertThat(e.learningRate()).isEqualTo(0.02));
    assertThat(rows)
        .as("listener sees every epoch of the stage")
        .hasSameSizeAs(tuned.state().curve());
    assertThat(tuned.model().settings().training().fineTuneEpochs())
        .as("the model records the whole recipe")
        .isEqualTo(6);
  }

  @Test
  void fineTuneKeepsTheFrozenResultWhenFineTuningDoesNotBeatIt() {
    // 3 frozen epochs: good but not perfect, so a better fine-tuned net would have room to win.
    LocalSentimentTrainer.Request r =
        request(
            settings(3, 0, 0, 5.0),
            Optional.of(randomVectors()),
            "wreck",
            false,
            EpochListener.NONE);
    LocalSentimentTrainer.Result frozen = LocalSentimentTrainer.train(r, new Configuration());
    assertThat(frozen.validation().accuracy())
        .as("precondition: the frozen stage learns the signal (%s)", frozen.validation().summary())
        .isGreaterThanOrEqualTo(0.8);

    // Adam at 5.0 throws every weight far off in the first step: the fine-tuned net is worse.
    LocalSentimentTrainer.Result tuned =
        LocalSentimentTrainer.fineTune(frozen, r, 2, new Configuration());

    double bestTuned =
        tuned.state().curve().stream().mapToDouble(EpochRecord::valAccuracy).max().orElseThrow();
    assertThat(bestTuned)
        .as("fine-tuning never reached the frozen accuracy")
        .isLessThan(frozen.validation().accuracy());
    assertThat(tuned.model()).as("frozen model kept").isSameAs(frozen.model());
    assertThat(tuned.validation()).as("with its validation").isSameAs(frozen.validation());
    assertThat(tuned.state().curve()).as("the stage still ran and is reported").hasSize(2);
  }

  @Test
  void fineTuneRejectsANetworkThatWasNeverFrozenAndAnEmptyStage() {
    SentimentSettings s = settings(1, 0, 0);
    LocalSentimentTrainer.Request r =
        request(s, Optional.empty(), "trainable", false, EpochListener.NONE);
    SentimentModel trainable =
        new SentimentModel(
            SentimentNetwork.create(s, VOCAB, Optional.empty(), PlantedSignal.THREE.size(), null),
            VOCAB,
            LOWERCASE,
            PlantedSignal.THREE,
            s);
    LocalSentimentTrainer.Result notFrozen =
        new LocalSentimentTrainer.Result(trainable, TrainingState.initial(), null);
    assertThatThrownBy(() -> LocalSentimentTrainer.fineTune(notFrozen, r, 1, new Configuration()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not frozen");
    assertThatThrownBy(() -> LocalSentimentTrainer.fineTune(notFrozen, r, 0, new Configuration()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  /** @return a listener that simulates a crash right after the given epoch's row */
  private static EpochListener crashAfter(int epoch) {
    return row -> {
      if (row.epoch() == epoch) {
        throw new IllegalStateException("simulated crash");
      }
    };
  }
}
