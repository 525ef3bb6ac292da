package dev.s3logs.lambda.event;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;

/**
 * The answer to an SQS event under ReportBatchItemFailures: the messages that failed, which
 * stay on the queue; every other message of the batch is deleted.
 */
public final class BatchResponse {

  private BatchResponse() {
  }

  /** Writes {@code {"batchItemFailures":[{"itemIdentifier":"<messageId>"}, ...]}}. */
  public static void write(Collection<String> failedMessageIds, OutputStream out)
      throws IOException {
    try (JsonGenerator json = EventJson.WRITER.createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("batchItemFailures");
      for (String id : failedMessageIds) {
        json.writeStartObject();
        json.writeStringField("itemIdentifier", id);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
