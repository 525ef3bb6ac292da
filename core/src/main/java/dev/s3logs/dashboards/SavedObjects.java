package dev.s3logs.dashboards;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The saved objects of the s3logs dashboard for one product, as the NDJSON its import API takes:
 * the index pattern, one visualisation per panel, then the dashboard that lays them out.
 */
public final class SavedObjects {

  private SavedObjects() {
  }

  public static String ndjson(Product product, DashboardTarget target, List<Panel> panels) {
    StringBuilder out = new StringBuilder();
    for (ObjectNode object : objects(product, target, panels)) {
      out.append(object).append('\n');
    }
    return out.toString();
  }

  public static List<ObjectNode> objects(Product product, DashboardTarget target,
      List<Panel> panels) {
    List<ObjectNode> objects = new ArrayList<>();
    objects.add(IndexPatternObject.of(product, target, List.of(ScriptedField.HOUR_OF_DAY)));
    panels.forEach(panel -> objects.add(VisualizationObject.of(product, target, panel)));
    objects.add(DashboardObject.of(target, panels));
    return objects;
  }
}
