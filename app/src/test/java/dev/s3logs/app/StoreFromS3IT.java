package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.testing.LocalS3;
import dev.s3logs.testing.LocalSqs;
import dev.s3logs.testing.S3Notifications;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} and {@code ingest s3://} into a DuckDB file, against a real S3 API and queue (no
 * search engine): every line stored once, failed lines kept, every message deleted.
 */
class StoreFromS3IT {

  private static final String CORPUS = "target/test-classes/public-samples.log";
  private static final LocalS3 S3 = LocalS3.get();
  private static final LocalSqs SQS = LocalSqs.get();

  @TempDir
  Path dir;

  @BeforeAll
  static void credentials() {
    // The SDK's default chain reads these first; the loopback S3 checks the signature.
    System.setProperty("aws.accessKeyId", S3.accessKey());
    System.setProperty("aws.secretAccessKey", S3.secretKey());
  }

  @Test
  void runStoresEachLineOnceAndDeletesEveryMessage() throws Exception {
    List<String> corpus = Files.readAllLines(Path.of(CORPUS));
    String bucket = "store-run";
    S3.createBucket(bucket);
    String queue = SQS.createQueue("store-run", Map.of());
    byte[] first = text(corpus.subList(0, 40));
    byte[] second = text(corpus.subList(40, 80));
    S3.put(bucket, "logs/2024-03-01-00-00-00-A", first);
    S3.put(bucket, "logs/2024-03-01-00-00-01-B", second);
    SQS.send(queue, S3Notifications.direct(bucket, "logs/2024-03-01-00-00-00-A", first.length));
    SQS.send(queue, S3Notifications.direct(bucket, "logs/2024-03-01-00-00-01-B", second.length));
    SQS.send(queue, S3Notifications.direct(bucket, "logs/2024-03-01-00-00-01-B", second.length));
    Path db = dir.resolve("run.duckdb");

    CommandRun run = CommandRun.run("run", "--queue", queue, "--to", "duckdb:" + db,
        "--s3-endpoint-url", S3.endpoint().toString(), "--sqs-endpoint-url",
        SQS.endpoint().toString(), "--s3-region", "us-east-1", "--threads", "2",
        "--exit-when-idle", "2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("consuming " + queue + " into duckdb:" + db,
        "3 messages received, 3 deleted, 0 left for redelivery",
        // B's failed line was read twice, and kept once
        "120 lines: 118 stored (39 already there), 2 failed to parse",
        "2 failed lines are kept in the table dead_letters of " + db);
    assertThat(StoreRows.count(db, "requests")).isEqualTo(79);
    assertThat(StoreRows.count(db, "dead_letters")).isEqualTo(1);
    assertThat(SQS.approximateCount(queue)).isZero();
  }

  @Test
  void ingestReadsABucketPrefixIntoTheFile() throws Exception {
    byte[] corpus = Files.readAllBytes(Path.of(CORPUS));
    String bucket = "store-ingest";
    S3.createBucket(bucket);
    S3.put(bucket, "logs/2024-03-01-00-00-00-ALL", corpus);
    Path db = dir.resolve("ingest.duckdb");

    CommandRun run = CommandRun.run("ingest", "s3://" + bucket + "/logs/", "--to",
        "duckdb:" + db, "--s3-endpoint-url", S3.endpoint().toString(), "--s3-region",
        "us-east-1");

    assertThat(run.err()).contains("80 lines from 1 input into duckdb:" + db + ": 79 stored");
    assertThat(StoreRows.count(db, "requests")).isEqualTo(79);
  }

  private static byte[] text(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
