package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Elasticsearch's index lifecycle policy: a delete phase once the retention has passed. The log
 * template names it in {@code index.lifecycle.name}, which attaches it to every new index.
 */
final class IlmPolicy extends RetentionPolicy {

  IlmPolicy(SetupOptions options) {
    super(options);
  }

  @Override
  String kind() {
    return "ILM policy";
  }

  @Override
  String path() {
    return "/_ilm/policy/" + options.retentionPolicy();
  }

  /**
   * Without rollover, {@code min_age} counts from the index's creation, which suits daily
   * indices; a data stream rolls over daily and {@code min_age} counts from the rollover.
   */
  @Override
  ObjectNode body() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode phases = body.putObject("policy").putObject("phases");
    if (options.usesDataStream()) {
      phases.putObject("hot").putObject("actions").putObject("rollover").put("max_age", "1d");
    }
    ObjectNode delete = phases.putObject("delete");
    delete.put("min_age", retention.toString());
    delete.putObject("actions").putObject("delete");
    return body;
  }

  @Override
  JsonNode storedPolicy(JsonNode answer) {
    return answer.path(options.retentionPolicy()).path("policy");
  }

  /** ILM replaces a policy on PUT; indices move to the new version at their next phase. */
  @Override
  String updateQuery(JsonNode answer) {
    return "";
  }

  @Override
  String absence() {
    return "this Elasticsearch cluster has no index lifecycle management (ILM)";
  }

  @Override
  String effect() {
    return options.usesDataStream()
        ? "rolls data stream " + options.dataStream() + " over daily and deletes each backing "
            + "index " + retention + " after its rollover"
        : "deletes log indices " + options.logPattern() + " (not " + options.deadLetterIndex()
            + ") " + retention + " after their creation (indices created from now on)";
  }
}
