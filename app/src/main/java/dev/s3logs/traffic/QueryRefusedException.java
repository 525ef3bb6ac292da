package dev.s3logs.traffic;

/**
 * A store cannot answer a question as asked, by a limit of its own (an engine lists at most
 * 10,000 matching requests); the message says what to change. The dashboard answers it with 400.
 */
public final class QueryRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public QueryRefusedException(String message) {
    super(message);
  }
}
