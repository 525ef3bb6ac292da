package dev.s3logs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProductDetectionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void tellsTheProductsApartByTheirStatusBodies() throws IOException {
    assertThat(ProductDetection.fromStatus("x", JSON.readTree(StatusBodies.KIBANA)))
        .isEqualTo(new DetectedProduct(Product.KIBANA, "8.19.0"));
    assertThat(ProductDetection.fromStatus("x",
        JSON.readTree(StatusBodies.OPENSEARCH_DASHBOARDS)))
        .isEqualTo(new DetectedProduct(Product.OPENSEARCH_DASHBOARDS, "2.19.0"));
  }

  @Test
  void kibana7StatusesNameElasticsearchAsOpenSearchDashboardsNamesOpenSearch()
      throws IOException {
    String kibana7 = "{\"version\":{\"number\":\"7.17.9\"},\"status\":{\"overall\":"
        + "{\"state\":\"green\"},\"statuses\":[{\"id\":\"core:elasticsearch@7.17.9\"}]}}";
    assertThat(ProductDetection.fromStatus("x", JSON.readTree(kibana7)).product())
        .isEqualTo(Product.KIBANA);
  }

  @Test
  void aKibanaOlderThanTheFormatIsRefusedByName() throws IOException {
    String kibana79 = "{\"version\":{\"number\":\"7.9.3\"},\"status\":{\"statuses\":"
        + "[{\"id\":\"core:elasticsearch@7.9.3\"}]}}";
    assertThatThrownBy(() -> ProductDetection.fromStatus("http://kb:5601",
        JSON.readTree(kibana79))).isInstanceOf(DashboardsException.class)
        .hasMessage("Kibana 7.9.3 at http://kb:5601 is older than 7.10, the saved-object "
            + "format s3logs writes: import into Kibana 7.10 or newer");
  }
}
