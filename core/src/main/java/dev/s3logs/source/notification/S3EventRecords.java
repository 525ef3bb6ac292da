package dev.s3logs.source.notification;

import dev.s3logs.source.notification.Notification.NothingToRead;
import dev.s3logs.source.notification.Notification.ObjectsCreated;
import dev.s3logs.source.notification.Notification.Unrecognised;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.eventnotifications.s3.model.S3;
import software.amazon.awssdk.eventnotifications.s3.model.S3EventNotification;
import software.amazon.awssdk.eventnotifications.s3.model.S3EventNotificationRecord;
import software.amazon.awssdk.eventnotifications.s3.model.S3Object;

/** An S3 event notification ({@code {"Records":[...]}}), read with the AWS SDK's model. */
final class S3EventRecords {

  private static final String CREATED = "ObjectCreated:";

  private S3EventRecords() {
  }

  static Notification read(String json) {
    List<S3EventNotificationRecord> records;
    try {
      records = S3EventNotification.fromJson(json).getRecords();
    } catch (RuntimeException e) {
      // The SDK's messages name the field: "expected 'Records' to be an array, but was not."
      return new Unrecognised("S3 event notification: " + e.getMessage());
    }
    if (records == null || records.isEmpty()) {
      return new Unrecognised("S3 event notification without records");
    }
    return read(records);
  }

  private static Notification read(List<S3EventNotificationRecord> records) {
    List<CreatedObject> created = new ArrayList<>();
    Set<String> otherEvents = new LinkedHashSet<>();
    for (int i = 0; i < records.size(); i++) {
      S3EventNotificationRecord record = records.get(i);
      String problem = problem(record);
      if (problem != null) {
        return new Unrecognised("S3 event record " + (i + 1) + " " + problem);
      }
      if (!record.getEventName().startsWith(CREATED)) {
        otherEvents.add(record.getEventName());
        continue;
      }
      S3Object object = record.getS3().getObject();
      Optional<String> key = decoded(object);
      if (key.isEmpty()) {
        return new Unrecognised("S3 event record " + (i + 1) + " has a key that is not"
            + " URL-encoded: " + object.getKey());
      }
      created.add(created(record, key.get()));
    }
    return created.isEmpty()
        ? new NothingToRead("no object created: " + String.join(", ", otherEvents))
        : new ObjectsCreated(created);
  }

  /** Why the record cannot be an S3 event, or null when it has what every S3 event has. */
  private static String problem(S3EventNotificationRecord record) {
    if (record == null) {
      return "is not an object";
    }
    if (!"aws:s3".equals(record.getEventSource())) {
      return "has eventSource " + record.getEventSource() + ", not aws:s3";
    }
    if (record.getEventName() == null || record.getEventName().isEmpty()) {
      return "has no eventName";
    }
    S3 s3 = record.getS3();
    if (s3 == null) {
      return "has no s3 field";
    }
    if (s3.getBucket() == null || isEmpty(s3.getBucket().getName())) {
      return "has no s3.bucket.name";
    }
    if (s3.getObject() == null || isEmpty(s3.getObject().getKey())) {
      return "has no s3.object.key";
    }
    return null;
  }

  /**
   * S3 form-encodes keys in notifications ({@code +} a space, {@code %2B} a plus), see "Event
   * message structure" in the S3 user guide; the SDK decodes them so.
   */
  private static Optional<String> decoded(S3Object object) {
    try {
      return Optional.of(object.getUrlDecodedKey());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static CreatedObject created(S3EventNotificationRecord record, String key) {
    S3Object object = record.getS3().getObject();
    return new CreatedObject(record.getS3().getBucket().getName(), key,
        object.getSizeAsLong() == null ? -1 : object.getSizeAsLong(), record.getEventName(),
        record.getEventTime() == null ? "" : record.getEventTime().toString(),
        object.getSequencer() == null ? "" : object.getSequencer());
  }

  private static boolean isEmpty(String text) {
    return text == null || text.isEmpty();
  }
}
