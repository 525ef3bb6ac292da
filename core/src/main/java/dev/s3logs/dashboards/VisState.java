package dev.s3logs.dashboards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A panel's {@code visState}: the aggregations (metrics first, then the buckets under the
 * schema each chart type gives them) and the chart's parameters. Parameters left out take the
 * product's defaults for the type.
 */
final class VisState {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private VisState() {
  }

  static ObjectNode of(Product product, Panel panel) {
    ObjectNode state = NODES.objectNode();
    state.put("title", panel.title());
    state.put("type", panel.share() ? "area" : panel.kind().visType());
    ArrayNode aggs = state.putArray("aggs");
    metrics(panel, aggs);
    if (panel.kind().overTime()) {
      bucket(aggs, "date_histogram", "segment").set("params", overTime(product));
    }
    if (panel.split() != null) {
      bucket(aggs, "terms", splitSchema(panel.kind())).set("params", terms(panel.split()));
    }
    if (!panel.series().isEmpty()) {
      bucket(aggs, "filters", "group").set("params", filters(panel));
    }
    state.set("params", ChartParams.of(panel));
    return state;
  }

  private static void metrics(Panel panel, ArrayNode aggs) {
    if (panel.fields().isEmpty()) {
      metric(aggs, panel.aggregation());
    }
    for (String field : panel.fields()) {
      ObjectNode params = metric(aggs, panel.aggregation()).put("field", field);
      if (panel.aggregation() == Aggregation.PERCENTILES) {
        ArrayNode percents = params.putArray("percents");
        Panel.PERCENTS.forEach(percents::add);
      }
    }
  }

  /** Adds a metric aggregation, returns its parameters. */
  private static ObjectNode metric(ArrayNode aggs, Aggregation aggregation) {
    return agg(aggs, aggregation.engineName(), "metric").putObject("params");
  }

  private static ObjectNode bucket(ArrayNode aggs, String type, String schema) {
    return agg(aggs, type, schema);
  }

  private static ObjectNode agg(ArrayNode aggs, String type, String schema) {
    String id = String.valueOf(aggs.size() + 1);
    return aggs.addObject().put("id", id).put("enabled", true)
        .put("type", type).put("schema", schema);
  }

  /** Line and bar charts split series by a second bucket; pies slice; tables make rows. */
  private static String splitSchema(PanelKind kind) {
    return switch (kind) {
      case LINE_OVER_TIME -> "group";
      case TABLE -> "bucket";
      default -> "segment";
    };
  }

  private static ObjectNode overTime(Product product) {
    ObjectNode params = NODES.objectNode().put("field", DashboardTarget.TIME_FIELD)
        .put(product.normalizedInterval(), true).put("scaleMetricValues", false)
        .put("interval", "auto").put("drop_partials", false).put("min_doc_count", 1);
    params.putObject("extended_bounds");
    return params;
  }

  private static ObjectNode terms(Split split) {
    return NODES.objectNode().put("field", split.field())
        .put("orderBy", split.byValue() ? "_key" : "1")
        .put("order", split.byValue() ? "asc" : "desc").put("size", split.size())
        .put("otherBucket", false).put("missingBucket", false);
  }

  private static ObjectNode filters(Panel panel) {
    ObjectNode params = NODES.objectNode();
    ArrayNode filters = params.putArray("filters");
    for (FieldRange range : panel.series()) {
      ObjectNode filter = filters.addObject();
      filter.putObject("input").put("query", range.kql()).put("language", "kuery");
      filter.put("label", range.label());
    }
    return params;
  }
}
