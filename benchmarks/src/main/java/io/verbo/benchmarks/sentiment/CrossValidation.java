package io.verbo.benchmarks.sentiment;

import io.verbo.embed.EmbeddingMatrix;
import io.verbo.embed.WordVectors;
import io.verbo.eval.ClassificationAccumulator;
import io.verbo.eval.EvaluationResult;
import io.verbo.sentiment.ClassWeighting;
import io.verbo.sentiment.DistributedSettings;
import io.verbo.sentiment.EncodingSettings;
import io.verbo.sentiment.EpochRecord;
import io.verbo.sentiment.LabelledDocument;
import io.verbo.sentiment.LocalSentimentTrainer;
import io.verbo.sentiment.Nd4jThreads;
import io.verbo.sentiment.NetworkSettings;
import io.verbo.sentiment.Pooling;
import io.verbo.sentiment.SentimentModel;
import io.verbo.sentiment.SentimentSettings;
import io.verbo.sentiment.StoppingMetric;
import io.verbo.sentiment.TrainingApproachSetting;
import io.verbo.sentiment.TrainingSettings;
import io.verbo.sentiment.Truncation;
import io.verbo.text.TokenizerOptions;
import io.verbo.tune.StratifiedFolds;
import io.verbo.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.commons.io.FileUtils;
import org.apache.hadoop.conf.Configuration;

/**
 * Stratified k-fold cross-validation of the sentiment LSTM with single-JVM {@link
 * LocalSentimentTrainer}: per fold an inner validation split is carved (stratified) out of the
 * training folds for early stopping and the best epoch; the held-out fold is only used to score the
 * best model once.
 */
final class CrossValidation {

  /** How one configuration trains. */
  record Config(String name, boolean pretrained, boolean randomFrozen, boolean fineTune, boolean frozen) {
    static Config of(String name) {
      return switch (name) {
        case "random" -> new Config(name, false, false, false, false);
        case "random-frozen" -> new Config(name, false, true, false, true);
        case "ours-frozen" -> new Config(name, true, false, false, true);
        case "ours-finetuned" -> new Config(name, true, false, true, true);
        // Kim's "non-static": initialised from our vectors, embedding trained from the first epoch at the first LR.
        case "ours-trainable" -> new Config(name, true, false, false, false);
        default -> throw new IllegalArgumentException("Unknown config " + name);
      };
    }
  }

  /**
   * One configuration on one fold.
   *
   * @param config configuration
   * @param fold fold index
   * @param trainDocs documents trained on
   * @param valDocs inner validation documents
   * @param testDocs held-out fold
   * @param vocabulary model vocabulary size (training folds, PAD/UNK included)
   * @param coverage share of the vocabulary with a pretrained vector (NaN without)
   * @param testAccuracy accuracy on the held-out fold
   * @param testMacroF1 macro F1 on the held-out fold
   * @param testAuc ROC AUC on the held-out fold (binary), else NaN
   * @param testF1 per-class F1 on the held-out fold
   * @param valAccuracy inner-validation accuracy of the chosen model
   * @param valMacroF1 inner-validation macro F1 of the chosen model
   * @param bestEpoch best epoch of the first stage
   * @param epochsRun epochs run in the first stage
   * @param ftBestEpoch best epoch of the fine-tuning stage (0 = frozen model kept; -1 = no stage)
   * @param ftEpochsRun epochs run in the fine-tuning stage
   * @param threadCpuSeconds CPU seconds of the training thread (cumulative over stages)
   * @param wallSeconds wall seconds (cumulative over stages)
   * @param trainExamples training examples of all epochs
   * @param curve every epoch's row
   */
  record FoldResult(String config, int fold, int trainDocs, int valDocs, int testDocs, int vocabulary,
      double coverage, double testAccuracy, double testMacroF1, double testAuc, List<Double> testF1,
      double valAccuracy, double valMacroF1, int bestEpoch, int epochsRun, int ftBestEpoch, int ftEpochsRun,
      double threadCpuSeconds, double wallSeconds, long trainExamples, List<EpochRecord> curve) {}

  /** Shared settings of the part. */
  record Plan(String dataset, int k, int maxLen, int bucketCount, int batch, double dropout, int epochs,
      int fineTuneEpochs, double fineTuneLr, int patience, double innerVal, long seed,
      ClassWeighting classWeights, StoppingMetric metric, TokenizerOptions tokenizer, Network network) {}

