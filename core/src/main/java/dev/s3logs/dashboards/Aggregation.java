package dev.s3logs.dashboards;

/** What a panel computes per bucket; the name is the aggregation's in both engines. */
public enum Aggregation {
  COUNT("count"),
  SUM("sum"),
  PERCENTILES("percentiles"),
  CARDINALITY("cardinality");

  private final String engineName;

  Aggregation(String engineName) {
    this.engineName = engineName;
  }

  public String engineName() {
    return engineName;
  }

  public boolean needsField() {
    return this != COUNT;
  }
}
