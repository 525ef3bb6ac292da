package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * OpenSearch's Index State Management policy: a "hot" state that moves to "delete" once the
 * retention has passed. Its {@code ism_template} attaches it to every new log index.
 */
final class IsmPolicy extends RetentionPolicy {

  IsmPolicy(SetupOptions options) {
    super(options);
  }

  @Override
  String kind() {
    return "ISM policy";
  }

  @Override
  String path() {
    return "/_plugins/_ism/policies/" + options.retentionPolicy();
  }

  /**
   * Daily indices are deleted by age. A data stream writes to one backing index until it rolls
   * over, so it rolls over daily and each backing index goes once the retention has passed since.
   */
  @Override
  ObjectNode body() {
    ObjectNode policy = JsonNodeFactory.instance.objectNode();
    ObjectNode inner = policy.putObject("policy");
    inner.put("description", "s3logs: " + effect());
    inner.put("default_state", "hot");
    ArrayNode states = inner.putArray("states");
    ObjectNode hot = states.addObject().put("name", "hot");
    ArrayNode hotActions = hot.putArray("actions");
    ObjectNode conditions = hot.putArray("transitions").addObject().put("state_name", "delete")
        .putObject("conditions");
    if (options.usesDataStream()) {
      hotActions.addObject().putObject("rollover").put("min_index_age", "1d");
      conditions.put("min_rollover_age", retention.toString());
    } else {
      conditions.put("min_index_age", retention.toString());
    }
    ObjectNode delete = states.addObject().put("name", "delete");
    delete.putArray("actions").addObject().putObject("delete");
    delete.putArray("transitions");
    inner.putArray("ism_template").addObject()
        .put("priority", IndexTemplates.LOG_PRIORITY)
        .putArray("index_patterns").add(pattern());
    return policy;
  }

  /**
   * ISM matches a data stream's backing indices by the stream's name. Daily indices are
   * {@code <prefix>-yyyy...}: {@code <prefix>-2*} takes them but not {@code <prefix>-failed},
   * whose failures must not go all at once when the index turns 90 days old (ISM in OpenSearch 2
   * has no exclusion patterns).
   */
  String pattern() {
    return options.usesDataStream() ? options.dataStream() : options.prefix() + "-2*";
  }

  @Override
  JsonNode storedPolicy(JsonNode answer) {
    return answer.path("policy");
  }

  /** ISM refuses to overwrite a policy unless told which version it replaces. */
  @Override
  String updateQuery(JsonNode answer) {
    return "?if_seq_no=" + answer.path("_seq_no").asLong()
        + "&if_primary_term=" + answer.path("_primary_term").asLong();
  }

  @Override
  String absence() {
    return "this OpenSearch cluster has no Index State Management plugin";
  }

  @Override
  String effect() {
    return options.usesDataStream()
        ? "rolls data stream " + options.dataStream() + " over daily and deletes each backing "
            + "index " + retention + " after its rollover"
        : "deletes indices matching " + pattern() + " " + retention + " after their creation "
            + "(indices created from now on)";
  }

  @Override
  String updateNote() {
    return "; indices it already manages keep the previous version until moved with "
        + "POST _plugins/_ism/change_policy";
  }
}
