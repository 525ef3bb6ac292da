package dev.s3logs.testing;

import java.util.concurrent.TimeUnit;

/** How a test stops a child process it started: politely first, then by force. */
public final class Termination {

  private Termination() {
  }

  /** Asks {@code process} to stop, and kills it if it has not within 10 seconds. */
  public static void terminate(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
