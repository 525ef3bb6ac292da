package dev.s3logs.assembly;

import dev.s3logs.config.AuthConfig;
import dev.s3logs.config.EngineConfig;
import dev.s3logs.sink.aws.AwsCredentialChain;
import dev.s3logs.sink.aws.AwsSigV4Auth;
import dev.s3logs.sink.aws.AwsTarget;
import dev.s3logs.sink.http.ApiKeyAuth;
import dev.s3logs.sink.http.BasicAuth;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.http.RequestAuth;
import dev.s3logs.sink.http.TlsSettings;
import dev.s3logs.sink.search.Engine;
import dev.s3logs.sink.search.EngineDetection;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A search engine, reached: the HTTP transport with its authentication and TLS, and what the
 * engine is. Built the same way for every command and handler, from one {@link EngineConfig}.
 */
public record EngineConnection(HttpTransport http, Engine engine) {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  /**
   * Connects (asking the engine what it is unless the configuration says).
   *
   * @param notes hears what the user should know, such as an unchecked certificate
   */
  public static EngineConnection open(EngineConfig config, Consumer<String> notes) {
    if (config.insecure()) {
      notes.accept("WARNING: --insecure: the server's certificate is not checked; anyone on the"
          + " network path can read and change what is sent");
    }
    HttpTransport http = transport(config);
    return new EngineConnection(http, engine(config, http));
  }

  /**
   * The transport to {@code config}'s URL with its authentication and TLS, without asking what
   * answers there: also for OpenSearch Dashboards and Kibana, which take the same credentials.
   */
  public static HttpTransport transport(EngineConfig config) {
    return new HttpTransport(config.url(), auth(config),
        new TlsSettings(config.caCert(), config.insecure()), config.gzip(), TIMEOUT);
  }

  private static Engine engine(EngineConfig config, HttpTransport http) {
    return switch (config.kind()) {
      case OPENSEARCH -> new Engine(Engine.Flavor.OPENSEARCH, "unknown");
      case ELASTICSEARCH -> new Engine(Engine.Flavor.ELASTICSEARCH, "unknown");
      case SERVERLESS -> new Engine(Engine.Flavor.OPENSEARCH_SERVERLESS, "unknown");
      case AUTO -> isServerless(config)
          ? new Engine(Engine.Flavor.OPENSEARCH_SERVERLESS, "unknown")
          : EngineDetection.detect(http);
    };
  }

  /** Serverless answers no {@code GET /}: its host (or the service named) says what it is. */
  private static boolean isServerless(EngineConfig config) {
    return AwsTarget.SERVERLESS.equals(
        AwsTarget.serviceOf(config.url(), config.auth().awsService()));
  }

  /**
   * For SigV4 the credentials are resolved here, so that a missing one stops the run before any
   * input is read; the chain then renews them for as long as the process runs.
   */
  private static RequestAuth auth(EngineConfig config) {
    AuthConfig auth = config.auth();
    return switch (auth.kind()) {
      case NONE -> RequestAuth.NONE;
      case BASIC -> new BasicAuth(auth.user(), auth.password());
      case API_KEY -> new ApiKeyAuth(auth.apiKey());
      case AWS -> {
        AwsTarget target = AwsTarget.infer(config.url(), auth.awsService(), auth.awsRegion());
        yield new AwsSigV4Auth(target,
            AwsCredentialChain.open(target, Optional.ofNullable(auth.awsRoleArn())));
      }
    };
  }
}
