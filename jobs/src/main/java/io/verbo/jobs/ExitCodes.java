package io.verbo.jobs;

/** Process exit codes of every Verbo command. */
public final class ExitCodes {
  private ExitCodes() {}

  /** The job succeeded. */
  public static final int OK = 0;
  /** The job started and failed. */
  public static final int JOB_FAILED = 1;
  /** Bad usage or configuration; nothing was started. */
  public static final int USAGE = 2;
}
