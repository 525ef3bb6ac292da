package dev.s3logs.source.notification;

import java.util.Objects;

/**
 * An object a notification says was created: where it is and what the notification said about
 * it.
 *
 * @param bucket the bucket's name
 * @param key the object's key as stored in S3, already URL-decoded where the notification
 *     encodes it
 * @param size the size in bytes, -1 when the notification does not give it
 * @param eventName {@code ObjectCreated:Put} and the like for S3 notifications, {@code Object
 *     Created:PutObject} (detail-type, then reason) for EventBridge events
 * @param eventTime when S3 created it, ISO-8601, empty when the notification does not say
 * @param sequencer S3's ordering token for events on the same key, empty when absent
 */
public record CreatedObject(String bucket, String key, long size, String eventName,
    String eventTime, String sequencer) {

  public CreatedObject {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(sequencer, "sequencer");
  }

  /** {@code s3://bucket/key}, for messages. */
  public String uri() {
    return "s3://" + bucket + "/" + key;
  }
}
