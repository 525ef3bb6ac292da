package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.testing.LocalS3;
import dev.s3logs.testing.LocalSqs;
import dev.s3logs.testing.S3Notifications;
import dev.s3logs.testing.SearchEngines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code s3logs run} as a process, the way it is deployed: with a capped heap, and stopped with
 * SIGTERM.
 */
class RunProcessIT {

  private static final LocalS3 S3 = LocalS3.get();
  private static final LocalSqs SQS = LocalSqs.get();
  private static final Path JAR = Path.of("target", "s3logs.jar");

  @TempDir
  Path dir;

  /**
   * A 200 MB object (gzipped on S3) read with 256 MB of heap, while the queue's 2-second
   * visibility timeout is extended: the message is received once, and every line is stored.
   */
  @Test
  void aLargeObjectIsStreamedInLittleMemoryAndItsMessageKeptInvisible() throws Exception {
    String bucket = "run-large";
    S3.createBucket(bucket);
    String queue = SQS.createQueueWithDeadLetters("run-large", 1, Duration.ofSeconds(2));
    long bytes = putGenerated(bucket, "2026-11-01-00-00-00-LARGE", 520_000);
    assertThat(bytes).isGreaterThan(200L << 20);
    SQS.send(queue, S3Notifications.direct(bucket, "2026-11-01-00-00-00-LARGE", bytes));

    Finished run = start("run-large", queue, List.of("--exit-when-idle", "3"),
        List.of("-Xmx256m")).await(Duration.ofMinutes(8));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("1 messages received, 1 deleted, 0 left for redelivery")
        .containsPattern("kept invisible [1-9]\\d* times");
    Matcher m = Pattern.compile("(\\d+) lines: (\\d+) stored").matcher(run.err());
    assertThat(m.find()).as(run.err()).isTrue();
    assertThat(Long.parseLong(m.group(1))).isEqualTo(520_000);
    assertThat(count("run-large-2*")).isEqualTo(Long.parseLong(m.group(2)));
    assertThat(SQS.approximateCount(SQS.deadLetterQueueUrl("run-large"))).isZero();
  }

  /**
   * SIGTERM in the middle: the process stops receiving, finishes or hands back what it holds,
   * and exits 0 in bounded time; a second run takes the rest, and every line is stored once.
   */
  @Test
  void sigtermStopsWithinTheTimeoutAndLosesNothing() throws Exception {
    String bucket = "run-sigterm";
    S3.createBucket(bucket);
    // A receive still waiting when the first process ends may take messages nobody reads: they
    // come back when their visibility timeout ends, so the second run waits longer than that.
    String queue = SQS.createQueue("run-sigterm",
        Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "5"));
    long lines = 0;
    for (int i = 0; i < 30; i++) {
      String key = String.format("2026-11-01-00-%02d-00-PART", i);
      long size = putGenerated(bucket, key, 3_000, i);
      SQS.send(queue, S3Notifications.direct(bucket, key, size));
      lines += 3_000;
    }
    Running first = start("run-sigterm", queue, List.of("--shutdown-timeout", "10"), List.of());
    waitUntil(() -> count("run-sigterm-2*") > 0, Duration.ofMinutes(2));
    long signalled = System.nanoTime();
    first.process.destroy(); // SIGTERM
    Finished stopped = first.await(Duration.ofSeconds(60));
    assertThat(stopped.exitCode()).as(stopped.err()).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThan(Duration.ofSeconds(25));
    assertThat(stopped.err()).contains("stopping: receiving no more");

    Finished rest = start("run-sigterm", queue, List.of("--exit-when-idle", "8"), List.of())
        .await(Duration.ofMinutes(5));
    assertThat(rest.exitCode()).as(rest.err()).isZero();
    assertThat(SQS.approximateCount(queue)).isZero();
    // every line is a document or a dead letter (some twice in the file: objects handed back
    // were read again), and each document is there once
    assertThat(count("run-sigterm-2*") + deadLetteredLines(dir.resolve("run-sigterm-dead.ndjson")))
        .isEqualTo(lines);
  }

  private static long deadLetteredLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    return Files.readAllLines(file).stream()
        .map(line -> line.replaceAll(".*\"source\":\"([^\"]*)\",\"line_number\":(\\d+).*",
            "$1:$2"))
        .distinct().count();
  }

  private long putGenerated(String bucket, String key, int lines) throws IOException {
    return putGenerated(bucket, key, lines, 42);
  }

  /** Generated lines, gzipped into S3; returns the uncompressed size. */
  private long putGenerated(String bucket, String key, int lines, int seed) throws IOException {
    Path file = dir.resolve(key + ".gz");
    CountingStream counted;
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      counted = new CountingStream(gz);
      int code = Main.run(new Streams(System.in, counted, new PrintStream(
          new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), "generate", "--lines",
          Integer.toString(lines), "--seed", Integer.toString(seed), "--days", "1");
      assertThat(code).isZero();
    }
    S3.put(bucket, key, Files.readAllBytes(file));
    return counted.count;
  }

  private Running start(String prefix, String queue, List<String> more, List<String> jvm)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(List.of("-jar", JAR.toString(), "run", "--queue", queue,
        "--to", SearchEngines.opensearch().baseUri().toString(),
        "--index", prefix + "-{yyyy.MM.dd}", "--s3-endpoint-url", S3.endpoint().toString(),
        "--sqs-endpoint-url", SQS.endpoint().toString(), "--s3-region", "us-east-1",
        "--dead-letter", dir.resolve(prefix + "-dead.ndjson").toString()));
    command.addAll(more);
    Path err = Files.createTempFile(dir, prefix, ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(err.toFile());
    builder.environment().put("AWS_ACCESS_KEY_ID", S3.accessKey());
    builder.environment().put("AWS_SECRET_ACCESS_KEY", S3.secretKey());
    return new Running(builder.start(), err);
  }

  private record Running(Process process, Path err) {

    Finished await(Duration limit) throws Exception {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("still running after " + limit + ":\n" + Files.readString(err));
      }
      return new Finished(process.exitValue(), Files.readString(err));
    }
  }

  private record Finished(int exitCode, String err) {
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited " + limit).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static final class CountingStream extends java.io.FilterOutputStream {

    private long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }
  }

  private static long count(String indices) {
    return SearchEngines.opensearch().rest().count(indices);
  }
}
