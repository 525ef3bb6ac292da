package dev.s3logs.app;

import dev.s3logs.sink.aws.AwsTarget;
import dev.s3logs.sink.http.ApiKeyAuth;
import dev.s3logs.sink.http.BasicAuth;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.http.RequestAuth;
import dev.s3logs.sink.http.TlsSettings;
import dev.s3logs.sink.search.Engine;
import dev.s3logs.sink.search.EngineDetection;
import java.io.Console;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the search engine is and how to talk to it: shared by {@code ingest} and {@code setup}. */
final class EngineOptions {

  enum EngineChoice { auto, opensearch, elasticsearch, serverless }

  enum AuthChoice { none, basic, apikey, aws }

  @Option(names = "--to", required = true, paramLabel = "URL",
      description = "The engine's URL, e.g. https://search-logs-abc.eu-west-1.es.amazonaws.com")
  URI url;

  @Option(names = "--engine", paramLabel = "KIND", defaultValue = "auto",
      description = "auto (ask the engine), opensearch, elasticsearch or serverless "
          + "(default: ${DEFAULT-VALUE})")
  EngineChoice engine;

  @Option(names = "--auth", paramLabel = "KIND",
      description = "none, basic, apikey or aws (SigV4). Default: basic with --user, else none")
  AuthChoice auth;

  @Option(names = "--user", paramLabel = "NAME",
      description = "User for basic authentication; the password comes from the variable named "
          + "by --password-env, else from a prompt")
  String user;

  @Option(names = "--password-env", paramLabel = "VAR", defaultValue = "S3LOGS_PASSWORD",
      description = "Environment variable holding the password (default: ${DEFAULT-VALUE})")
  String passwordEnv;

  @Option(names = "--api-key-env", paramLabel = "VAR", defaultValue = "S3LOGS_API_KEY",
      description = "Environment variable holding the encoded API key (default: ${DEFAULT-VALUE})")
  String apiKeyEnv;

  @Option(names = "--aws-region", paramLabel = "REGION",
      description = "Region to sign for (default: from the host, else AWS_REGION)")
  String awsRegion;

  @Option(names = "--aws-service", paramLabel = "NAME",
      description = "es or aoss (default: aoss for *.aoss.amazonaws.com hosts, else es)")
  String awsService;

  @Option(names = "--aws-role-arn", paramLabel = "ARN",
      description = "Role to assume with the default credentials before signing")
  String awsRoleArn;

  @Option(names = "--ca-cert", paramLabel = "PEM", description = "Trust this CA (PEM file)")
  Path caCert;

  @Option(names = "--insecure", description = "Do not check the server's TLS certificate")
  boolean insecure;

  @Option(names = "--gzip", description = "Compress request bodies")
  boolean gzip;

  HttpTransport transport(PrintStream err) {
    if (insecure) {
      err.println("s3logs: WARNING: --insecure: the server's certificate is not checked; anyone"
          + " on the network path can read and change what is sent");
      System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
    }
    return new HttpTransport(url, requestAuth(), new TlsSettings(caCert, insecure), gzip,
        Duration.ofSeconds(120));
  }

  /** The engine the user named, or the one that answers. */
  Engine engine(HttpTransport http) {
    return switch (engine) {
      case opensearch -> new Engine(Engine.Flavor.OPENSEARCH, "unknown");
      case elasticsearch -> new Engine(Engine.Flavor.ELASTICSEARCH, "unknown");
      case serverless -> new Engine(Engine.Flavor.OPENSEARCH_SERVERLESS, "unknown");
      case auto -> isServerlessHost() ? new Engine(Engine.Flavor.OPENSEARCH_SERVERLESS, "unknown")
          : EngineDetection.detect(http);
    };
  }

  /** Serverless answers no {@code GET /}: its host (or --aws-service) says what it is. */
  private boolean isServerlessHost() {
    return AwsTarget.SERVERLESS.equals(AwsTarget.serviceOf(url, awsService));
  }

  private RequestAuth requestAuth() {
    AuthChoice kind = auth != null ? auth : user != null ? AuthChoice.basic : AuthChoice.none;
    return switch (kind) {
      case none -> RequestAuth.NONE;
      case basic -> new BasicAuth(requireUser(), password());
      case apikey -> new ApiKeyAuth(requiredEnv(apiKeyEnv, "the API key"));
      case aws -> AwsAuthOptions.create(url, awsService, awsRegion, awsRoleArn);
    };
  }

  private String requireUser() {
    if (user == null) {
      throw new IllegalArgumentException("--auth basic needs --user");
    }
    return user;
  }

  private String password() {
    String fromEnv = System.getenv(passwordEnv);
    if (fromEnv != null) {
      return fromEnv;
    }
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException("no password: set " + passwordEnv
          + " (no terminal to ask on)");
    }
    char[] typed = console.readPassword("Password for %s at %s: ", user, url);
    return typed == null ? "" : new String(typed);
  }

  private static String requiredEnv(String variable, String what) {
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("no " + what + ": set the environment variable "
          + variable);
    }
    return value;
  }
}
