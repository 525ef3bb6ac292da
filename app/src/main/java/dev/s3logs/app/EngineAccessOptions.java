package dev.s3logs.app;

import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.config.AuthConfig;
import dev.s3logs.config.EngineConfig;
import java.io.Console;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How to talk to a search engine, wherever it is: its kind, the credentials and TLS. Shared by
 * the commands that write to one ({@code --to}, {@link EngineOptions}) and {@code serve}, which
 * reads from one ({@code --from}).
 */
final class EngineAccessOptions {

  enum EngineChoice { auto, opensearch, elasticsearch, serverless }

  enum AuthChoice { none, basic, apikey, aws }

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

  /** The settings for the engine at {@code url}; secrets are read from the environment here. */
  EngineConfig config(URI url) {
    return new EngineConfig(url, EngineConfig.EngineKind.valueOf(engine.name().toUpperCase()),
        authConfig(url), caCert, insecure, gzip);
  }

  /** Connects to the engine at {@code url}, notes on standard error. */
  EngineConnection connect(URI url, PrintStream err) {
    return EngineConnection.open(config(url), note -> err.println("s3logs: " + note));
  }

  /** {@code text} as a URL; else a usage error naming {@code flag}. */
  static URI uri(String flag, String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(flag + " '" + text + "' is not a URL: " + e.getMessage());
    }
  }

  private AuthConfig authConfig(URI url) {
    AuthChoice kind = auth != null ? auth : user != null ? AuthChoice.basic : AuthChoice.none;
    return switch (kind) {
      case none -> AuthConfig.NONE;
      case basic -> AuthConfig.basic(requireUser(), password(url));
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

  private String password(URI url) {
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
