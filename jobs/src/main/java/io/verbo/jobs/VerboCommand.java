package io.verbo.jobs;

import io.verbo.VerboPipelineException;
import io.verbo.config.InvalidConfigException;
import io.verbo.store.BuildInfo;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code verbo} command: one subcommand per job. {@link #main} alone maps outcomes to exit
 * codes: 0 ok, 1 job failed, 2 usage or configuration error (reported before Spark starts).
 */
@Command(
    name = "verbo",
    mixinStandardHelpOptions = true,
    versionProvider = VerboCommand.Version.class,
    description = "Train NLP models on Apache Spark. Every command takes --conf FILE and --set KEY=VALUE.",
    subcommands = {
      TokenizeCorpusJob.class,
      BuildVocabularyJob.class,
      TrainEmbeddingsJob.class,
      ImportEmbeddingsJob.class,
      EvaluateEmbeddingsJob.class,
      TrainSentimentJob.class,
      SweepJob.class,
      EvaluateModelJob.class,
      ScoreJob.class,
      RetrainJob.class,
      ReportJob.class,
      PipelineJob.class,
      DoctorCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 job failed, 2 usage or configuration error.",
      "Every key with its default: conf/reference.conf."
    })
public final class VerboCommand implements java.util.concurrent.Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(VerboCommand.class);

  /** @param args a subcommand and its arguments */
  public static void main(String[] args) {
    System.exit(execute(new VerboCommand(), args));
  }

  /**
   * Runs a command and returns its exit code (never calls {@code System.exit}).
   *
   * @param command a picocli command object
   * @param args its arguments
   * @return the exit code
   */
  public static int execute(Object command, String... args) {
    return commandLine(command).execute(args);
  }

  /**
   * @param command a picocli command object
   * @return a command line with Verbo's exception-to-exit-code mapping
   */
  public static CommandLine commandLine(Object command) {
    CommandLine cl = new CommandLine(command);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof InvalidConfigException) {
            err.println("verbo: " + ex.getMessage());
            err.flush();
            return ExitCodes.USAGE;
          }
          if (ex instanceof VerboPipelineException) {
            // An expected failure with an actionable message: no stack trace to scroll past.
            LOG.error("{} failed: {}", commandLine.getCommandName(), ex.getMessage());
          } else {
            LOG.error("{} failed", commandLine.getCommandName(), ex);
          }
          err.println("verbo " + commandLine.getCommandName() + " failed: " + ex.getMessage());
          err.flush();
          return ExitCodes.JOB_FAILED;
        });
    return cl;
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** {@code verbo} without a subcommand: usage on stderr, exit 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** Prints the Verbo, git and stack versions for {@code --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return BuildInfo.versions().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue())
          .toArray(String[]::new);
    }
  }
}
