package dev.s3logs.app;

/** Exit codes shared by all commands, documented in the README. */
public final class ExitCodes {

  public static final int OK = 0;
  /** Some lines could not be parsed and {@code --strict} was given. */
  public static final int LINES_FAILED = 1;
  /** {@code setup} could not do all it was asked: a retention policy without ISM or ILM. */
  public static final int INCOMPLETE = 1;
  /** The command line was wrong (picocli's own code for usage errors). */
  public static final int USAGE = 2;
  /** An input could not be read, or output could not be written. */
  public static final int IO_ERROR = 3;
  /**
   * The search engine could not be reached, refused the credentials, or neither it nor the
   * dead letters took some documents: not every line was stored.
   */
  public static final int ENGINE = 4;
  /**
   * The log bucket or the notification queue could not be used: missing, in another region,
   * access denied, credentials refused, unreachable.
   */
  public static final int SOURCE = 5;
  /**
   * Whoever read standard output stopped, as {@code head} does: the status of a process killed
   * by SIGPIPE, which is what other command-line tools end with there, and no message.
   */
  public static final int OUTPUT_CLOSED = 141;
  /** A defect in s3logs (sysexits' EX_SOFTWARE). */
  public static final int INTERNAL = 70;

  private ExitCodes() {
  }
}
