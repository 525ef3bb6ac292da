package dev.s3logs.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * AWS's published sample events (src/test/resources/events, see its README) with the bucket, key,
 * queue and bodies of a test put in their place.
 */
public final class SampleEvents {

  /** A message of an SQS event: its id and body. */
  public record Message(String id, String body) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleEvents() {
  }

  /** The Lambda console's S3 Put event for {@code bucket/key}, the key form-encoded as S3 does. */
  public static String s3Put(String bucket, String key) {
    return resource("s3-put.json").replace("example-bucket", bucket)
        .replace("test%2Fkey", URLEncoder.encode(key, StandardCharsets.UTF_8));
  }

  /** S3's EventBridge Object Created event for {@code bucket/key}. */
  public static String eventBridge(String bucket, String key) {
    return resource("eventbridge-object-created.json").replace("amzn-s3-demo-bucket1", bucket)
        .replace("\"example-key\"", "\"" + key + "\"");
  }

  /** The developer guide's SQS event, with these messages from the queue {@code queueArn}. */
  public static String sqs(String queueArn, List<Message> messages) {
    try {
      ObjectNode event = (ObjectNode) JSON.readTree(resource("sqs-receive-message.json"));
      ObjectNode template = (ObjectNode) event.get("Records").get(0);
      ArrayNode records = event.putArray("Records");
      for (Message message : messages) {
        records.add(template.deepCopy().put("messageId", message.id())
            .put("body", message.body()).put("eventSourceARN", queueArn)
            .put("awsRegion", queueArn.split(":")[3]));
      }
      return JSON.writeValueAsString(event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String resource(String name) {
    try (InputStream in = SampleEvents.class.getResourceAsStream("/events/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource events/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
