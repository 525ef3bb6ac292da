package dev.s3logs.dashboards;

/**
 * The two products that draw dashboards over the engines. Both import the aggregation-based
 * visualisations of the 7.10 era; they differ in the header that guards their API, in a few
 * names, and in what an index pattern (a data view, in Kibana) may hold.
 */
public enum Product {
  OPENSEARCH_DASHBOARDS("OpenSearch Dashboards", "osd-xsrf", "useNormalizedOpenSearchInterval",
      "opensearch-dashboards.ndjson"),
  KIBANA("Kibana", "kbn-xsrf", "useNormalizedEsInterval", "kibana.ndjson");

  private final String displayName;
  private final String xsrfHeader;
  private final String normalizedInterval;
  private final String resourceName;

  Product(String displayName, String xsrfHeader, String normalizedInterval,
      String resourceName) {
    this.displayName = displayName;
    this.xsrfHeader = xsrfHeader;
    this.normalizedInterval = normalizedInterval;
    this.resourceName = resourceName;
  }

  public String displayName() {
    return displayName;
  }

  /** The header without which the product refuses any change through its API. */
  public String xsrfHeader() {
    return xsrfHeader;
  }

  /** The date histogram parameter that rounds "auto" intervals to ones the engine takes. */
  String normalizedInterval() {
    return normalizedInterval;
  }

  /** The file, under {@code dashboards/} in the resources, that holds the default objects. */
  public String resourceName() {
    return resourceName;
  }

  /** Kibana 8 calls index patterns data views, and names them apart from their pattern. */
  boolean namesDataViews() {
    return this == KIBANA;
  }
}
