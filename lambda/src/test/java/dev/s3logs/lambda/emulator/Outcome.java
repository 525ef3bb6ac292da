package dev.s3logs.lambda.emulator;

import java.time.Duration;

/**
 * What the runtime answered to one invocation: its response, or its error.
 *
 * @param body the response, or for an error the runtime's JSON ({@code errorMessage},
 *     {@code errorType}, {@code stackTrace})
 * @param errorType the {@code Lambda-Runtime-Function-Error-Type} header of an error, else null
 * @param took from handing the event out to the answer
 * @param late whether the answer came after the invocation's deadline
 */
public record Outcome(String requestId, String body, String errorType, Duration took,
    boolean late) {

  public boolean failed() {
    return errorType != null;
  }
}
