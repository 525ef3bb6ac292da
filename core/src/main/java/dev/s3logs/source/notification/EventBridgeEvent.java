package dev.s3logs.source.notification;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3logs.source.notification.Notification.NothingToRead;
import dev.s3logs.source.notification.Notification.ObjectsCreated;
import dev.s3logs.source.notification.Notification.Unrecognised;
import java.util.List;

/**
 * An EventBridge event from {@code aws.s3} delivered to SQS (see "EventBridge event message
 * structure" in the S3 user guide); only {@code Object Created} names an object to read.
 */
final class EventBridgeEvent {

  private static final String CREATED = "Object Created";

  private EventBridgeEvent() {
  }

  static Notification read(JsonNode event) {
    String type = event.get("detail-type").asText();
    if (!CREATED.equals(type)) {
      return new NothingToRead("no object created: EventBridge " + type);
    }
    JsonNode detail = event.path("detail");
    String bucket = text(detail.path("bucket").path("name"));
    if (bucket.isEmpty()) {
      return new Unrecognised("EventBridge Object Created event has no detail.bucket.name");
    }
    JsonNode object = detail.path("object");
    // Unlike S3 event notifications, EventBridge gives the key as stored, not URL-encoded: real
    // events show raw ':' and '=' where notifications send %3A and %3D (gist.github.com/
    // vincentclaes/7a5eb53acc05b316c86769fed25d4e1a, elastic/beats#36630), and
    // aws-solutions-library-samples/guidance-for-medialake-on-aws#21 fixed '+' and '%' keys by
    // no longer decoding EventBridge keys. Decoding (as Data Prepper's S3EventBridgeNotification
    // does) would turn "a+b" into "a b" and fail on "100%".
    String key = text(object.path("key"));
    if (key.isEmpty()) {
      return new Unrecognised("EventBridge Object Created event has no detail.object.key");
    }
    String reason = text(detail.path("reason"));
    return new ObjectsCreated(List.of(new CreatedObject(bucket, key,
        object.path("size").isIntegralNumber() ? object.path("size").asLong() : -1,
        reason.isEmpty() ? type : type + ":" + reason, text(event.path("time")),
        text(object.path("sequencer")))));
  }

  /** The node's text, empty when it is missing or not a string. */
  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : "";
  }
}
