package io.verbo.store;

import java.io.IOException;

/**
 * Stops a {@link StagedArtifact#commit()} at the points where a SIGKILL leaves the disk in a state
 * of its own, by running the commit's real steps up to that point and abandoning the instance (no
 * {@code close()}, as after a kill: no finally block runs). For tests in any package.
 */
public final class InterruptedCommits {
  private InterruptedCommits() {}

  /**
   * Killed after step (1): the target is missing, its backup and the staged folder exist.
   *
   * @param staged a staged artifact whose content is written and whose target exists
   * @throws IOException on I/O errors
   */
  public static void killAfterFirstRename(StagedArtifact staged) throws IOException {
    if (!staged.moveTargetAside()) {
      throw new IllegalStateException("nothing to replace at " + staged.target());
    }
  }

  /**
   * Killed after step (2): the new artifact is in place, the backup of the previous one remains.
   *
   * @param staged a staged artifact whose content is written and whose target exists
   * @throws IOException on I/O errors
   */
  public static void killAfterSecondRename(StagedArtifact staged) throws IOException {
    killAfterFirstRename(staged);
    staged.moveStagedIn(true);
  }
}
