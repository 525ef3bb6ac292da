package dev.s3logs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.sink.http.EngineUnreachableException;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.http.RequestAuth;
import dev.s3logs.sink.http.TlsSettings;
import dev.s3logs.testing.DashboardsStub;
import dev.s3logs.testing.DashboardsStub.Request;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requests the import makes and how it reads the answers, against a loopback server playing
 * the products' API (the format only: it checks nothing the real products would).
 */
class DashboardsSetupTest {

  private static final String IMPORT = "/api/saved_objects/_import";
  private static final DashboardTarget TARGET = new DashboardTarget("s3-access-logs-*");
  private DashboardsStub stub;

  @BeforeEach
  void start() throws IOException {
    stub = DashboardsStub.start();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void importsTheOpenSearchDashboardsObjectsUnderItsXsrfHeader() {
    stub.answer("/api/status", 200, StatusBodies.OPENSEARCH_DASHBOARDS)
        .answer(IMPORT, 200, "{\"success\":true,\"successCount\":18,\"successResults\":[]}");
    DashboardsSetup.Result result = DashboardsSetup.install(http(stub.baseUri()), TARGET);
    assertThat(result.detected()).isEqualTo(
        new DetectedProduct(Product.OPENSEARCH_DASHBOARDS, "2.19.0"));
    assertThat(result.lines()).contains("detected OpenSearch Dashboards 2.19.0 (from GET "
        + "/api/status)");
    assertThat(result.report()).isEqualTo(new ImportReport(18, java.util.List.of()));
    Request sent = importRequest();
    assertThat(sent.header("osd-xsrf")).isEqualTo("true");
    assertThat(sent.header("kbn-xsrf")).isNull();
    assertThat(sent.body()).contains(SavedObjects.ndjson(Product.OPENSEARCH_DASHBOARDS, TARGET,
        Panels.standard()));
  }

  @Test
  void importsTheKibanaObjectsAsAMultipartFileWithOverwrite() {
    stub.answer("/api/status", 200, StatusBodies.KIBANA)
        .answer(IMPORT, 200, "{\"success\":true,\"successCount\":18}");
    DashboardsSetup.Result result = DashboardsSetup.install(http(stub.baseUri()), TARGET);
    assertThat(result.detected().toString()).isEqualTo("Kibana 8.19.0");
    Request sent = importRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.query()).isEqualTo("overwrite=true");
    assertThat(sent.header("kbn-xsrf")).isEqualTo("true");
    String type = sent.header("Content-Type");
    assertThat(type).startsWith("multipart/form-data; boundary=");
    String boundary = type.substring(type.indexOf('=') + 1);
    String ndjson = SavedObjects.ndjson(Product.KIBANA, TARGET, Panels.standard());
    assertThat(sent.body()).isEqualTo("--" + boundary + "\r\nContent-Disposition: form-data; "
        + "name=\"file\"; filename=\"s3logs.ndjson\"\r\nContent-Type: application/ndjson\r\n\r\n"
        + ndjson + "\r\n--" + boundary + "--\r\n");
  }

  @Test
  void objectsTheProductRefusedAreReportedByIdAndReason() {
    stub.answer("/api/status", 200, StatusBodies.KIBANA).answer(IMPORT, 200,
        "{\"success\":false,\"successCount\":17,\"errors\":[{\"id\":\"s3logs-x-latency\","
            + "\"type\":\"visualization\",\"title\":\"Latency\",\"error\":{\"type\":"
            + "\"missing_references\",\"references\":[{\"type\":\"index-pattern\",\"id\":"
            + "\"gone\"}]}}]}");
    DashboardsSetup.Result result = DashboardsSetup.install(http(stub.baseUri()), TARGET);
    assertThat(result.report().complete()).isFalse();
    assertThat(result.report().written()).isEqualTo(17);
    assertThat(result.lines()).contains("not imported: visualization s3logs-x-latency: "
        + "missing_references [{\"type\":\"index-pattern\",\"id\":\"gone\"}]");
  }

  @Test
  void refusedCredentialsAndDeniedAccessAreOneSentenceEach() {
    stub.answer("/api/status", 401, "{\"statusCode\":401,\"message\":\"Unauthorized\"}");
    assertThatThrownBy(() -> DashboardsSetup.install(http(stub.baseUri()), TARGET))
        .isInstanceOf(DashboardsException.class)
        .hasMessage(stub.baseUri() + " refused the credentials (HTTP 401): check --user / "
            + "--auth; they are the ones setup uses for the engine");
    stub.answer("/api/status", 200, StatusBodies.OPENSEARCH_DASHBOARDS)
        .answer(IMPORT, 403, "{\"statusCode\":403,\"message\":\"Forbidden\"}");
    assertThatThrownBy(() -> DashboardsSetup.install(http(stub.baseUri()), TARGET))
        .isInstanceOf(DashboardsException.class).hasMessageContaining("denied access (HTTP 403)");
  }

  @Test
  void aRefusedImportSaysWhatTheProductSaid() {
    stub.answer("/api/status", 200, StatusBodies.KIBANA).answer(IMPORT, 400,
        "{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"Unexpected token\"}");
    assertThatThrownBy(() -> DashboardsSetup.install(http(stub.baseUri()), TARGET))
        .hasMessage("Kibana at " + stub.baseUri() + " refused the import (HTTP 400): "
            + "Unexpected token");
  }

  @Test
  void somethingElseAtTheUrlIsNamedAsSuch() {
    assertThatThrownBy(() -> DashboardsSetup.install(http(stub.baseUri()), TARGET))
        .isInstanceOf(DashboardsException.class)
        .hasMessageContaining("answered HTTP 404: is --dashboards the URL of OpenSearch "
            + "Dashboards or Kibana?");
    stub.answer("/api/status", 200, "{\"status\":{\"overall\":{\"level\":\"available\"}}}");
    assertThatThrownBy(() -> DashboardsSetup.install(http(stub.baseUri()), TARGET))
        .hasMessageContaining("cannot tell OpenSearch Dashboards from Kibana");
    assertThat(stub.requests()).noneMatch(r -> r.path().equals(IMPORT));
  }

  @Test
  void nobodyListeningIsConnectionRefused() {
    URI closed = stub.baseUri();
    stub.close();
    assertThatThrownBy(() -> DashboardsSetup.install(http(closed), TARGET))
        .isInstanceOf(EngineUnreachableException.class)
        .hasMessageStartingWith("cannot reach " + closed + ": connection refused");
  }

  private Request importRequest() {
    return stub.requests().stream().filter(r -> r.path().equals(IMPORT)).findFirst()
        .orElseThrow();
  }

  private static HttpTransport http(URI base) {
    return new HttpTransport(base, RequestAuth.NONE, TlsSettings.DEFAULT, false,
        Duration.ofSeconds(10));
  }
}
