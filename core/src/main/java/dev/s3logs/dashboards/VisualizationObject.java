package dev.s3logs.dashboards;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A panel as an aggregation-based visualisation saved object that reads the index pattern. */
final class VisualizationObject {

  static final String INDEX_REF = "kibanaSavedObjectMeta.searchSourceJSON.index";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private VisualizationObject() {
  }

  static ObjectNode of(Product product, DashboardTarget target, Panel panel) {
    ObjectNode attributes = NODES.objectNode();
    attributes.put("title", panel.title());
    attributes.put("description", "");
    attributes.put("visState", VisState.of(product, panel).toString());
    attributes.put("uiStateJSON", "{}");
    attributes.put("version", 1);
    attributes.putObject("kibanaSavedObjectMeta").put("searchSourceJSON",
        searchSource(panel).toString());
    ObjectNode object = NODES.objectNode();
    object.put("type", "visualization");
    object.put("id", target.visualizationId(panel));
    object.set("attributes", attributes);
    object.putArray("references").addObject().put("name", INDEX_REF)
        .put("type", "index-pattern").put("id", target.indexPatternId());
    object.putObject("migrationVersion").put("visualization", "7.10.0");
    return object;
  }

  private static ObjectNode searchSource(Panel panel) {
    ObjectNode source = NODES.objectNode();
    source.putObject("query").put("query", panel.filter() == null ? "" : panel.filter().kql())
        .put("language", "kuery");
    source.putArray("filter");
    source.put("indexRefName", INDEX_REF);
    return source;
  }
}
