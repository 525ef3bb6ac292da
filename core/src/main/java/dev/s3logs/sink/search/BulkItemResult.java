package dev.s3logs.sink.search;

/**
 * What the engine said about one item of a bulk request.
 *
 * @param result {@code created}, {@code updated}, ... when it succeeded, else null
 * @param errorType e.g. {@code mapper_parsing_exception}, null when it succeeded
 */
public record BulkItemResult(int status, String result, String errorType, String errorReason) {

  public boolean isStored() {
    return status >= 200 && status < 300;
  }

  /** A create of an id that exists: the document is already there, from an earlier run. */
  public boolean isAlreadyStored() {
    return status == 409;
  }

  /** Overload and failures on the engine's side: worth sending again later. */
  public boolean isRetryable() {
    return status == 429 || status >= 500;
  }
}
