package dev.s3logs.sink.search;

/**
 * The search engine on the other end, as detected or as the user said.
 *
 * @param version as the engine reports it, or "unknown" (OpenSearch Serverless has none)
 */
public record Engine(Flavor flavor, String version) {

  /** The families whose APIs differ for what s3logs does. */
  public enum Flavor {
    OPENSEARCH("OpenSearch"),
    ELASTICSEARCH("Elasticsearch"),
    /** Amazon OpenSearch Serverless: no {@code GET /}, no ISM, and no custom ids in time series. */
    OPENSEARCH_SERVERLESS("OpenSearch Serverless");

    private final String label;

    Flavor(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  public int major() {
    int dot = version.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public boolean isOpenSearch() {
    return flavor != Flavor.ELASTICSEARCH;
  }

  @Override
  public String toString() {
    return flavor + ("unknown".equals(version) ? "" : " " + version);
  }
}
