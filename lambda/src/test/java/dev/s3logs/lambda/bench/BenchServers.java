package dev.s3logs.lambda.bench;

import dev.s3logs.testing.LocalS3;
import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.SigV4Verifier;
import dev.s3logs.testing.StandaloneEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * What the function talks to, off its core (they inherit the benchmark's CPU affinity): S3Proxy
 * with the log objects, one OpenSearch, and the proxy in front of it that checks every SigV4
 * signature and session token, as the function and ingest sign with a role's credentials.
 */
final class BenchServers implements AutoCloseable {

  static final String BUCKET = "lambda-bench";
  static final String INDEX_PREFIX = "lambda-bench";
  private static final String TOKEN = "IQoJb3JpZ2luX2VjEHQaCXVzLWVhc3QtMSJHMEUCIQD-bench";

  final LocalS3 s3 = LocalS3.get();
  final StandaloneEngine engine;
  final SigV4Verifier verifier;
  final LoopbackProxy proxy;

  private BenchServers(StandaloneEngine engine) {
    this.engine = engine;
    this.verifier = new SigV4Verifier(AwsSessionCredentials.create(s3.accessKey(),
        s3.secretKey(), TOKEN), "es", "us-east-1");
    this.proxy = LoopbackProxy.in(engine.engine().baseUri(), verifier);
  }

  static BenchServers start() throws IOException, InterruptedException {
    return new BenchServers(StandaloneEngine.openSearch("-Xms1g -Xmx1g"));
  }

  /** Puts the file as an object named like the file; its key. */
  String upload(Path log) {
    s3.createBucket(BUCKET);
    try {
      String key = "logs/" + log.getFileName();
      s3.put(BUCKET, key, Files.readAllBytes(log));
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The role's credentials and the region, as Lambda gives them to a function. */
  Map<String, String> credentials() {
    return new HashMap<>(Map.of("AWS_ACCESS_KEY_ID", s3.accessKey(),
        "AWS_SECRET_ACCESS_KEY", s3.secretKey(), "AWS_SESSION_TOKEN", TOKEN,
        "AWS_REGION", "us-east-1"));
  }

  /** The function's settings. */
  Map<String, String> functionEnvironment() {
    Map<String, String> env = credentials();
    env.put("S3LOGS_TO", proxy.uri().toString());
    env.put("S3LOGS_INDEX", INDEX_PREFIX + "-{yyyy.MM.dd}");
    env.put("S3LOGS_S3_ENDPOINT_URL", s3.endpoint().toString());
    return env;
  }

  long documents() {
    return engine.engine().rest().count(INDEX_PREFIX + "-*");
  }

  @Override
  public void close() {
    proxy.close();
    engine.close();
  }
}
