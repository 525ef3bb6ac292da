package dev.s3logs.source.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.s3logs.json.JsonTree;
import dev.s3logs.source.notification.Notification.TestEvent;
import dev.s3logs.source.notification.Notification.Unrecognised;
import java.util.Locale;

/**
 * Reads the body of an SQS message from a log bucket's notification queue: an S3 event
 * notification, the same inside an SNS notification (raw message delivery off), an S3 test event
 * (either way), or an EventBridge event from {@code aws.s3}. Bad input never throws: it comes
 * back {@link Unrecognised} with the reason.
 */
public final class NotificationReader {

  private NotificationReader() {
  }

  /** What the message body asks for; never null, never throws. */
  public static Notification read(String body) {
    try {
      return read(body, true);
    } catch (RuntimeException e) {
      // A surprise in the SDK or Jackson must not stop the consumer: the message goes to the DLQ.
      return new Unrecognised("cannot read the notification: " + e);
    }
  }

  private static Notification read(String body, boolean envelopeAllowed) {
    if (body == null || body.isBlank()) {
      return new Unrecognised("empty message body");
    }
    JsonNode root;
    try {
      // Refuses trailing tokens: two documents or a truncated envelope are not what S3 sent.
      root = JsonTree.read(body);
    } catch (JsonProcessingException e) {
      return new Unrecognised("not JSON: " + e.getOriginalMessage());
    }
    if (!root.isObject()) {
      String kind = root.getNodeType().name().toLowerCase(Locale.ROOT);
      return new Unrecognised("JSON " + kind + ", not an object");
    }
    return readObject(root, body, envelopeAllowed);
  }

  private static Notification readObject(JsonNode root, String body, boolean envelopeAllowed) {
    if (root.has("Records")) {
      return S3EventRecords.read(body);
    }
    if ("s3:TestEvent".equals(root.path("Event").asText())) {
      return new TestEvent();
    }
    if ("aws.s3".equals(root.path("source").asText()) && root.path("detail-type").isTextual()) {
      return EventBridgeEvent.read(root);
    }
    if (root.path("Type").isTextual() && root.has("TopicArn")) {
      return envelopeAllowed ? unwrapSns(root) : new Unrecognised("SNS envelope inside another");
    }
    return new Unrecognised("JSON object is not an S3 event notification (no Records), an S3 test"
        + " event, an SNS notification or an EventBridge event from aws.s3");
  }

  private static Notification unwrapSns(JsonNode envelope) {
    String type = envelope.get("Type").asText();
    if (!"Notification".equals(type)) {
      return new Unrecognised("SNS " + type + " message, not a Notification");
    }
    JsonNode message = envelope.path("Message");
    if (!message.isTextual()) {
      return new Unrecognised("SNS notification without a Message string");
    }
    Notification inner = read(message.asText(), false);
    return inner instanceof Unrecognised u ? new Unrecognised("SNS Message: " + u.reason()) : inner;
  }
}
