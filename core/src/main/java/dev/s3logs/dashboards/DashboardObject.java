package dev.s3logs.dashboards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The dashboard saved object: the panels two to a row, each a reference to its visualisation. */
final class DashboardObject {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int WIDTH = 24;
  private static final int HEIGHT = 15;

  private DashboardObject() {
  }

  static ObjectNode of(DashboardTarget target, List<Panel> panels) {
    ArrayNode layout = NODES.arrayNode();
    ArrayNode references = NODES.arrayNode();
    for (int i = 0; i < panels.size(); i++) {
      String index = String.valueOf(i + 1);
      ObjectNode panel = layout.addObject().put("version", "7.10.0");
      panel.putObject("gridData").put("x", i % 2 * WIDTH).put("y", i / 2 * HEIGHT)
          .put("w", WIDTH).put("h", HEIGHT).put("i", index);
      panel.put("panelIndex", index).put("panelRefName", "panel_" + i);
      panel.putObject("embeddableConfig");
      references.addObject().put("name", "panel_" + i).put("type", "visualization")
          .put("id", target.visualizationId(panels.get(i)));
    }
    ObjectNode object = NODES.objectNode();
    object.put("type", "dashboard");
    object.put("id", target.dashboardId());
    object.set("attributes", attributes(target, layout));
    object.set("references", references);
    object.putObject("migrationVersion").put("dashboard", "7.9.3");
    return object;
  }

  private static ObjectNode attributes(DashboardTarget target, ArrayNode layout) {
    ObjectNode attributes = NODES.objectNode();
    attributes.put("title", target.dashboardTitle());
    attributes.put("description", "Made by s3logs setup --dashboards; imported again, it is "
        + "overwritten.");
    attributes.put("hits", 0);
    attributes.put("panelsJSON", layout.toString());
    attributes.put("optionsJSON", "{\"useMargins\":true,\"hidePanelTitles\":false}");
    attributes.put("version", 1);
    attributes.put("timeRestore", true);
    attributes.put("timeFrom", "now-24h");
    attributes.put("timeTo", "now");
    attributes.putObject("refreshInterval").put("pause", true).put("value", 0);
    attributes.putObject("kibanaSavedObjectMeta").put("searchSourceJSON",
        "{\"query\":{\"query\":\"\",\"language\":\"kuery\"},\"filter\":[]}");
    return attributes;
  }
}
