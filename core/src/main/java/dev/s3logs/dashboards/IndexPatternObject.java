package dev.s3logs.dashboards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The index pattern (Kibana: data view) saved object, with its scripted fields. */
final class IndexPatternObject {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private IndexPatternObject() {
  }

  static ObjectNode of(Product product, DashboardTarget target, List<ScriptedField> scripted) {
    ObjectNode attributes = NODES.objectNode();
    attributes.put("title", target.indexPattern());
    if (product.namesDataViews()) {
      attributes.put("name", target.dashboardTitle());
    }
    attributes.put("timeFieldName", DashboardTarget.TIME_FIELD);
    // Only the scripted fields: both products read the others from the engine when loading.
    attributes.put("fields", fields(scripted).toString());
    ObjectNode object = NODES.objectNode();
    object.put("type", "index-pattern");
    object.put("id", target.indexPatternId());
    object.set("attributes", attributes);
    object.set("references", NODES.arrayNode());
    object.putObject("migrationVersion").put("index-pattern", "7.6.0");
    return object;
  }

  private static ArrayNode fields(List<ScriptedField> scripted) {
    ArrayNode fields = NODES.arrayNode();
    for (ScriptedField field : scripted) {
      fields.addObject().put("name", field.name()).put("type", field.type())
          .put("count", 0).put("scripted", true).put("script", field.script())
          .put("lang", "painless").put("searchable", true).put("aggregatable", true)
          .put("readFromDocValues", false);
    }
    return fields;
  }
}
