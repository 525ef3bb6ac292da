package dev.s3logs.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to reach a search engine: where it is, what it is (or {@code AUTO} to ask it), how to
 * authenticate and how to check its certificate.
 *
 * @param caCert PEM file of the authorities to trust instead of the JDK's, or null
 * @param insecure accept any certificate and host name (loudly)
 * @param gzip compress request bodies
 */
public record EngineConfig(URI url, EngineKind kind, AuthConfig auth, Path caCert,
    boolean insecure, boolean gzip) {

  /** What the user says the engine is. */
  public enum EngineKind { AUTO, OPENSEARCH, ELASTICSEARCH, SERVERLESS }

  public EngineConfig {
    Objects.requireNonNull(url, "the engine's URL");
    Objects.requireNonNull(kind, "the engine kind");
    Objects.requireNonNull(auth, "the authentication");
  }
}
