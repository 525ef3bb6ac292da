package dev.s3logs.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads what Dashboards or Kibana answered, and turns refusals into one sentence. */
final class ImportAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ImportAnswers() {
  }

  static void refuseAuthFailure(HttpTransport http, HttpReply reply) {
    if (reply.status() == 401) {
      throw new DashboardsException(http.base() + " refused the credentials (HTTP 401): check "
          + "--user / --auth; they are the ones setup uses for the engine");
    }
    if (reply.status() == 403) {
      throw new DashboardsException(http.base() + " denied access (HTTP 403): the user needs "
          + "the right to write saved objects (import) in the tenant or space");
    }
  }

  static JsonNode json(HttpTransport http, HttpReply reply) {
    try {
      return JSON.readTree(reply.body());
    } catch (IOException e) {
      throw new DashboardsException(http.base() + " answered HTTP " + reply.status()
          + " with something other than JSON: is it OpenSearch Dashboards or Kibana?");
    }
  }

  /** The import's answer: how many objects were written, and why the others were not. */
  static ImportReport report(JsonNode answer) {
    List<String> errors = new ArrayList<>();
    for (JsonNode failed : answer.path("errors")) {
      JsonNode error = failed.path("error");
      String reason = error.path("message").asText(error.path("type").asText("unknown error"));
      if (error.has("references")) {
        reason += " " + error.path("references");
      }
      errors.add(failed.path("type").asText() + " " + failed.path("id").asText() + ": "
          + reason);
    }
    return new ImportReport(answer.path("successCount").asInt(0), errors);
  }
}
