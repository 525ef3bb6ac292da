package dev.s3logs.store.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.s3logs.traffic.RequestRow;
import java.time.Instant;
import java.util.List;

/** The fields of a listed request, and the record a hit's {@code _source} makes. */
final class RequestHits {

  static final List<String> FIELDS = List.of(TrafficFields.TIME, "aws.s3access.bucket",
      TrafficFields.OPERATION, TrafficFields.STATUS, "event.code", "aws.s3access.key",
      "url.original", TrafficFields.BYTES, TrafficFields.TOTAL_TIME, TrafficFields.CLIENT_IP,
      "client.user.id", TrafficFields.USER_AGENT, "http.request.referrer");

  private RequestHits() {
  }

  static void source(ArrayNode includes) {
    FIELDS.forEach(includes::add);
  }

  static Instant time(JsonNode hit) {
    return Instant.parse(hit.path("_source").path(TrafficFields.TIME).asText());
  }

  static RequestRow row(JsonNode hit) {
    JsonNode s = hit.path("_source");
    Long status = number(s, TrafficFields.STATUS);
    return new RequestRow(time(hit), text(s, "aws.s3access.bucket"),
        text(s, TrafficFields.OPERATION), status == null ? null : status.intValue(),
        text(s, "event.code"), text(s, "aws.s3access.key"), text(s, "url.original"),
        number(s, TrafficFields.BYTES), number(s, TrafficFields.TOTAL_TIME),
        text(s, TrafficFields.CLIENT_IP), text(s, "client.user.id"),
        text(s, TrafficFields.USER_AGENT), text(s, "http.request.referrer"));
  }

  private static JsonNode at(JsonNode source, String field) {
    return source.at("/" + field.replace('.', '/'));
  }

  private static String text(JsonNode source, String field) {
    JsonNode value = at(source, field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  private static Long number(JsonNode source, String field) {
    JsonNode value = at(source, field);
    return value.isNumber() ? value.asLong() : null;
  }
}
