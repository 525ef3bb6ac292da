package dev.s3logs.lambda.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the event that Lambda's SQS event source mapping sends:
 * {@code {"Records":[{"messageId":...,"body":...,"eventSourceARN":...}, ...]}}. A record without
 * a message id cannot be answered for, so it makes the whole event malformed; anything wrong
 * with a body is that message's problem, found later.
 */
public final class SqsEvent {

  private SqsEvent() {
  }

  /** @throws MalformedEventException when the event is not an SQS event */
  public static List<SqsMessage> read(InputStream in) throws IOException {
    JsonNode records = EventJson.object(in, "the SQS event").path("Records");
    if (!records.isArray()) {
      throw new MalformedEventException("the event has no Records array: not an SQS event (is"
          + " the function's handler dev.s3logs.lambda.SqsHandler meant for another trigger?)");
    }
    List<SqsMessage> messages = new ArrayList<>();
    for (JsonNode record : records) {
      messages.add(message(record, messages.size() + 1));
    }
    return messages;
  }

  private static SqsMessage message(JsonNode record, int number) {
    String source = EventJson.text(record.path("eventSource"));
    String id = EventJson.text(record.path("messageId"));
    if (!"aws:sqs".equals(source) || id.isEmpty()) {
      throw new MalformedEventException("record " + number + " of the event is not an SQS"
          + " message (eventSource '" + source + "', messageId '" + id + "')");
    }
    return new SqsMessage(id, EventJson.text(record.path("body")),
        EventJson.text(record.path("eventSourceARN")));
  }
}
