package dev.s3logs.dashboards;

/** Which product answered, and its version as it reported it. */
public record DetectedProduct(Product product, String version) {

  @Override
  public String toString() {
    return product.displayName() + " " + version;
  }
}
