package dev.s3logs.testing;

import java.net.URI;

/**
 * A running OpenSearch or Elasticsearch server that a test can talk to.
 *
 * @param name "opensearch" or "elasticsearch", as the distributions name themselves
 * @param version the version the server reports about itself
 * @param baseUri where its REST API answers, e.g. {@code http://127.0.0.1:41234}
 */
public record SearchEngine(String name, String version, URI baseUri) {

  public EngineRest rest() {
    return new EngineRest(baseUri);
  }

  public boolean isOpenSearch() {
    return name.equals(EngineKind.OPENSEARCH.id);
  }

  /** Short, for the display names of parameterized tests. */
  @Override
  public String toString() {
    return name + " " + version;
  }
}
