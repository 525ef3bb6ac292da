package dev.s3logs.dashboards;

import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends saved objects to {@code POST /api/saved_objects/_import?overwrite=true}, the one API
 * both products share: an NDJSON file uploaded as multipart form data, under the product's
 * xsrf header. Overwriting by id makes importing again safe.
 */
public final class SavedObjectsImport {

  static final String PATH = "/api/saved_objects/_import?overwrite=true";
  private static final String BOUNDARY = "s3logs-saved-objects-7d1f0c";

  private SavedObjectsImport() {
  }

  public static ImportReport send(HttpTransport http, Product product, String ndjson) {
    HttpReply reply = http.sendWith("POST", PATH, Map.of(
        "Content-Type", "multipart/form-data; boundary=" + BOUNDARY,
        product.xsrfHeader(), "true"), multipart(ndjson));
    ImportAnswers.refuseAuthFailure(http, reply);
    if (!reply.isSuccess()) {
      String message = ImportAnswers.json(http, reply).path("message").asText(reply.text());
      throw new DashboardsException(product.displayName() + " at " + http.base()
          + " refused the import (HTTP " + reply.status() + "): " + message);
    }
    return ImportAnswers.report(ImportAnswers.json(http, reply));
  }

  private static byte[] multipart(String ndjson) {
    if (ndjson.contains(BOUNDARY)) {
      throw new IllegalStateException("the saved objects contain the multipart boundary");
    }
    String body = "--" + BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"s3logs.ndjson\"\r\n"
        + "Content-Type: application/ndjson\r\n\r\n"
        + ndjson + "\r\n--" + BOUNDARY + "--\r\n";
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
