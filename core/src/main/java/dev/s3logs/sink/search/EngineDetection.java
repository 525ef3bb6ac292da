package dev.s3logs.sink.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.s3logs.json.JsonTree;
import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;

/**
 * Finds out which engine answers at a URL, from {@code GET /}: OpenSearch names its
 * {@code distribution}; Elasticsearch sends an {@code X-elastic-product} header on every answer.
 * Clusters that hide {@code GET /} get a second question, {@code GET /_cat/nodes}.
 */
public final class EngineDetection {

  private EngineDetection() {
  }

  public static Engine detect(HttpTransport http) {
    HttpReply root = http.get("/");
    refuseAuthFailure(http, root);
    if (root.isSuccess()) {
      return fromRoot(root);
    }
    HttpReply nodes = http.get("/_cat/nodes?h=version&format=json");
    refuseAuthFailure(http, nodes);
    if (!nodes.isSuccess()) {
      throw new EngineDetectionException("cannot tell which engine answers at " + http.base()
          + ": GET / gave HTTP " + root.status() + " and GET /_cat/nodes HTTP " + nodes.status()
          + "; name it with --engine opensearch|elasticsearch");
    }
    String version = read(nodes).path(0).path("version").asText("unknown");
    return new Engine(isElastic(nodes) ? Engine.Flavor.ELASTICSEARCH : Engine.Flavor.OPENSEARCH,
        version);
  }

  private static Engine fromRoot(HttpReply root) {
    JsonNode version = read(root).path("version");
    String number = version.path("number").asText("unknown");
    if ("opensearch".equals(version.path("distribution").asText())) {
      return new Engine(Engine.Flavor.OPENSEARCH, number);
    }
    if (isElastic(root) || version.has("build_flavor")) {
      return new Engine(Engine.Flavor.ELASTICSEARCH, number);
    }
    // OpenSearch in compatibility mode reports 7.10.2 and no distribution; Elasticsearch always
    // sends its product header, so an answer without it is OpenSearch.
    return new Engine(Engine.Flavor.OPENSEARCH, number);
  }

  private static boolean isElastic(HttpReply reply) {
    return reply.header("X-elastic-product").isPresent();
  }

  private static void refuseAuthFailure(HttpTransport http, HttpReply reply) {
    if (reply.status() == 401 || reply.status() == 403) {
      throw new EngineDetectionException(http.base() + " refused the credentials (HTTP "
          + reply.status() + "): check --user / --auth");
    }
  }

  private static JsonNode read(HttpReply reply) {
    try {
      return JsonTree.read(reply.body());
    } catch (JsonProcessingException e) {
      String text = reply.text();
      throw new EngineDetectionException("the answer to GET / is not JSON: "
          + text.substring(0, Math.min(200, text.length())), e);
    }
  }
}
