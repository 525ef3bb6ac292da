package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.testing.LocalS3;
import dev.s3logs.testing.SearchEngines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code parse} and {@code ingest} of {@code s3://bucket/prefix} against a real S3 API: only the
 * objects of the days asked for are read, and a source that cannot be used is one line.
 */
class S3InputsIT {

  private static final String CORPUS = "target/test-classes/public-samples.log";
  private static final LocalS3 S3 = LocalS3.get();
  /** The corpus line that does not parse (line 58). */
  private static final int BAD_LINE = 57;
  private static List<String> corpus;

  @BeforeAll
  static void credentials() throws IOException {
    // The SDK's default chain reads these first; the loopback S3 checks the signature.
    System.setProperty("aws.accessKeyId", S3.accessKey());
    System.setProperty("aws.secretAccessKey", S3.secretKey());
    corpus = Files.readAllLines(Path.of(CORPUS));
  }

  @Test
  void sinceReadsOnlyTheObjectsOfThatDayOnAndGetsNothingElse() {
    String bucket = putDays("inputs-since");
    try (LocalS3.Counting counting = S3.counting()) {
      CommandRun run = CommandRun.run("parse", "s3://" + bucket + "/logs/", "--since",
          "2024-03-01", "--s3-endpoint-url", counting.endpoint().toString(), "--s3-region",
          "us-east-1");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo(parsed(corpus.subList(20, 80)));
      assertThat(run.out().lines()).hasSize(59);
      assertThat(run.err()).contains("60 lines from 2 inputs: 59 documents, 1 failed",
          "s3://" + bucket + "/logs/2024-03-02-08-15-00-LATER:8: ")
          .doesNotContain("OLDEST", "BEFORE", "ELSEWHERE");
      assertThat(counting.count("GET", "/" + bucket + "/logs/")).as(counting.requests().toString())
          .isEqualTo(2);
      assertThat(counting.count("GET", "/" + bucket + "/logs/2024-03-01-00-00-00-ABCDEF"))
          .isEqualTo(1);
      assertThat(counting.count("GET", "/" + bucket + "/logs/2024-03-02-08-15-00-LATER"))
          .isEqualTo(1);
      assertThat(counting.count("GET", "/" + bucket + "/other/")).isZero();
    }
  }

  @Test
  void withoutABoundEveryObjectUnderThePrefixIsRead() {
    String bucket = putDays("inputs-all");
    CommandRun run = CommandRun.run("parse", "s3://" + bucket + "/logs/", "--s3-endpoint-url",
        S3.endpoint().toString(), "--s3-region", "us-east-1");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> all = new ArrayList<>(oldest());
    all.addAll(corpus.subList(10, 80));
    assertThat(run.out()).isEqualTo(parsed(all));
    assertThat(run.err()).contains("81 lines from 4 inputs: 79 documents, 2 failed",
        "s3://" + bucket + "/logs/2024-02-28-23-59-59-OLDEST:11: ",
        "s3://" + bucket + "/logs/2024-03-02-08-15-00-LATER:8: ");
  }

  @Test
  void ingestStoresEveryLineOfTheChosenDaysOnce() {
    String bucket = putDays("inputs-ingest");
    try (LocalS3.Counting counting = S3.counting()) {
      CommandRun run = CommandRun.run("ingest", "s3://" + bucket + "/logs/", "--since",
          "2024-03-01", "--to", SearchEngines.opensearch().baseUri().toString(), "--index",
          "s3-inputs-{yyyy.MM.dd}", "--s3-endpoint-url", counting.endpoint().toString(),
          "--s3-region", "us-east-1");
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.LINES_FAILED);
      assertThat(run.err()).contains("60 lines from 2 inputs", "59 stored (59 new",
          "1 failed to parse");
      assertThat(counting.count("GET", "/" + bucket + "/logs/")).as(counting.requests().toString())
          .isEqualTo(2);
    }
    assertThat(count("s3-inputs-2*")).isEqualTo(59);
    assertThat(count("s3-inputs-failed")).isEqualTo(1);
  }

  @Test
  void aMissingBucketIsOneLineAndExitStatusFive() {
    CommandRun run = parse("s3://inputs-no-such-bucket/logs/");
    assertOneLine(run, ExitCodes.SOURCE);
    assertThat(run.err()).contains("no bucket 'inputs-no-such-bucket'", "--s3-endpoint-url");
  }

  @Test
  void aWrongSecretIsOneLineNamingTheCredentials() {
    String bucket = putDays("inputs-secret");
    String secret = System.getProperty("aws.secretAccessKey");
    System.setProperty("aws.secretAccessKey", "not-the-secret");
    try {
      CommandRun run = parse("s3://" + bucket + "/logs/");
      assertOneLine(run, ExitCodes.SOURCE);
      assertThat(run.err()).contains("AWS credentials refused by S3", "AWS_SECRET_ACCESS_KEY");
    } finally {
      System.setProperty("aws.secretAccessKey", secret);
    }
  }

  @Test
  void aMalformedS3UrlIsAUsageErrorOfOneLine() {
    CommandRun run = parse("s3://UPPER/x");
    assertOneLine(run, ExitCodes.USAGE);
    assertThat(run.err()).contains("invalid bucket name 'UPPER'", "lower case");
  }

  private static CommandRun parse(String url) {
    return CommandRun.run("parse", url, "--s3-endpoint-url", S3.endpoint().toString(),
        "--s3-region", "us-east-1");
  }

  private static void assertOneLine(CommandRun run, int exitCode) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    assertThat(run.err().lines().toList()).as(run.err()).hasSize(1).first().asString()
        .startsWith("s3logs parse: ");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  /**
   * Four days of simple-layout logs under logs/, and one object elsewhere. The oldest object
   * also holds the line that does not parse, so that a failure names the object it came from.
   */
  private static String putDays(String bucket) {
    S3.createBucket(bucket);
    S3.put(bucket, "logs/2024-02-28-23-59-59-OLDEST", text(oldest()));
    S3.put(bucket, "logs/2024-02-29-23-59-59-BEFORE", text(corpus.subList(10, 20)));
    S3.put(bucket, "logs/2024-03-01-00-00-00-ABCDEF", text(corpus.subList(20, 50)));
    S3.put(bucket, "logs/2024-03-02-08-15-00-LATER", text(corpus.subList(50, 80)));
    S3.put(bucket, "other/2024-03-05-00-00-00-ELSEWHERE", text(corpus.subList(0, 5)));
    return bucket;
  }

  private static List<String> oldest() {
    List<String> lines = new ArrayList<>(corpus.subList(0, 10));
    lines.add(corpus.get(BAD_LINE));
    return lines;
  }

  /** What parse prints for these lines read from standard input: documents carry no source. */
  private static String parsed(List<String> lines) {
    CommandRun local = CommandRun.withInput(String.join("\n", lines) + "\n", "parse");
    assertThat(local.exitCode()).as(local.err()).isZero();
    return local.out();
  }

  private static byte[] text(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }


  private static long count(String indices) {
    return SearchEngines.opensearch().rest().count(indices);
  }
}