  /**
   * The network knobs the benchmark varies (the rest is the Keras recipe of {@code
   * docs/sentiment.md}: 100-wide embedding, one LSTM layer, no L2, gradient clip 1.0).
   *
   * @param lstmUnits LSTM units (per direction)
   * @param bidirectional whether the LSTM reads both directions
   * @param pooling last step, max or mean over time
   * @param learningRate Adam learning rate of the first stage
   */
  record Network(int lstmUnits, boolean bidirectional, Pooling pooling, double learningRate) {}

  private final Plan plan;
  private final SentimentData.Labelled data;
  private final int[] folds;
  private final Path work;

  CrossValidation(Plan plan, SentimentData.Labelled data, Path work) {
    this.plan = plan;
    this.data = data;
    this.folds = StratifiedFolds.assign(data.ids(), data.labelList(), plan.k(), plan.seed());
    this.work = work;
  }

  int[] folds() {
    return folds;
  }

  /**
   * Trains {@code config} on fold {@code fold} (for ours-finetuned: the frozen stage, reported as
   * ours-frozen, then the fine-tuning stage) and hands each result to {@code sink}.
   */
  void run(Config config, int fold, WordVectors vectors, Consumer<FoldResult> sink) throws IOException {
    Nd4jThreads.set(1);
    List<LabelledDocument> trainAll = new ArrayList<>();
    List<String> trainIds = new ArrayList<>();
    List<LabelledDocument> test = new ArrayList<>();
    for (int i = 0; i < folds.length; i++) {
      if (folds[i] == fold) {
        test.add(data.docs().get(i));
      } else {
        trainAll.add(data.docs().get(i));
        trainIds.add(data.ids().get(i));
      }
    }
    // Inner validation split: a stratified 1/round(1/innerVal) of the training folds.
    int innerK = (int) Math.round(1 / plan.innerVal());
    int[] inner = StratifiedFolds.assign(trainIds, trainAll.stream().map(LabelledDocument::label).toList(), innerK,
        plan.seed() + 1000 + fold);
    List<LabelledDocument> train = new ArrayList<>();
    List<LabelledDocument> val = new ArrayList<>();
    for (int i = 0; i < trainAll.size(); i++) {
      (inner[i] == 0 ? val : train).add(trainAll.get(i));
    }
    Vocabulary vocab = vocabulary(trainAll);
    Optional<float[][]> rows = Optional.empty();
    double coverage = Double.NaN;
    if (config.pretrained()) {
      EmbeddingMatrix m = vectors.matrixFor(vocab, plan.seed());
      rows = Optional.of(m.rows());
      coverage = m.coverage();
    } else if (config.randomFrozen()) {
      rows = Optional.of(randomRows(vocab.size(), 100, plan.seed() + fold));
    }
    boolean frozen = config.frozen();
    SentimentSettings s = settings(frozen, plan.seed() + fold);
    Path ckpt = work.resolve(plan.dataset() + "-" + config.name() + "-fold" + fold);
    FileUtils.deleteDirectory(ckpt.toFile());
    LocalSentimentTrainer.Request req = new LocalSentimentTrainer.Request(plan.dataset() + "-" + config.name() + "-" + fold,
        s, vocab, rows, data.labels(), plan.tokenizer(), train, val,
        new org.apache.hadoop.fs.Path(ckpt.toAbsolutePath().toString()), false, row -> log(config, fold, row));
    Configuration conf = new Configuration();
    long w0 = System.nanoTime();
    double c0 = Cpu.thread();
    LocalSentimentTrainer.Result r = LocalSentimentTrainer.train(req, conf);
    double cpu1 = Cpu.thread() - c0;
    double wall1 = (System.nanoTime() - w0) / 1e9;
    String firstName = config.fineTune() ? "ours-frozen" : config.name();
    sink.accept(result(firstName, fold, train, val, test, vocab, coverage, r, null, cpu1, wall1));
    if (config.fineTune()) {
      long w1 = System.nanoTime();
      double c1 = Cpu.thread();
      LocalSentimentTrainer.Result ft = LocalSentimentTrainer.fineTune(r, req, plan.fineTuneEpochs(), conf);
      double cpu2 = Cpu.thread() - c1;
      double wall2 = (System.nanoTime() - w1) / 1e9;
      sink.accept(result(config.name(), fold, train, val, test, vocab, coverage, ft, r, cpu1 + cpu2, wall1 + wall2));
    }
    FileUtils.deleteDirectory(ckpt.toFile());
  }

  private void log(Config c, int fold, EpochRecord e) {
    System.out.printf(Locale.ROOT, "  [%s fold %d] epoch %d (%s): loss %.4f, %d ex in %.1f s, val acc %.4f%s  load %s%n",
        c.name(), fold, e.epoch(), e.stage(), e.trainLoss(), e.trainExamples(), e.seconds(), e.valAccuracy(),
        e.improved() ? " [best]" : "", Cpu.loadAverage());
  }

