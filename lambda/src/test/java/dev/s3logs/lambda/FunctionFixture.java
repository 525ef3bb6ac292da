package dev.s3logs.lambda;

import dev.s3logs.lambda.emulator.LambdaFunction;
import dev.s3logs.testing.LocalS3;
import dev.s3logs.testing.LocalSqs;
import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.SearchEngine;
import dev.s3logs.testing.SearchEngines;
import dev.s3logs.testing.SigV4Verifier;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * A function with a role's session credentials, as Lambda gives them (key, secret and token in
 * the environment), reading S3Proxy and ElasticMQ on loopback and writing to the real OpenSearch
 * through a proxy that checks every request's SigV4 signature, token included.
 */
final class FunctionFixture implements AutoCloseable {

  static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEHQaCXVzLWVhc3QtMSJHMEUCIQD-s3logs-test";

  final LocalS3 s3 = LocalS3.get();
  final LocalSqs sqs = LocalSqs.get();
  final SearchEngine engine = SearchEngines.opensearch();
  final SigV4Verifier verifier;
  final LoopbackProxy proxy;
  final String prefix;

  /** @param prefix of the test's indices, which are deleted first */
  FunctionFixture(String prefix) {
    this.prefix = prefix;
    engine.rest().delete("/" + prefix + "-*");
    verifier = new SigV4Verifier(AwsSessionCredentials.create(s3.accessKey(), s3.secretKey(),
        SESSION_TOKEN), "es", "us-east-1");
    proxy = LoopbackProxy.in(engine.baseUri(), verifier);
  }

  /** The function's environment: its credentials, where S3, SQS and the engine are. */
  Map<String, String> env(String... more) {
    Map<String, String> env = new HashMap<>(Map.of(
        "AWS_ACCESS_KEY_ID", s3.accessKey(),
        "AWS_SECRET_ACCESS_KEY", s3.secretKey(),
        "AWS_SESSION_TOKEN", SESSION_TOKEN,
        "S3LOGS_TO", proxy.uri().toString(),
        "S3LOGS_INDEX", prefix + "-{yyyy.MM.dd}",
        "S3LOGS_S3_ENDPOINT_URL", s3.endpoint().toString(),
        "S3LOGS_SQS_ENDPOINT_URL", sqs.endpoint().toString()));
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  LambdaFunction start(String handler, String name, String... more) {
    return LambdaFunction.start("dev.s3logs.lambda." + handler + "::handleRequest", env(more),
        name);
  }

  /** Documents in the test's indices, the dead-letter index included. */
  long documents() {
    return engine.rest().count(prefix + "-*");
  }

  void put(String bucket, String key, byte[] body) {
    s3.createBucket(bucket);
    s3.put(bucket, key, body);
  }

  @Override
  public void close() {
    proxy.close();
  }
}
