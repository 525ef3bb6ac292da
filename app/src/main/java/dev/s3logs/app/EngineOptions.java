package dev.s3logs.app;

import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.config.AuthConfig;
import dev.s3logs.config.EngineConfig;
import dev.s3logs.store.duckdb.DuckDbLocation;
import java.io.Console;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the search engine is and how to talk to it: shared by {@code ingest} and {@code setup}. */
final class EngineOptions {

  enum EngineChoice { auto, opensearch, elasticsearch, serverless }

  enum AuthChoice { none, basic, apikey, aws }

  // Not required by picocli: ingest and run store into DuckDB without it; setup needs it.
  @Option(names = "--to", paramLabel = "URL",
      description = "The engine's URL, e.g. https://search-logs-abc.eu-west-1.es.amazonaws.com;"
          + " for ingest and run also duckdb:PATH, a local DuckDB file (their default: "
          + DuckDbLocation.DEFAULT + ")")
  String to;

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

  /** The engine settings these options give; secrets are read from the environment here. */
  EngineConfig config() {
    return new EngineConfig(url(), EngineConfig.EngineKind.valueOf(engine.name().toUpperCase()),
        authConfig(), caCert, insecure, gzip);
  }

  /** Connects to the engine, notes on standard error. */
  EngineConnection connect(PrintStream err) {
    return EngineConnection.open(config(), note -> err.println("s3logs: " + note));
  }

  /** The engine's URL; {@code --to} is required where only an engine will do. */
  URI url() {
    if (to == null) {
      throw new IllegalArgumentException("--to is required: the engine's URL");
    }
    if (DuckDbLocation.isNamedBy(to)) {
      throw new IllegalArgumentException("--to " + to + ": this command needs a search engine's"
          + " URL, not a DuckDB file");
    }
    try {
      return new URI(to);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--to '" + to + "' is not a URL: " + e.getMessage());
    }
  }

  private AuthConfig authConfig() {
    AuthChoice kind = auth != null ? auth : user != null ? AuthChoice.basic : AuthChoice.none;
    return switch (kind) {
      case none -> AuthConfig.NONE;
      case basic -> AuthConfig.basic(requireUser(), password());
      case apikey -> AuthConfig.apiKey(requiredEnv(apiKeyEnv, "the API key"));
      case aws -> AuthConfig.aws(awsService, awsRegion, awsRoleArn);
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
    char[] typed = console.readPassword("Password for %s at %s: ", user, to);
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
