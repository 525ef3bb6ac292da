package dev.s3logs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The harness works: the SDK's own clients talk to real S3 and SQS servers on loopback. */
class LocalAwsIT {

  private static final byte[] LOG_LINE =
      "79a5 awsexamplebucket1 [06/Feb/2019:00:00:38 +0000] 192.0.2.3 - REST.GET.OBJECT\n"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void objectsPutAreListedAndReadBack() {
    LocalS3 s3 = LocalS3.get();
    s3.createBucket("smoke-objects");
    s3.createBucket("smoke-objects");
    s3.put("smoke-objects", "logs/2019-02-06-00-00-38-A", LOG_LINE);
    s3.put("smoke-objects", "logs/2019-02-06-00-00-39-B", new byte[0]);

    List<String> keys = s3.client().listObjectsV2(r -> r.bucket("smoke-objects").prefix("logs/"))
        .contents().stream().map(S3Object::key).toList();
    assertThat(keys).containsExactly("logs/2019-02-06-00-00-38-A", "logs/2019-02-06-00-00-39-B");
    assertThat(s3.client().getObjectAsBytes(r -> r.bucket("smoke-objects")
        .key("logs/2019-02-06-00-00-38-A")).asByteArray()).isEqualTo(LOG_LINE);
  }

  @Test
  void signaturesAreChecked() {
    LocalS3 s3 = LocalS3.get();
    s3.createBucket("smoke-signed");
    StaticCredentialsProvider wrongSecret = StaticCredentialsProvider.create(
        AwsBasicCredentials.create(s3.accessKey(), "not-the-secret"));
    assertThatThrownBy(() -> s3.client().listObjectsV2(r -> r.bucket("smoke-signed")
        .overrideConfiguration(o -> o.credentialsProvider(wrongSecret))))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
  }

  @Test
  void countingEndpointPassesSignedRequestsAndCountsThem() {
    LocalS3 s3 = LocalS3.get();
    s3.createBucket("smoke-counted");
    s3.put("smoke-counted", "a/first.log", LOG_LINE);
    try (LocalS3.Counting counting = s3.counting();
        S3Client client = s3.clientFor(counting.endpoint())) {
      assertThat(client.getObjectAsBytes(r -> r.bucket("smoke-counted").key("a/first.log"))
          .asByteArray()).isEqualTo(LOG_LINE);
      // a body through the relay: the next request must still be found after it
      client.putObject(r -> r.bucket("smoke-counted").key("a/second.log"),
          RequestBody.fromBytes(LOG_LINE));
      assertThat(client.listObjectsV2(r -> r.bucket("smoke-counted")).keyCount()).isEqualTo(2);

      assertThat(counting.count("GET", "/smoke-counted/a/first.log")).isEqualTo(1);
      assertThat(counting.count("PUT", "/smoke-counted/a/second.log")).isEqualTo(1);
      assertThat(counting.requests()).hasSize(3)
          .first().isEqualTo("GET /smoke-counted/a/first.log");
      assertThat(counting.requests().get(2)).startsWith("GET /smoke-counted?list-type=2");
    }
    assertThat(s3.client().getObjectAsBytes(r -> r.bucket("smoke-counted").key("a/second.log"))
        .asByteArray()).isEqualTo(LOG_LINE);
  }

  @Test
  void messageReceivedTooOftenMovesToTheDeadLetterQueue() throws InterruptedException {
    LocalSqs sqs = LocalSqs.get();
    String queue = sqs.createQueueWithDeadLetters("smoke-redrive", 1, Duration.ofSeconds(1));
    String deadLetters = sqs.deadLetterQueueUrl("smoke-redrive");
    sqs.send(queue, "poison");

    assertThat(receive(sqs.client(), queue)).extracting(Message::body).containsExactly("poison");
    assertThat(sqs.approximateCount(queue)).isEqualTo(1);
    // not deleted: once visible again, the next receive moves it instead of returning it
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (sqs.approximateCount(deadLetters) == 0 && System.nanoTime() < deadline) {
      assertThat(receive(sqs.client(), queue)).isEmpty();
      Thread.sleep(200);
    }
    assertThat(sqs.approximateCount(deadLetters)).isEqualTo(1);
    assertThat(sqs.approximateCount(queue)).isZero();
    assertThat(receive(sqs.client(), deadLetters)).extracting(Message::body)
        .containsExactly("poison");
  }

  @Test
  void deletedMessageIsGone() {
    LocalSqs sqs = LocalSqs.get();
    String queue = sqs.createQueue("smoke-delete",
        Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "30"));
    assertThat(sqs.createQueue("smoke-delete", Map.of())).isEqualTo(queue);
    sqs.send(queue, "{\"Records\":[]}");

    List<Message> received = receive(sqs.client(), queue);
    assertThat(received).extracting(Message::body).containsExactly("{\"Records\":[]}");
    sqs.client().deleteMessage(r -> r.queueUrl(queue)
        .receiptHandle(received.get(0).receiptHandle()));
    assertThat(sqs.approximateCount(queue)).isZero();
  }

  private static List<Message> receive(SqsClient sqs, String queueUrl) {
    return sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
  }
}
