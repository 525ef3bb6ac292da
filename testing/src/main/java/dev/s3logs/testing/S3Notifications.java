package dev.s3logs.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Message bodies exactly as S3, SNS and EventBridge put them on a queue, for tests and
 * benchmarks of the queue consumer.
 */
public final class S3Notifications {

  private S3Notifications() {
  }

  /** S3's own notification; the key form-encoded as S3 does ("a b+c" is "a+b%2Bc"). */
  public static String direct(String bucket, String key, long size) {
    return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\","
        + "\"awsRegion\":\"us-east-1\",\"eventTime\":\"2024-03-01T00:00:01.123Z\","
        + "\"eventName\":\"ObjectCreated:Put\",\"userIdentity\":{\"principalId\":"
        + "\"AWS:AIDAEXAMPLE\"},\"requestParameters\":{\"sourceIPAddress\":\"192.0.2.1\"},"
        + "\"responseElements\":{\"x-amz-request-id\":\"C3D13FE58DE4C810\",\"x-amz-id-2\":"
        + "\"FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD\"},"
        + "\"s3\":{\"s3SchemaVersion\":\"1.0\",\"configurationId\":\"access-logs\","
        + "\"bucket\":{\"name\":\"" + bucket + "\",\"ownerIdentity\":{\"principalId\":"
        + "\"A3NL1KOZZKExample\"},\"arn\":\"arn:aws:s3:::" + bucket + "\"},"
        + "\"object\":{\"key\":\"" + encoded(key) + "\",\"size\":" + size + ","
        + "\"eTag\":\"d41d8cd98f00b204e9800998ecf8427e\",\"sequencer\":\"0055AED6DCD90281E5\"}}}]}";
  }

  /** The same through an SNS topic with raw message delivery off. */
  public static String viaSns(String bucket, String key, long size) {
    String inner = direct(bucket, key, size).replace("\\", "\\\\").replace("\"", "\\\"");
    return "{\"Type\":\"Notification\",\"MessageId\":\"22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\","
        + "\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:access-logs\","
        + "\"Subject\":\"Amazon S3 Notification\",\"Message\":\"" + inner + "\","
        + "\"Timestamp\":\"2024-03-01T00:00:01.456Z\",\"SignatureVersion\":\"1\","
        + "\"Signature\":\"EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7\","
        + "\"SigningCertURL\":\"https://sns.us-east-1.amazonaws.com/SimpleNotificationService-"
        + "0000000000000000000000.pem\",\"UnsubscribeURL\":\"https://sns.us-east-1.amazonaws.com"
        + "/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:access-logs"
        + ":00000000-0000-0000-0000-000000000000\"}";
  }

  /** EventBridge's "Object Created" event, sent to the queue by a rule; its key is not encoded. */
  public static String eventBridge(String bucket, String key, long size) {
    return "{\"version\":\"0\",\"id\":\"17793124-05d4-b198-2fde-7ededc63b103\","
        + "\"detail-type\":\"Object Created\",\"source\":\"aws.s3\",\"account\":\"123456789012\","
        + "\"time\":\"2024-03-01T00:00:01Z\",\"region\":\"us-east-1\",\"resources\":"
        + "[\"arn:aws:s3:::" + bucket + "\"],\"detail\":{\"version\":\"0\",\"bucket\":{\"name\":\""
        + bucket + "\"},\"object\":{\"key\":\"" + key + "\",\"size\":" + size + ",\"etag\":"
        + "\"b1946ac92492d2347c6235b4d2611184\",\"sequencer\":\"00617F08299329D189\"},"
        + "\"request-id\":\"N4N7GDK58NMKJ12R\",\"requester\":\"123456789012\","
        + "\"source-ip-address\":\"192.0.2.1\",\"reason\":\"PutObject\"}}";
  }

  /** What S3 sends once when a notification is configured. */
  public static String testEvent(String bucket) {
    return "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":"
        + "\"2024-03-01T00:00:00.000Z\",\"Bucket\":\"" + bucket + "\",\"RequestId\":"
        + "\"5582815E1AEA5ADF\",\"HostId\":\"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6\"}";
  }

  private static String encoded(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
  }
}
