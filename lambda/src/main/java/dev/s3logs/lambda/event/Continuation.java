package dev.s3logs.lambda.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.s3logs.json.JsonTree;
import dev.s3logs.source.s3.S3Position;
import dev.s3logs.source.s3.S3Position.Encoding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The message the SQS handler leaves on its own queue for the rest of an object it had no time
 * to finish: {@code {"s3logs":"continue","version":1,"bucket":"logs","key":"2024-...",
 * "eTag":"\"9b2c...\"","offset":52428800,"encoding":"gzip"}}. The offset is in uncompressed
 * bytes, at a line's start; the ETag keeps the rest from being read from another object of the
 * same key.
 */
public final class Continuation {

  private static final String MARKER = "s3logs";
  private static final String CONTINUE = "continue";
  private static final int VERSION = 1;

  private Continuation() {
  }

  /** The message body that continues at {@code rest}. */
  public static String body(S3Position rest) {
    if (rest.offset() > 0 && rest.eTag() == null) {
      throw new IllegalArgumentException("a continuation past the start needs the ETag");
    }
    StringWriter body = new StringWriter();
    try (JsonGenerator json = EventJson.WRITER.createGenerator(body)) {
      json.writeStartObject();
      json.writeStringField(MARKER, CONTINUE);
      json.writeNumberField("version", VERSION);
      json.writeStringField("bucket", rest.bucket());
      json.writeStringField("key", rest.key());
      json.writeStringField("eTag", rest.eTag());
      json.writeNumberField("offset", rest.offset());
      json.writeStringField("encoding", rest.encoding().name().toLowerCase(Locale.ROOT));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string failed", e);
    }
    return body.toString();
  }

  /**
   * The position a message body continues from, or empty when the body is not a continuation.
   *
   * @throws IllegalArgumentException when it is one but cannot be used, saying why
   */
  public static Optional<S3Position> read(String body) {
    JsonNode json;
    try {
      json = JsonTree.read(body);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (!CONTINUE.equals(EventJson.text(json.get(MARKER)))) {
      return Optional.empty();
    }
    if (json.path("version").asInt() != VERSION) {
      throw new IllegalArgumentException("continuation of version "
          + json.path("version").asText()
          + ", not " + VERSION + ": sent by another release of s3logs?");
    }
    return Optional.of(position(json));
  }

  private static S3Position position(JsonNode json) {
    String bucket = EventJson.text(json.get("bucket"));
    String key = EventJson.text(json.get("key"));
    JsonNode offset = json.get("offset");
    if (bucket.isEmpty() || key.isEmpty() || offset == null || !offset.canConvertToLong()) {
      throw new IllegalArgumentException("continuation without bucket, key or offset");
    }
    String eTag = EventJson.text(json.get("eTag"));
    Encoding encoding = encoding(EventJson.text(json.get("encoding")));
    return new S3Position(bucket, key, eTag.isEmpty() ? null : eTag, offset.asLong(), encoding);
  }

  private static Encoding encoding(String name) {
    return switch (name) {
      case "plain" -> Encoding.PLAIN;
      case "gzip" -> Encoding.GZIP;
      case "unknown", "" -> Encoding.UNKNOWN;
      default -> throw new IllegalArgumentException("continuation with encoding '" + name
          + "', not plain or gzip");
    };
  }
}
