package dev.s3logs.lambda.config;

import dev.s3logs.config.AuthConfig;
import dev.s3logs.config.ConfigException;
import dev.s3logs.config.EngineConfig;
import dev.s3logs.config.EngineConfig.EngineKind;
import dev.s3logs.config.Setting;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The engine the handlers write to, and how to sign in. Unlike the command line, with no
 * S3LOGS_AUTH and no S3LOGS_USER the function signs with its role's credentials (SigV4).
 */
final class EngineSettings {

  private EngineSettings() {
  }

  static EngineConfig read(SettingValues values, Map<String, String> env) {
    URI url = url(values);
    EngineKind kind = values.find("engine").map(setting -> SettingValues.convert(setting,
        value -> choice(EngineKind.class, value, "auto, opensearch, elasticsearch or serverless")))
        .orElse(EngineKind.AUTO);
    return new EngineConfig(url, kind, auth(values, env),
        values.text("ca-cert").map(Path::of).orElse(null), values.flag("insecure"),
        values.flag("gzip"));
  }

  private static URI url(SettingValues values) {
    Setting to = values.find("to").orElseThrow(() -> new ConfigException("S3LOGS_TO is not"
        + " set: it is the URL of the OpenSearch or Elasticsearch endpoint to write to, e.g."
        + " https://search-logs-abc.eu-west-1.es.amazonaws.com (ES_ENDPOINT works too); the"
        + " Lambda handlers have no DuckDB store"));
    if (to.value().strip().toLowerCase(Locale.ROOT).startsWith("duckdb:")) {
      throw SettingValues.problem(to, "the Lambda handlers write to OpenSearch or"
          + " Elasticsearch only: there is no DuckDB store in Lambda");
    }
    return values.url("to").orElseThrow();
  }

  private static AuthConfig auth(SettingValues values, Map<String, String> env) {
    String kind = values.text("auth")
        .orElse(values.text("user").isPresent() ? "basic" : "aws").strip()
        .toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "none" -> AuthConfig.NONE;
      case "basic" -> AuthConfig.basic(user(values), secret(values, env, "password-env",
          "S3LOGS_PASSWORD", "password"));
      case "apikey" -> AuthConfig.apiKey(secret(values, env, "api-key-env", "S3LOGS_API_KEY",
          "API key"));
      case "aws" -> AuthConfig.aws(values.text("aws-service").orElse(null),
          values.text("aws-region").orElse(null), values.text("aws-role-arn").orElse(null));
      default -> throw SettingValues.problem(values.find("auth").orElseThrow(),
          "must be none, basic, apikey or aws");
    };
  }

  private static String user(SettingValues values) {
    return values.text("user").orElseThrow(() -> new ConfigException("S3LOGS_AUTH=basic needs"
        + " S3LOGS_USER, the user to sign in as"));
  }

  /** A secret from the variable that {@code option} names (default {@code variable}). */
  private static String secret(SettingValues values, Map<String, String> env, String option,
      String variable, String what) {
    String name = values.text(option, variable).strip();
    String secret = env.get(name);
    if (secret == null || secret.isBlank()) {
      throw new ConfigException("no " + what + ": set the environment variable " + name);
    }
    return secret;
  }

  static <E extends Enum<E>> E choice(Class<E> type, String value, String allowed) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("must be " + allowed);
    }
  }
}
