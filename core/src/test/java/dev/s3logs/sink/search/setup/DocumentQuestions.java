package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.testing.EngineRest;
import dev.s3logs.testing.EngineRest.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The questions of {@link DocumentAnswersIT}, by field name: how many documents have it, its ten
 * most frequent values, for numbers their sum and extremes, for text a word search. Every name a
 * user could query in the contract before aliases (commit 36225b0) is here, under both naming schemes.
 */
final class DocumentQuestions {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String S3 = "aws.s3access.";

  /** Exact-value names: exists, terms. */
  static final List<String> KEYWORDS = List.of("event.id", "event.action", "event.code",
      "event.outcome", "event.dataset", "event.kind", "event.category", "event.type",
      S3 + "bucket_owner", S3 + "bucket", S3 + "requester", S3 + "request_id", S3 + "operation",
      S3 + "error_code", S3 + "version_id", S3 + "host_id", S3 + "signature_version",
      S3 + "cipher_suite", S3 + "authentication_type", S3 + "host_header", S3 + "tls_version",
      S3 + "access_point_arn", S3 + "aclrequired", S3 + "source_region", S3 + "remote_ip",
      S3 + "key", S3 + "request_uri", S3 + "user_agent", S3 + "referrer", "client.ip",
      "client.address", "client.user.id", "http.request.method", "http.version",
      "http.request.referrer", "url.original", "url.path", "url.query", "url.domain",
      "user_agent.original", "tls.cipher", "tls.version", "tls.version_protocol",
      "cloud.provider", "cloud.region", "related.ip", "related.user", "tags");
  /** Numbers: exists, terms, sum, min, max. */
  static final List<String> NUMBERS = List.of("event.duration", S3 + "http_status",
      S3 + "bytes_sent", S3 + "object_size", S3 + "total_time", S3 + "turn_around_time",
      "http.response.status_code", "http.response.body.bytes");
  /** Words searched in the text sub-fields that a name had before aliases, under the name kept for it. */
  static final Map<String, String> WORDS = Map.of("url.original.text", "blog",
      "user_agent.original.text", "mozilla", S3 + "key.text", "css", S3 + "request_uri.text",
      "blog", "url.path.text", "blog", S3 + "referrer.text", "downloads", S3 + "user_agent.text",
      "mozilla");
  /** Ranges: the questions of a dashboard (errors, large responses, a time window). */
  static final Map<String, String> RANGES = Map.of(
      "errors", "{\"range\":{\"http.response.status_code\":{\"gte\":400}}}",
      "errors.s3", "{\"range\":{\"aws.s3access.http_status\":{\"gte\":400}}}",
      "large", "{\"range\":{\"http.response.body.bytes\":{\"gte\":100000}}}",
      "large.s3", "{\"range\":{\"aws.s3access.bytes_sent\":{\"gte\":100000}}}",
      "network", "{\"term\":{\"client.ip\":\"192.0.2.0/24\"}}",
      "window", "{\"range\":{\"@timestamp\":{\"gte\":\"2026-11-02T06:00:00Z\","
          + "\"lt\":\"2026-11-02T18:00:00Z\"}}}");

  /**
   * Where words are searched now: a {@code .text} field of a name that became an alias (an alias
   * has no sub-fields), or one whose words another field already holds.
   */
  static final Map<String, String> TEXT_MOVED = Map.of(
      S3 + "referrer.text", "http.request.referrer.text",
      S3 + "user_agent.text", "user_agent.original.text",
      S3 + "request_uri.text", "url.original.text");

  /**
   * Questions given up on purpose, with the disk they cost: the ten most frequent request IDs
   * and version IDs (each value is unique; doc values for them cost as much as their index), and
   * anything on the extended request ID (76 random characters, a third of the disk once indexed,
   * kept in {@code _source}; a request is looked up by its request ID, which comes with it).
   */
  static final Set<String> GIVEN_UP = Set.of("event.id terms", S3 + "request_id terms",
      S3 + "version_id terms", S3 + "host_id terms", S3 + "host_id exists");

  private DocumentQuestions() {
  }

  static ObjectNode ask(EngineRest rest, String index) {
    ObjectNode answers = JsonNodeFactory.instance.objectNode();
    for (String field : KEYWORDS) {
      answer(answers, field + " exists",
          () -> LongNode.valueOf(count(rest, index, exists(field))));
      answer(answers, field + " terms", () -> terms(rest, index, field));
    }
    for (String field : NUMBERS) {
      answers.put(field + " exists", count(rest, index, exists(field)));
      answers.set(field + " terms", terms(rest, index, field));
      answers.set(field + " stats", stats(rest, index, field));
    }
    WORDS.forEach((field, word) -> answers.put(field + " match " + word, count(rest, index,
        "{\"match\":{\"" + TEXT_MOVED.getOrDefault(field, field) + "\":\"" + word + "\"}}")));
    RANGES.forEach((name, query) -> answers.put("range " + name, count(rest, index, query)));
    answers.set("@timestamp stats", stats(rest, index, "@timestamp"));
    return answers;
  }

  private static void answer(ObjectNode answers, String question, Supplier<JsonNode> answer) {
    if (!GIVEN_UP.contains(question)) {
      answers.set(question, answer.get());
    }
  }

  private static String exists(String field) {
    return "{\"exists\":{\"field\":\"" + field + "\"}}";
  }

  private static long count(EngineRest rest, String index, String query) {
    return search(rest, "/" + index + "/_count", "{\"query\":" + query + "}").path("count")
        .asLong();
  }

  /** The ten most frequent values, ties broken by value, as [value, count] pairs. */
  private static JsonNode terms(EngineRest rest, String index, String field) {
    JsonNode buckets = aggregation(rest, index, "{\"terms\":{\"field\":\"" + field
        + "\",\"size\":10,\"order\":[{\"_count\":\"desc\"},{\"_key\":\"asc\"}]}}")
        .path("buckets");
    var pairs = JsonNodeFactory.instance.arrayNode();
    for (JsonNode bucket : buckets) {
      JsonNode key = bucket.has("key_as_string") ? bucket.get("key_as_string") : bucket.get("key");
      pairs.addArray().add(key).add(bucket.get("doc_count"));
    }
    return pairs;
  }

  private static JsonNode stats(EngineRest rest, String index, String field) {
    JsonNode stats = aggregation(rest, index, "{\"stats\":{\"field\":\"" + field + "\"}}");
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    for (String name : List.of("count", "min", "max", "sum")) {
      kept.set(name, stats.get(name));
    }
    return kept;
  }

  private static JsonNode aggregation(EngineRest rest, String index, String aggregation) {
    return search(rest, "/" + index + "/_search",
        "{\"size\":0,\"aggs\":{\"a\":" + aggregation + "}}").at("/aggregations/a");
  }

  private static JsonNode search(EngineRest rest, String path, String body) {
    Reply reply = rest.post(path, body);
    assertThat(reply.status()).as(path + " " + body + ": " + reply.body()).isEqualTo(200);
    try {
      return JSON.readTree(reply.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
