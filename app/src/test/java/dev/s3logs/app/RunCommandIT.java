package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.testing.LocalS3;
import dev.s3logs.testing.LocalSqs;
import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.S3Notifications;
import dev.s3logs.testing.SearchEngine;
import dev.s3logs.testing.SearchEngines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code s3logs run} as deployed: objects put into S3, the notifications S3 (or SNS, or
 * EventBridge) sends put on the queue, the command consuming them into OpenSearch.
 */
class RunCommandIT {

  private static final String CORPUS = "target/test-classes/public-samples.log";
  private static final LocalS3 S3 = LocalS3.get();
  private static final LocalSqs SQS = LocalSqs.get();

  @BeforeAll
  static void credentials() {
    // The SDK's default chain reads these first; the loopback S3 checks the signature.
    System.setProperty("aws.accessKeyId", S3.accessKey());
    System.setProperty("aws.secretAccessKey", S3.secretKey());
  }

  @Test
  void everyLineOfEveryObjectIsIndexedAndEveryMessageDeletedWhateverTheForm() throws IOException {
    List<String> corpus = Files.readAllLines(Path.of(CORPUS));
    String bucket = "run-forms";
    S3.createBucket(bucket);
    String queue = SQS.createQueue("run-forms", Map.of());
    String spaced = "access logs/2024-03-01-00-00-00-A+B C";
    byte[] first = text(corpus.subList(0, 30));
    byte[] second = gzip(text(corpus.subList(30, 60)));
    byte[] third = text(corpus.subList(60, 80));
    S3.put(bucket, spaced, first);
    S3.put(bucket, "logs/2024-03-01-00-00-01-GZIP", second);
    S3.put(bucket, "logs/2024-03-01-00-00-02-EB", third);
    S3.put(bucket, "logs/2024-03-01-00-00-03-EMPTY", new byte[0]);
    SQS.send(queue, S3Notifications.testEvent(bucket));
    SQS.send(queue, S3Notifications.direct(bucket, spaced, first.length));
    SQS.send(queue,
        S3Notifications.viaSns(bucket, "logs/2024-03-01-00-00-01-GZIP", second.length));
    SQS.send(queue,
        S3Notifications.eventBridge(bucket, "logs/2024-03-01-00-00-02-EB", third.length));
    SQS.send(queue, S3Notifications.direct(bucket, "logs/2024-03-01-00-00-03-EMPTY", 0));

    CommandRun run = run(queue, "run-forms");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).as(() -> deadLetters("run-forms-failed"))
        .contains("5 messages received, 5 deleted, 0 left for redelivery",
            "4 objects (0 failed), 80 lines: 79 stored", "1 failed to parse");
    assertThat(count("run-forms-2*")).isEqualTo(79);
    assertThat(count("run-forms-failed")).isEqualTo(1);
    assertThat(SQS.approximateCount(queue)).isZero();
  }

  @Test
  void oneNotificationDeliveredThreeTimesGivesEachDocumentOnce() throws IOException {
    String bucket = "run-repeats";
    S3.createBucket(bucket);
    String queue = SQS.createQueue("run-repeats", Map.of());
    byte[] corpus = Files.readAllBytes(Path.of(CORPUS));
    S3.put(bucket, "2024-03-01-00-00-00-SAME", corpus);
    for (int i = 0; i < 3; i++) {
      SQS.send(queue, S3Notifications.direct(bucket, "2024-03-01-00-00-00-SAME", corpus.length));
    }
    CommandRun run = run(queue, "run-repeats");
    assertThat(run.err()).as(run.err()).contains("3 messages received, 3 deleted");
    assertThat(count("run-repeats-2*")).isEqualTo(79);
    assertThat(count("run-repeats-failed")).isEqualTo(1);
  }

  @Test
  void twoConsumersOnOneQueueStoreEachLineOnce() throws Exception {
    String bucket = "run-two";
    S3.createBucket(bucket);
    String queue = SQS.createQueue("run-two", Map.of());
    List<String> corpus = Files.readAllLines(Path.of(CORPUS));
    for (int i = 0; i < 40; i++) {
      String key = "2024-03-01-00-00-" + String.format("%02d", i) + "-PART";
      byte[] part = text(corpus.subList(i * 2, i * 2 + 2));
      S3.put(bucket, key, part);
      SQS.send(queue, S3Notifications.direct(bucket, key, part.length));
      SQS.send(queue, S3Notifications.direct(bucket, key, part.length)); // redelivered too
    }
    CompletableFuture<CommandRun> one = CompletableFuture.supplyAsync(() -> run(queue, "run-two"));
    CompletableFuture<CommandRun> two = CompletableFuture.supplyAsync(() -> run(queue, "run-two"));
    assertThat(one.get().exitCode()).as(one.get().err()).isZero();
    assertThat(two.get().exitCode()).as(two.get().err()).isZero();
    assertThat(received(one.get()) + received(two.get())).isEqualTo(80);
    assertThat(count("run-two-2*")).isEqualTo(79);
    assertThat(SQS.approximateCount(queue)).as(one.get().err() + two.get().err()).isZero();
  }

  @Test
  void aMessageThatIsNoNotificationReachesTheDeadLetterQueueAndDisturbsNothing()
      throws IOException {
    String bucket = "run-poison";
    S3.createBucket(bucket);
    String queue = SQS.createQueueWithDeadLetters("run-poison", 2, Duration.ofSeconds(1));
    byte[] corpus = Files.readAllBytes(Path.of(CORPUS));
    S3.put(bucket, "2024-03-01-00-00-00-GOOD", corpus);
    SQS.send(queue, "{\"this\": \"is not a notification\"}");
    SQS.send(queue, S3Notifications.direct(bucket, "2024-03-01-00-00-00-GOOD", corpus.length));
    CommandRun run = run(queue, "run-poison", "--exit-when-idle", "4");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // received twice (maxReceiveCount 2), never deleted; then SQS moved it to its DLQ
    assertThat(run.err()).contains("3 messages received, 1 deleted, 0 left for redelivery,"
        + " 2 not notifications");
    assertThat(count("run-poison-2*")).isEqualTo(79);
    assertThat(SQS.approximateCount(queue)).isZero();
    assertThat(SQS.approximateCount(SQS.deadLetterQueueUrl("run-poison"))).isEqualTo(1);
  }

  /**
   * The engine refuses every bulk request for a while: the message is not deleted (nor
   * dead-lettered), and once the engine is back the run stores everything by itself.
   */
  @Test
  void anEngineDownKeepsTheMessageAndTheRunRecoversWhenItIsBack() throws Exception {
    String bucket = "run-outage";
    S3.createBucket(bucket);
    String queue = SQS.createQueue("run-outage", Map.of());
    byte[] corpus = Files.readAllBytes(Path.of(CORPUS));
    S3.put(bucket, "2024-03-01-00-00-00-OUTAGE", corpus);
    AtomicBoolean down = new AtomicBoolean(true);
    AtomicInteger refused = new AtomicInteger();
    try (LoopbackProxy engine = LoopbackProxy.in(SearchEngines.opensearch().baseUri(),
        request -> down.get() && request.pathAndQuery().startsWith("/_bulk")
            ? Optional.of(refusal(refused)) : Optional.empty())) {
      CompletableFuture<CommandRun> running = CompletableFuture.supplyAsync(() -> run(queue,
          "run-outage", engine.uri(), "--max-attempts", "2", "--exit-when-idle", "5"));
      SQS.send(queue, S3Notifications.direct(bucket, "2024-03-01-00-00-00-OUTAGE",
          corpus.length));
      waitUntil(() -> refused.get() >= 4);
      assertThat(SQS.approximateCount(queue)).isEqualTo(1);
      assertThat(count("run-outage-*")).isZero();
      down.set(false);
      CommandRun run = running.get();
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).contains("0 not notifications", "1 deleted")
          .containsPattern("[2-9] messages received");
    }
    assertThat(count("run-outage-2*")).isEqualTo(79);
    assertThat(count("run-outage-failed")).isEqualTo(1);
    assertThat(SQS.approximateCount(queue)).isZero();
  }

  private static LoopbackProxy.Answer refusal(AtomicInteger refused) {
    refused.incrementAndGet();
    return LoopbackProxy.Answer.json(503, "{\"error\":\"down for the test\"}");
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  @Test
  void aMissingQueueIsOneLineNamingTheSetting() {
    CommandRun run = CommandRun.run("run", "--queue", "no-such-queue", "--to",
        SearchEngines.opensearch().baseUri().toString(), "--s3-endpoint-url",
        S3.endpoint().toString(), "--sqs-endpoint-url", SQS.endpoint().toString(),
        "--s3-region", "us-east-1", "--exit-when-idle", "1");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOURCE);
    assertThat(run.err().lines().filter(l -> l.contains("no queue no-such-queue")).count())
        .as(run.err()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  private static CommandRun run(String queue, String prefix, String... more) {
    return run(queue, prefix, SearchEngines.opensearch().baseUri(), more);
  }

  private static CommandRun run(String queue, String prefix, URI engine, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--queue", queue, "--to",
        engine.toString(), "--index", prefix + "-{yyyy.MM.dd}",
        "--s3-endpoint-url", S3.endpoint().toString(), "--sqs-endpoint-url",
        SQS.endpoint().toString(), "--s3-region", "us-east-1", "--threads", "2"));
    args.addAll(more.length > 0 ? List.of(more) : List.of("--exit-when-idle", "2"));
    return CommandRun.run(args.toArray(String[]::new));
  }

  /** The first dead letters, to show why documents were refused when a test fails. */
  private static String deadLetters(String index) {
    return SearchEngines.opensearch().rest().get("/" + index + "/_search?size=3").body();
  }

  private static long received(CommandRun run) {
    Matcher m = Pattern.compile("(\\d+) messages received").matcher(run.err());
    assertThat(m.find()).as(run.err()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static byte[] text(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static long count(String indices) {
    return SearchEngines.opensearch().rest().count(indices);
  }
}
