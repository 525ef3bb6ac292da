package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.search.EngineError;
import dev.s3logs.sink.search.setup.SetupReport.Change;
import dev.s3logs.sink.search.setup.SetupReport.TemplateStep;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Puts a composable index template in place unless the stored one already says the same, so
 * that a re-run reports "unchanged" instead of rewriting templates.
 */
final class TemplateInstaller {

  private final HttpTransport http;

  TemplateInstaller(HttpTransport http) {
    this.http = http;
  }

  /** The stored template (the {@code index_template} member), or empty when there is none. */
  Optional<JsonNode> stored(String name) {
    HttpReply reply = http.get(path(name));
    if (reply.status() == 404) {
      return Optional.empty();
    }
    if (!reply.isSuccess()) {
      throw new SetupException("cannot read index template " + name + ": "
          + EngineError.describe(reply));
    }
    for (JsonNode template : EngineError.json(reply).path("index_templates")) {
      if (name.equals(template.path("name").asText())) {
        return Optional.of(template.path("index_template"));
      }
    }
    return Optional.empty();
  }

  TemplateStep install(String name, JsonNode body, Optional<JsonNode> stored) {
    if (stored.isPresent() && canonical(stored.get()).equals(canonical(body))) {
      return new TemplateStep(name, Change.UNCHANGED);
    }
    HttpReply reply = http.send("PUT", path(name), "application/json",
        body.toString().getBytes(StandardCharsets.UTF_8));
    if (!reply.isSuccess()) {
      throw new SetupException("cannot install index template " + name + ": "
          + EngineError.describe(reply));
    }
    return new TemplateStep(name, stored.isPresent() ? Change.UPDATED : Change.CREATED);
  }

  private static String path(String name) {
    return "/_index_template/" + name;
  }

  /**
   * The template as both engines store it: setting values as strings
   * ({@code "number_of_shards":"1"}), an empty {@code composed_of} added, and
   * {@code data_stream} filled with engine-specific defaults. Mappings come back as sent.
   */
  static JsonNode canonical(JsonNode template) {
    ObjectNode copy = template.deepCopy();
    JsonNode composedOf = copy.path("composed_of");
    if (composedOf.isArray() && composedOf.isEmpty()) {
      copy.remove("composed_of");
    }
    if (copy.has("data_stream")) {
      copy.putObject("data_stream");
    }
    return asText(copy);
  }

  /** Numbers and booleans as text, since engines may give either back. */
  private static JsonNode asText(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.properties().forEach(member -> copy.set(member.getKey(), asText(member.getValue())));
      return copy;
    }
    if (node.isArray()) {
      var copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(asText(element)));
      return copy;
    }
    return node.isNull() ? node : TextNode.valueOf(node.asText());
  }
}
