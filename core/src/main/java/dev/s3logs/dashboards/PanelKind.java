package dev.s3logs.dashboards;

/** How a panel draws its numbers, with the aggregation-based visualisation type that draws it. */
public enum PanelKind {
  LINE_OVER_TIME("line"),
  BAR("histogram"),
  PIE("pie"),
  TABLE("table"),
  METRIC("metric");

  private final String visType;

  PanelKind(String visType) {
    this.visType = visType;
  }

  /** The {@code type} of the legacy visualisation in both products. */
  public String visType() {
    return visType;
  }

  public boolean overTime() {
    return this == LINE_OVER_TIME;
  }
}
