package dev.s3logs.dashboards;

/** What {@code GET /api/status} answers, shortened to the parts detection reads. */
final class StatusBodies {

  /** OpenSearch Dashboards 2.x (the legacy status format it kept). */
  static final String OPENSEARCH_DASHBOARDS = "{\"name\":\"osd\",\"version\":{\"number\":"
      + "\"2.19.0\",\"build_number\":1},\"status\":{\"overall\":{\"state\":\"green\"},"
      + "\"statuses\":[{\"id\":\"core:opensearch@2.19.0\",\"state\":\"green\"},"
      + "{\"id\":\"core:savedObjects@2.19.0\",\"state\":\"green\"}]}}";
  /** Kibana 8. */
  static final String KIBANA = "{\"name\":\"kb\",\"version\":{\"number\":\"8.19.0\","
      + "\"build_flavor\":\"traditional\"},\"status\":{\"overall\":{\"level\":\"available\"},"
      + "\"core\":{\"elasticsearch\":{\"level\":\"available\"},\"savedObjects\":"
      + "{\"level\":\"available\"}},\"plugins\":{}}}";

  private StatusBodies() {
  }
}
