package dev.s3logs.dashboards;

/**
 * Documents whose numeric {@code field} is in [{@code from}, {@code to}): a panel's filter or one
 * series of a panel, written once and rendered both as a Dashboards query and as an engine query.
 *
 * @param label the series' name in the legend
 */
public record FieldRange(String label, String field, long from, long to) {

  public FieldRange {
    if (from >= to) {
      throw new IllegalArgumentException("empty range " + field + " [" + from + ", " + to + ")");
    }
  }

  /** The same condition in KQL, as Dashboards and Kibana store it. */
  public String kql() {
    return to - from == 1 ? field + " : " + from
        : field + " >= " + from + " and " + field + " < " + to;
  }

  /** The same condition as an engine query. */
  public String engineQuery() {
    return "{\"range\":{\"" + field + "\":{\"gte\":" + from + ",\"lt\":" + to + "}}}";
  }
}
