package dev.s3logs.testing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * A real SQS API on loopback for the integration tests: ElasticMQ, in memory, accepting any
 * credentials. The first test that asks starts it (in about 2 s, in a JVM of its own); the rest
 * of the JVM's tests share it, so give each test queues of its own.
 */
public final class LocalSqs {

  private static final StartOnce<LocalSqs> SERVER = new StartOnce<>(LocalSqs::start);
  private static final String REGION = "us-east-1";
  private static final String ACCOUNT = "000000000000";
  private static final String DEAD_LETTER_SUFFIX = "-dlq";

  private final int port;
  private final SqsClient client;

  private LocalSqs(int port) {
    this.port = port;
    this.client = SqsClient.builder()
        .endpointOverride(endpoint())
        .region(Region.of(REGION))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("s3logs-test", "s3logs-test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /** Starts the server on first use; the same one afterwards. */
  public static LocalSqs get() {
    return SERVER.get();
  }

  private static LocalSqs start() {
    long began = System.nanoTime();
    int port = FreePort.pick();
    ChildJvm jvm = ChildJvm.start("elasticmq", Map.of("elasticmq.conf", configuration(port)),
        List.of("-Dconfig.file=elasticmq.conf"), "org.elasticmq.server.Main", List.of());
    LocalSqs sqs = new LocalSqs(port);
    jvm.awaitAnswering(sqs.endpoint());
    System.err.printf("[local-aws] ElasticMQ at %s ready in %.1f s%n",
        sqs.endpoint(), (System.nanoTime() - began) / 1e9);
    return sqs;
  }

  private static String configuration(int port) {
    return String.join("\n",
        "include classpath(\"application.conf\")",
        // the queue URLs it hands out name this address
        "node-address { protocol = http, host = \"127.0.0.1\", port = " + port + " }",
        "rest-sqs { enabled = true, bind-hostname = \"127.0.0.1\", bind-port = " + port + " }",
        "rest-stats.enabled = false",
        "aws { region = \"" + REGION + "\", accountId = \"" + ACCOUNT + "\" }",
        "");
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public String region() {
    return REGION;
  }

  /** A client for the server, shared by all tests: do not close it. */
  public SqsClient client() {
    return client;
  }

  /** The queue's URL; creates it first unless it exists (an existing one keeps its attributes). */
  public String createQueue(String name, Map<QueueAttributeName, String> attributes) {
    try {
      return client.getQueueUrl(request -> request.queueName(name)).queueUrl();
    } catch (QueueDoesNotExistException absent) {
      return client.createQueue(request -> request.queueName(name).attributes(attributes))
          .queueUrl();
    }
  }

  /**
   * Creates {@code name} and its dead-letter queue {@code name-dlq}: a message received
   * {@code maxReceiveCount} times without being deleted moves there on its next receive.
   *
   * @return the main queue's URL
   */
  public String createQueueWithDeadLetters(String name, int maxReceiveCount,
      Duration visibilityTimeout) {
    String deadLetters = createQueue(name + DEAD_LETTER_SUFFIX, Map.of());
    String deadLettersArn = attributes(deadLetters, QueueAttributeName.QUEUE_ARN)
        .get(QueueAttributeName.QUEUE_ARN);
    String redrivePolicy = "{\"deadLetterTargetArn\":\"" + deadLettersArn
        + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}";
    return createQueue(name, Map.of(
        QueueAttributeName.REDRIVE_POLICY, redrivePolicy,
        QueueAttributeName.VISIBILITY_TIMEOUT, Long.toString(visibilityTimeout.toSeconds())));
  }

  /** The URL of the dead-letter queue that {@link #createQueueWithDeadLetters} made for name. */
  public String deadLetterQueueUrl(String name) {
    return client.getQueueUrl(request -> request.queueName(name + DEAD_LETTER_SUFFIX)).queueUrl();
  }

  public void send(String queueUrl, String body) {
    client.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
  }

  /** Messages in the queue, visible or in flight (received, not yet deleted). */
  public int approximateCount(String queueUrl) {
    QueueAttributeName visible = QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES;
    QueueAttributeName inFlight = QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE;
    Map<QueueAttributeName, String> counts = attributes(queueUrl, visible, inFlight);
    return Integer.parseInt(counts.get(visible)) + Integer.parseInt(counts.get(inFlight));
  }

  private Map<QueueAttributeName, String> attributes(String queueUrl, QueueAttributeName... names) {
    return client.getQueueAttributes(request -> request.queueUrl(queueUrl).attributeNames(names))
        .attributes();
  }
}
