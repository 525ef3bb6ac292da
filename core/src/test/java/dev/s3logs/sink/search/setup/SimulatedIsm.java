package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.testing.LoopbackProxy.Answer;
import dev.s3logs.testing.LoopbackProxy.Interceptor;
import dev.s3logs.testing.LoopbackProxy.Received;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The policy endpoints of OpenSearch's Index State Management plugin, which the test server
 * lacks, answered as the plugin does: a 404 "Policy not found" error before the first PUT, the
 * policy back with defaults and bookkeeping added, and a 409 for a PUT over an existing policy
 * that does not name the sequence number and primary term it replaces.
 */
final class SimulatedIsm implements Interceptor {

  static final String PREFIX = "/_plugins/_ism/policies/";
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<Received> puts = new CopyOnWriteArrayList<>();
  private JsonNode policy;
  private long seqNo = -1;

  @Override
  public synchronized Optional<Answer> intercept(Received request) {
    if (!request.pathAndQuery().startsWith(PREFIX)) {
      return Optional.empty();
    }
    String id = request.pathAndQuery().substring(PREFIX.length()).replaceFirst("\\?.*", "");
    if (request.method().equals("GET")) {
      return Optional.of(policy == null
          ? Answer.json(404, "{\"error\":{\"root_cause\":[{\"type\":\"status_exception\","
              + "\"reason\":\"Policy not found\"}],\"type\":\"status_exception\","
              + "\"reason\":\"Policy not found\"},\"status\":404}")
          : Answer.json(200, answer(id).toString()));
    }
    puts.add(request);
    String expected = "?if_seq_no=" + seqNo + "&if_primary_term=1";
    if (policy != null && !request.pathAndQuery().endsWith(expected)) {
      return Optional.of(Answer.json(409, "{\"error\":{\"type\":"
          + "\"version_conflict_engine_exception\",\"reason\":\"[" + id + "]: version conflict\"},"
          + "\"status\":409}"));
    }
    policy = read(request.body()).path("policy");
    seqNo++;
    ObjectNode created = answer(id);
    created.set("policy", JSON.createObjectNode().set("policy", created.get("policy")));
    return Optional.of(Answer.json(seqNo == 0 ? 201 : 200, created.toString()));
  }

  private ObjectNode answer(String id) {
    ObjectNode stored = policy.deepCopy();
    stored.put("policy_id", id).put("last_updated_time", 1_764_000_000_000L)
        .put("schema_version", 21).putNull("error_notification");
    stored.path("states").forEach(state -> state.path("actions").forEach(action ->
        ((ObjectNode) action).putObject("retry").put("count", 3).put("backoff", "exponential")
            .put("delay", "1m")));
    stored.path("ism_template").forEach(t ->
        ((ObjectNode) t).put("last_updated_time", 1_764_000_000_000L));
    ObjectNode answer = JSON.createObjectNode();
    answer.put("_id", id).put("_version", seqNo + 1).put("_seq_no", seqNo)
        .put("_primary_term", 1).set("policy", stored);
    return answer;
  }

  static JsonNode read(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
