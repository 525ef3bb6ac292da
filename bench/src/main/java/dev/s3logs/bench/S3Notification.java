package dev.s3logs.bench;

/** The body S3 puts on a queue for a new object (keys here need no URL-encoding). */
final class S3Notification {

  private S3Notification() {
  }

  static String created(String bucket, String key, long size) {
    return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\","
        + "\"awsRegion\":\"us-east-1\",\"eventTime\":\"2024-03-01T00:00:01.123Z\","
        + "\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"s3SchemaVersion\":\"1.0\","
        + "\"configurationId\":\"access-logs\",\"bucket\":{\"name\":\"" + bucket + "\","
        + "\"arn\":\"arn:aws:s3:::" + bucket + "\"},\"object\":{\"key\":\"" + key + "\","
        + "\"size\":" + size + ",\"sequencer\":\"0055AED6DCD90281E5\"}}}]}";
  }
}
