package dev.s3logs.bench;

import dev.s3logs.testing.LocalSqs;
import dev.s3logs.testing.S3Notifications;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What {@link RunVersusIngest} runs: the same lines as one local file for {@code ingest} and as
 * objects in a bucket for {@code run}, the commands of both with the same bulk settings, and
 * where each round's queue and dead letters are.
 *
 * @param documents what the indices must hold after each run (the lines that parse)
 */
record RunSetup(Path root, Path work, Path log, String bucket, List<Path> objects, String prefix,
    String engineUrl, S3ProxyServer server, long documents) {

  private static final String BULK = "5mb";
  private static final String CONCURRENCY = "2";

  /** A new queue holding one notification per object; its URL. */
  String fillQueue(String label) {
    LocalSqs sqs = LocalSqs.get();
    String url = sqs.createQueue("s3bench-" + label, Map.of());
    for (Path object : objects) {
      sqs.send(url, S3Notifications.direct(bucket, prefix + object.getFileName(), size(object)));
    }
    return url;
  }

  List<String> runCommand(String queueUrl, String label) {
    return withSink(List.of("./s3logs", "run", "--queue", queueUrl,
        "--exit-when-idle", Integer.toString(RunVersusIngest.idleSeconds()),
        "--s3-endpoint-url", server.endpoint().toString(),
        "--sqs-endpoint-url", LocalSqs.get().endpoint().toString(),
        "--s3-region", S3ProxyServer.REGION), label);
  }

  List<String> ingestCommand(String label) {
    return withSink(List.of("./s3logs", "ingest", log.toString()), label);
  }

  Map<String, String> awsEnvironment() {
    return Map.of("AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
  }

  Path deadLetters(String label) {
    return work.resolve("dead-letters-" + label + ".ndjson");
  }

  private List<String> withSink(List<String> command, String label) {
    return Stream.concat(command.stream(), Stream.of("--to", engineUrl,
        "--index", RunVersusIngest.INDEX_PATTERN, "--dead-letter", deadLetters(label).toString(),
        "--bulk-size", BULK, "--concurrency", CONCURRENCY)).toList();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