  private FoldResult result(String name, int fold, List<LabelledDocument> train, List<LabelledDocument> val,
      List<LabelledDocument> test, Vocabulary vocab, double coverage, LocalSentimentTrainer.Result r,
      LocalSentimentTrainer.Result frozenStage, double cpu, double wall) {
    EvaluationResult t = evaluate(r.model(), test, data.labels());
    List<EpochRecord> curve = new ArrayList<>();
    long examples = 0;
    int best;
    int run;
    int ftBest = -1;
    int ftRun = 0;
    if (frozenStage == null) {
      curve.addAll(r.state().curve());
      best = r.state().bestEpoch();
      run = r.state().curve().size();
    } else {
      curve.addAll(frozenStage.state().curve());
      curve.addAll(r.state().curve());
      best = frozenStage.state().bestEpoch();
      run = frozenStage.state().curve().size();
      ftRun = r.state().curve().size();
      // 0 = the fine-tuning stage never beat the frozen model on the inner validation split.
      ftBest = r.model() == frozenStage.model() ? 0 : r.state().bestEpoch();
    }
    for (EpochRecord e : curve) {
      examples += e.trainExamples();
    }
    System.out.printf(Locale.ROOT, "%s %s fold %d: test acc %.4f macro-F1 %.4f (val acc %.4f), best epoch %d of %d%s,"
            + " %.0f CPU-s, %.0f s%n", data.name(), name, fold, t.accuracy(), t.macroF1(), r.validation().accuracy(), best,
        run, ftBest >= 0 ? " + fine-tune " + ftBest + " of " + ftRun : "", cpu, wall);
    return new FoldResult(name, fold, train.size(), val.size(), test.size(), vocab.size(), coverage, t.accuracy(),
        t.macroF1(), t.auc(), t.f1(), r.validation().accuracy(), r.validation().macroF1(), best, run, ftBest, ftRun,
        cpu, wall, examples, curve);
  }

  static EvaluationResult evaluate(SentimentModel model, List<LabelledDocument> docs, List<String> labels) {
    List<int[]> seqs = new ArrayList<>(docs.size());
    int[] ys = new int[docs.size()];
    for (LabelledDocument d : docs) {
      ys[seqs.size()] = labels.indexOf(d.label());
      seqs.add(model.encoder().encode(d.tokens()));
    }
    double[][] p = model.probabilities(seqs);
    ClassificationAccumulator acc = new ClassificationAccumulator(labels.size());
    for (int i = 0; i < p.length; i++) {
      acc.add(ys[i], p[i]);
    }
    return acc.result(labels);
  }

  SentimentSettings settings(boolean frozen, long seed) {
    return new SentimentSettings(
        new EncodingSettings(plan.maxLen(), Truncation.HEAD, List.of(), plan.bucketCount()),
        new NetworkSettings(100, frozen, plan.network().lstmUnits(), 1, plan.network().bidirectional(),
            plan.network().pooling(), plan.dropout(), 0.0, 1.0),
        new TrainingSettings(plan.epochs(), plan.network().learningRate(), 0, plan.fineTuneLr(),
            plan.classWeights(), List.of(), plan.metric(), plan.patience(), seed, 1),
        new DistributedSettings(plan.batch(), 5, 2, TrainingApproachSetting.AUTO, "2g", "6g", false));
  }

  /** The model vocabulary: every token of the training folds (min count 1), by descending count. */
  static Vocabulary vocabulary(List<LabelledDocument> docs) {
    Map<String, Long> counts = new HashMap<>();
    for (LabelledDocument d : docs) {
      for (String t : d.tokens()) {
        counts.merge(t, 1L, Long::sum);
      }
    }
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    List<String> tokens = new ArrayList<>(List.of("<pad>", "<unk>"));
    entries.forEach(e -> tokens.add(e.getKey()));
    long[] c = new long[tokens.size()];
    for (int i = 2; i < c.length; i++) {
      c[i] = counts.get(tokens.get(i));
    }
    return new Vocabulary(tokens, c, new long[c.length]);
  }

  /** Uniform(±0.05) rows (Keras' default embedding init), PAD zero. */
  static float[][] randomRows(int n, int dim, long seed) {
    Random r = new Random(seed);
    float[][] rows = new float[n][dim];
    for (int i = 1; i < n; i++) {
      for (int d = 0; d < dim; d++) {
        rows[i][d] = (float) ((r.nextDouble() * 2 - 1) * 0.05);
      }
    }
    return rows;
  }

  static void ensureDir(Path p) throws IOException {
    Files.createDirectories(p);
  }
}
