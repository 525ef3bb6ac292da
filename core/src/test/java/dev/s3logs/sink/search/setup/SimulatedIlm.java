package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.testing.EngineRest;
import dev.s3logs.testing.LoopbackProxy.Answer;
import dev.s3logs.testing.LoopbackProxy.Interceptor;
import dev.s3logs.testing.LoopbackProxy.Received;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Elasticsearch's ILM, which the test server lacks. Policies are kept here and answered as ILM
 * does (with {@code min_age} and delete defaults filled in). Index templates go to the real
 * server, which refuses {@code index.lifecycle.name} without ILM: the setting is taken out on the
 * way in, remembered, and put back into the server's answers, so that everything else in the
 * template is still checked by the real engine.
 */
final class SimulatedIlm implements Interceptor {

  private static final String POLICIES = "/_ilm/policy/";
  private static final String TEMPLATES = "/_index_template/";
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<Received> policyPuts = new CopyOnWriteArrayList<>();
  final Map<String, String> lifecycles = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> policies = new ConcurrentHashMap<>();
  private final EngineRest server;

  SimulatedIlm(EngineRest server) {
    this.server = server;
  }

  @Override
  public Optional<Answer> intercept(Received request) {
    String path = request.pathAndQuery();
    if (path.startsWith(POLICIES)) {
      return Optional.of(policy(path.substring(POLICIES.length()), request));
    }
    if (path.startsWith(TEMPLATES)) {
      return Optional.of(template(path.substring(TEMPLATES.length()), request));
    }
    return Optional.empty();
  }

  private Answer policy(String name, Received request) {
    if (request.method().equals("PUT")) {
      policyPuts.add(request);
      policies.put(name, SimulatedIsm.read(request.body()).path("policy"));
      return Answer.json(200, "{\"acknowledged\":true}");
    }
    JsonNode policy = policies.get(name);
    if (policy == null) {
      return Answer.json(404, "{\"error\":{\"root_cause\":[{\"type\":"
          + "\"resource_not_found_exception\",\"reason\":\"Lifecycle policy not found: " + name
          + "\"}],\"type\":\"resource_not_found_exception\",\"reason\":\"Lifecycle policy not "
          + "found: " + name + "\"},\"status\":404}");
    }
    ObjectNode stored = policy.deepCopy();
    stored.path("phases").forEach(phase -> {
      if (!phase.has("min_age")) {
        ((ObjectNode) phase).put("min_age", "0ms");
      }
      if (phase.path("actions").has("delete")) {
        ((ObjectNode) phase.path("actions").path("delete"))
            .put("delete_searchable_snapshot", true);
      }
    });
    ObjectNode answer = JSON.createObjectNode();
    answer.putObject(name).put("version", 1).put("modified_date", "2026-11-25T10:00:00.000Z")
        .set("policy", stored);
    return Answer.json(200, answer.toString());
  }

  private Answer template(String name, Received request) {
    if (request.method().equals("PUT")) {
      ObjectNode body = (ObjectNode) SimulatedIsm.read(request.body());
      JsonNode index = body.path("template").path("settings").path("index");
      if (index.has("lifecycle")) {
        lifecycles.put(name, index.path("lifecycle").path("name").asText());
        ((ObjectNode) index).remove("lifecycle");
      } else {
        lifecycles.remove(name);
      }
      return answer(server.put(TEMPLATES + name, body.toString()));
    }
    EngineRest.Reply reply = server.send(request.method(), TEMPLATES + name, null, null);
    String lifecycle = lifecycles.get(name);
    if (reply.status() != 200 || lifecycle == null) {
      return answer(reply);
    }
    ObjectNode stored = (ObjectNode) SimulatedIsm.read(reply.body()
        .getBytes(StandardCharsets.UTF_8));
    ((ObjectNode) stored.at("/index_templates/0/index_template/template/settings/index"))
        .putObject("lifecycle").put("name", lifecycle);
    return Answer.json(200, stored.toString());
  }

  private static Answer answer(EngineRest.Reply reply) {
    return Answer.json(reply.status(), reply.body());
  }
}
