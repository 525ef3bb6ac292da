package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.sink.search.Engine;

/**
 * The bodies of the two composable index templates ({@code PUT _index_template/<name>}), the same
 * JSON for OpenSearch and Elasticsearch.
 */
final class IndexTemplates {

  /** Above Elasticsearch's built-in {@code logs-*-*} (100), for data streams named logs-... */
  static final int LOG_PRIORITY = 200;
  /**
   * One index named exactly may also match a daily pattern ({@code s3-access-logs-all} and
   * {@code s3-access-logs-*}): both engines refuse overlapping templates of equal priority, and
   * the exact name should win.
   */
  static final int ONE_INDEX_PRIORITY = 205;
  /** {@code <prefix>-failed} also matches the log pattern: the higher priority wins it. */
  static final int DEAD_LETTER_PRIORITY = 210;
  /**
   * The document shape the log template maps, in its {@code _meta}: 2 since the names that
   * repeat an ECS field became aliases. A template without it maps the older shape.
   */
  static final int DOCUMENT_SHAPE = 2;
  private static final String MANAGED_BY = "s3logs";

  private IndexTemplates() {
  }

  /**
   * The template of the daily indices, the data stream or the one index.
   *
   * @param lifecycle the ILM policy to attach (Elasticsearch), or null
   */
  static ObjectNode logs(SetupOptions options, Engine engine, String lifecycle) {
    ObjectNode body = template(options.logPattern(),
        options.usesOneIndex() ? ONE_INDEX_PRIORITY : LOG_PRIORITY,
        "S3 server access logs written by s3logs");
    body.withObject("_meta").put("document_shape", DOCUMENT_SHAPE);
    if (options.usesDataStream()) {
      body.putObject("data_stream");
    }
    ObjectNode template = body.putObject("template");
    if (engine.flavor() != Engine.Flavor.OPENSEARCH_SERVERLESS) {
      ObjectNode index = settings(template, options.shards(), options);
      if (lifecycle != null) {
        index.putObject("lifecycle").put("name", lifecycle);
      }
    }
    template.set("mappings", Mappings.logs());
    return body;
  }

  /** The template of {@code <prefix>-failed}: lines and documents that did not make it. */
  static ObjectNode deadLetters(SetupOptions options, Engine engine) {
    ObjectNode body = template(options.deadLetterIndex(), DEAD_LETTER_PRIORITY,
        "lines and documents s3logs could not parse or index");
    ObjectNode template = body.putObject("template");
    if (engine.flavor() != Engine.Flavor.OPENSEARCH_SERVERLESS) {
      settings(template, 1, options); // one index for all failures, few documents
    }
    template.set("mappings", Mappings.deadLetters());
    return body;
  }

  private static ObjectNode template(String pattern, int priority, String description) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putArray("index_patterns").add(pattern);
    body.put("priority", priority);
    body.putObject("_meta").put("managed_by", MANAGED_BY).put("description", description);
    return body;
  }

  /** Whether {@code stored}, a template as the engine returns it, is ours for older documents. */
  static boolean forOlderDocuments(JsonNode stored) {
    JsonNode meta = stored.path("_meta");
    return MANAGED_BY.equals(meta.path("managed_by").asText())
        && meta.path("document_shape").asInt(1) < DOCUMENT_SHAPE;
  }

  /**
   * Settings for logs: few shards (a day of logs is rarely more than a shard should hold),
   * refreshed every few seconds instead of every second (cheaper indexing; logs are read
   * later), stored with the better compression since they are written once and read rarely.
   * OpenSearch Serverless manages all of this itself and gets none.
   */
  private static ObjectNode settings(ObjectNode template, int shards, SetupOptions options) {
    ObjectNode index = template.putObject("settings").putObject("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", options.replicas());
    index.put("refresh_interval", options.refreshInterval());
    index.put("codec", "best_compression");
    return index;
  }
}
