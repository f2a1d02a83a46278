package io.verbo.jobs;

import io.verbo.config.VerboConfig;
import io.verbo.corpus.TokenizeService;
import io.verbo.corpus.TokenizeSummary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code verbo tokenize}: reads the corpus and writes the tokens and rejects datasets. Entry point
 * for spark-submit: {@code --class io.verbo.jobs.TokenizeCorpusJob}.
 */
@Command(
    name = "tokenize",
    mixinStandardHelpOptions = true,
    description = {
      "Tokenize a corpus into tokens and rejects datasets.",
      "",
      "Reads text, csv, tsv, jsonl or parquet (verbo.input.*) and writes",
      "RUN_ROOT/tokenized/tokens (doc_id, text, label, lang, tokens, n_tokens, split) and",
      "RUN_ROOT/tokenized/rejects (source, position, reason, detail, doc_id, raw)."
    })
public final class TokenizeCorpusJob implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  /** @param args command-line arguments */
  public static void main(String[] args) {
    System.exit(VerboCommand.execute(new TokenizeCorpusJob(), args));
  }

  @Override
  public Integer call() {
    VerboConfig config = options.load();
    JobRunner.checkInputsExist(config);
    TokenizeSummary summary =
        JobRunner.runInSpark(config, TokenizeService::run);
    spec.commandLine().getOut().println(summary.line());
    return ExitCodes.OK;
  }
}
