package dev.s3logs.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;

/**
 * Tells OpenSearch Dashboards from Kibana by the body of {@code GET /api/status}, which both
 * answer: OpenSearch Dashboards lists its {@code core:opensearch@<version>} status, Kibana 8
 * reports {@code status.core.elasticsearch} (Kibana 7, a {@code core:elasticsearch} status).
 */
public final class ProductDetection {

  private ProductDetection() {
  }

  public static DetectedProduct detect(HttpTransport http) {
    HttpReply reply = http.get("/api/status");
    ImportAnswers.refuseAuthFailure(http, reply);
    if (!reply.isSuccess()) {
      throw new DashboardsException("GET /api/status at " + http.base() + " answered HTTP "
          + reply.status() + ": is --dashboards the URL of OpenSearch Dashboards or Kibana? "
          + "(on Amazon OpenSearch Service it ends in /_dashboards)");
    }
    return fromStatus(http.base().toString(), ImportAnswers.json(http, reply));
  }

  /** The product that wrote {@code status}, the body of {@code GET /api/status}. */
  public static DetectedProduct fromStatus(String where, JsonNode status) {
    String version = status.at("/version/number").asText("unknown");
    if (mentions(status, "core:opensearch")) {
      return new DetectedProduct(Product.OPENSEARCH_DASHBOARDS, version);
    }
    if (status.at("/status/core/elasticsearch").isObject()
        || mentions(status, "core:elasticsearch")) {
      return new DetectedProduct(Product.KIBANA, requireKibana710(where, version));
    }
    throw new DashboardsException("cannot tell OpenSearch Dashboards from Kibana at " + where
        + ": GET /api/status names neither core:opensearch nor core.elasticsearch (does the "
        + "user see the full status? Kibana shows only a summary without credentials)");
  }

  /**
   * The objects are in the 7.10 format, which Kibana migrates forward from; an older Kibana
   * cannot read them. An unknown version is let through: the import will say.
   */
  private static String requireKibana710(String where, String version) {
    if (version.matches("[0-6]\\..*|7\\.[0-9]\\..*")) {
      throw new DashboardsException("Kibana " + version + " at " + where + " is older than "
          + "7.10, the saved-object format s3logs writes: import into Kibana 7.10 or newer");
    }
    return version;
  }

  private static boolean mentions(JsonNode status, String idPrefix) {
    for (JsonNode entry : status.at("/status/statuses")) {
      if (entry.path("id").asText().startsWith(idPrefix)) {
        return true;
      }
    }
    return false;
  }
}
