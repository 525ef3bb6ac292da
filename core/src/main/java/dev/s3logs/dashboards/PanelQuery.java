package dev.s3logs.dashboards;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The search a panel makes, as an engine query: what Dashboards or Kibana send for it, with a
 * fixed time interval in place of their "auto", and no time range. Buckets are named
 * {@code time}, {@code split} and {@code series}; metrics {@code m0}, {@code m1}... in the order
 * of the panel's fields (a count is each bucket's {@code doc_count}).
 */
public final class PanelQuery {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<ScriptedField> SCRIPTED = List.of(ScriptedField.HOUR_OF_DAY);

  private PanelQuery() {
  }

  /** The search body, e.g. for {@code POST <pattern>/_search}; {@code interval} like 1h. */
  public static ObjectNode body(Panel panel, String interval) {
    ObjectNode body = NODES.objectNode().put("size", 0);
    body.set("query", panel.filter() == null ? NODES.objectNode().set("match_all",
        NODES.objectNode()) : Json.parse(panel.filter().engineQuery()));
    ObjectNode aggs = body.putObject("aggs");
    ObjectNode inner = aggs;
    if (panel.kind().overTime()) {
      ObjectNode time = aggs.putObject("time");
      time.putObject("date_histogram").put("field", DashboardTarget.TIME_FIELD)
          .put("fixed_interval", interval).put("min_doc_count", 1);
      inner = time.putObject("aggs");
    }
    inner = buckets(panel, inner);
    metrics(panel, inner);
    return body;
  }

  private static ObjectNode buckets(Panel panel, ObjectNode aggs) {
    if (panel.split() != null) {
      ObjectNode split = aggs.putObject("split");
      split.set("terms", terms(panel.split()));
      return split.putObject("aggs");
    }
    if (!panel.series().isEmpty()) {
      ObjectNode series = aggs.putObject("series");
      ObjectNode filters = series.putObject("filters").putObject("filters");
      panel.series().forEach(range ->
          filters.set(range.label(), Json.parse(range.engineQuery())));
      return series.putObject("aggs");
    }
    return aggs;
  }

  private static ObjectNode terms(Split split) {
    ObjectNode terms = NODES.objectNode();
    SCRIPTED.stream().filter(field -> field.name().equals(split.field())).findFirst()
        .ifPresentOrElse(field -> script(field, terms), () -> terms.put("field", split.field()));
    terms.put("size", split.size());
    if (split.byValue()) {
      terms.putObject("order").put("_key", "asc");
    } else {
      terms.putArray("order").add(NODES.objectNode().put("_count", "desc"))
          .add(NODES.objectNode().put("_key", "asc"));
    }
    return terms;
  }

  /**
   * As both products write a scripted field's terms: with a value type, without which the
   * engine takes the script's values as strings (hour 10 sorting before hour 2).
   */
  private static void script(ScriptedField field, ObjectNode terms) {
    terms.putObject("script").put("source", field.script()).put("lang", "painless");
    terms.put("value_type", field.type().equals("number") ? "float" : field.type());
  }

  private static void metrics(Panel panel, ObjectNode aggs) {
    for (int i = 0; i < panel.fields().size(); i++) {
      ObjectNode metric = aggs.putObject("m" + i).putObject(panel.aggregation().engineName())
          .put("field", panel.fields().get(i));
      if (panel.aggregation() == Aggregation.PERCENTILES) {
        Panel.PERCENTS.forEach(metric.withArray("percents")::add);
      }
    }
  }
}
