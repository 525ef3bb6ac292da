package dev.s3logs.dashboards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The chart parameters of a panel's visualisation: only what differs from the type's defaults,
 * which both products merge in when they load it.
 */
final class ChartParams {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ChartParams() {
  }

  static ObjectNode of(Panel panel) {
    return switch (panel.kind()) {
      case LINE_OVER_TIME, BAR -> panel.share() ? shares() : series(panel);
      case PIE -> chart(panel).put("isDonut", true);
      case TABLE -> NODES.objectNode().put("perPage", 10).put("showPartialRows", false)
          .put("showMetricsAtAllLevels", false).put("showTotal", false)
          .put("totalFunc", "sum").put("percentageCol", "");
      case METRIC -> NODES.objectNode().put("type", "metric").put("addTooltip", true)
          .put("addLegend", false);
    };
  }

  private static ObjectNode chart(Panel panel) {
    return NODES.objectNode().put("type", panel.kind().visType()).put("addTooltip", true)
        .put("addLegend", true).put("legendPosition", "right");
  }

  /**
   * One series per metric, named: the products' defaults describe only the first metric, and
   * the latency panel has one per field.
   */
  private static ObjectNode series(Panel panel) {
    ObjectNode params = chart(panel);
    ArrayNode series = params.putArray("seriesParams");
    String type = panel.kind() == PanelKind.BAR ? "histogram" : "line";
    int metrics = Math.max(1, panel.fields().size());
    for (int i = 0; i < metrics; i++) {
      series.addObject().put("show", true).put("type", type).put("mode", "normal")
          .<ObjectNode>set("data", NODES.objectNode().put("label", label(panel, i))
              .put("id", String.valueOf(i + 1)))
          .put("valueAxis", "ValueAxis-1").put("drawLinesBetweenPoints", true)
          .put("lineWidth", 2).put("interpolate", "linear").put("showCircles", true);
    }
    return params;
  }

  private static String label(Panel panel, int metric) {
    return switch (panel.aggregation()) {
      case COUNT -> "Count";
      case SUM -> "Sum of " + panel.fields().get(metric);
      case PERCENTILES -> "Percentiles of " + panel.fields().get(metric);
      case CARDINALITY -> "Unique count of " + panel.fields().get(metric);
    };
  }

  /** Series stacked to 100%: each one's share of the requests, i.e. the error rates. */
  private static ObjectNode shares() {
    ObjectNode params = NODES.objectNode().put("type", "area").put("addTooltip", true)
        .put("addLegend", true).put("legendPosition", "right");
    params.putArray("valueAxes").addObject().put("id", "ValueAxis-1")
        .put("name", "LeftAxis-1").put("type", "value").put("position", "left")
        .put("show", true).<ObjectNode>set("scale", NODES.objectNode().put("type", "linear")
            .put("mode", "percentage"))
        .set("title", NODES.objectNode().put("text", "Share of requests"));
    params.putArray("seriesParams").addObject().put("show", true).put("type", "area")
        .put("mode", "stacked").<ObjectNode>set("data", NODES.objectNode().put("label", "Count")
            .put("id", "1"))
        .put("valueAxis", "ValueAxis-1").put("drawLinesBetweenPoints", true)
        .put("interpolate", "linear").put("showCircles", true);
    return params;
  }
}
