package dev.s3logs.source.notification;

import java.util.List;

/**
 * What one SQS message from a log bucket's notification queue asks for; {@link
 * NotificationReader} makes them from message bodies.
 */
public sealed interface Notification {

  /** Objects to read, in the order the message lists them; never empty. */
  record ObjectsCreated(List<CreatedObject> objects) implements Notification {

    public ObjectsCreated {
      objects = List.copyOf(objects);
      if (objects.isEmpty()) {
        throw new IllegalArgumentException("ObjectsCreated needs at least one object");
      }
    }
  }

  /** The message S3 sends when a notification is configured: delete it, read nothing. */
  record TestEvent() implements Notification {
  }

  /**
   * A valid notification with nothing to read (objects removed, restored, replicated, or created
   * but outside the key filter): delete it.
   *
   * @param why the event names or the filter, for a debug log
   */
  record NothingToRead(String why) implements Notification {
  }

  /**
   * Not a notification this reader knows: leave the message alone, so that the queue's redrive
   * policy moves it to the dead-letter queue.
   *
   * @param reason what was wrong, short enough for one log line
   */
  record Unrecognised(String reason) implements Notification {
  }
}
