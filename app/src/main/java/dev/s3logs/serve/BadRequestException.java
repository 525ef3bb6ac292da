package dev.s3logs.serve;

/** A request the dashboard cannot answer as asked: its message goes back in a 400. */
final class BadRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadRequestException(String message) {
    super(message);
  }
}
