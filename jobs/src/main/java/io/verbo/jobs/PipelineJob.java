package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.pipeline.PipelineRunner;
import io.verbo.pipeline.SentimentStage;
import java.util.Map;
import io.verbo.sentiment.SentimentLayout;
import io.verbo.store.RunLayout;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verbo pipeline}: every configured stage in order on one run root. Entry point for
 * spark-submit: {@code --class io.verbo.jobs.PipelineJob}.
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {
      "Run every pipeline stage in order on one run root.",
      "",
      "Stages come from verbo.pipeline.stages (tokenize, vocab, embeddings, sentiment); prints",
      "where each output is."
    })
public final class PipelineJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  /** @param args command-line arguments */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new PipelineJob(), args));
  }

  @Override
  public Integer call() {
    VerboConfig config = options.load();
    if (config.pipeline().stages().contains("tokenize")) {
      JobRunner.checkInputsExist(config);
    }
    PrintWriter out = spec.commandLine().getOut();
    PipelineRunner.Result result =
        JobRunner.runInSpark(
            config,
            config.pipeline().stages().contains("sentiment") ? SentimentStage.sparkDefaults(config) : Map.of(),
            PipelineRunner::run);
    result.lines().forEach(out::println);
    RunLayout layout = new RunLayout(config.run().root());
    out.println("Outputs under " + JobRunner.qualified(layout.root()) + ":");
    if (result.tokenize() != null) {
      out.println("  tokens:     " + JobRunner.qualified(layout.tokens()));
      out.println("  rejects:    " + JobRunner.qualified(layout.rejects()));
    }
    if (result.vocab() != null) {
      out.println("  vocabulary: " + JobRunner.qualified(layout.vocabulary()));
    }
    if (config.pipeline().stages().contains("embeddings")) {
      out.println("  embeddings: " + JobRunner.qualified(layout.embeddings(config.embeddings().name())));
    }
    if (config.pipeline().stages().contains("sentiment")) {
      out.println("  model:      " + JobRunner.qualified(SentimentStage.defaultModelDir(config)));
      out.println("  reports:    " + JobRunner.qualified(SentimentLayout.reportsDir(layout, config.sentiment().runId())));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
