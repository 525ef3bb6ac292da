package dev.s3logs.source.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The message bodies under src/test/resources/notifications/. */
final class Samples {

  private Samples() {
  }

  static String body(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/notifications/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource notifications/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Notification read(String name) {
    return NotificationReader.read(body(name));
  }
}
