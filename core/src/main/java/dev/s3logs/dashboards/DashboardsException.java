package dev.s3logs.dashboards;

/** OpenSearch Dashboards or Kibana refused or failed the import; the message says which. */
public final class DashboardsException extends RuntimeException {

  public DashboardsException(String message) {
    super(message);
  }
}
