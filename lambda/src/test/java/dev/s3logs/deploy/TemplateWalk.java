package dev.s3logs.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Every field of a template's tree, with its path ({@code Resources.Queue.Properties[0]}). */
final class TemplateWalk {

  /** Hears a field; answers whether to go on into its value. */
  interface Visitor {
    boolean field(String key, JsonNode value, String path);
  }

  private TemplateWalk() {
  }

  static void fields(JsonNode node, String at, Visitor visitor) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        fields(node.get(i), at + "[" + i + "]", visitor);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String path = at + "." + field.getKey();
        if (visitor.field(field.getKey(), field.getValue(), path)) {
          fields(field.getValue(), path, visitor);
        }
      }
    }
  }
}
