package dev.s3logs.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a piece of a CloudFormation template refers to through its intrinsic functions, in
 * their long form: Ref, Fn::GetAtt, the ${...} of Fn::Sub, Fn::FindInMap and conditions.
 */
final class Intrinsics {

  // ${Name} or ${Name.Attribute}; ${!Literal} is no reference.
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private Intrinsics() {
  }

  /** Every reference in {@code node}, which sits at {@code at}. */
  static List<Reference> references(JsonNode node, String at) {
    List<Reference> found = new ArrayList<>();
    TemplateWalk.fields(node, at, (key, value, path) -> {
      found.addAll(direct(key, value, path));
      return true;
    });
    return found;
  }

  /** What the function {@code key} with argument {@code value} itself names. */
  private static List<Reference> direct(String key, JsonNode value, String at) {
    return switch (key) {
      case "Ref" -> List.of(new Reference(key, value.asText(), at));
      case "Fn::GetAtt" -> List.of(new Reference(key, getAttResource(value), at));
      case "Fn::Sub" -> subVariables(value, at);
      case "Fn::FindInMap", "Fn::If" -> List.of(new Reference(key, value.path(0).asText(), at));
      case "Condition" -> value.isTextual() ? List.of(new Reference(key, value.asText(), at))
          : List.of();
      default -> List.of();
    };
  }

  private static String getAttResource(JsonNode value) {
    return value.isArray() ? value.path(0).asText() : value.asText().split("\\.", 2)[0];
  }

  /** The ${...} of a Fn::Sub, less the variables its own map defines. */
  private static List<Reference> subVariables(JsonNode value, String at) {
    String text = value.isArray() ? value.path(0).asText() : value.asText();
    JsonNode local = value.isArray() ? value.path(1) : null;
    List<Reference> found = new ArrayList<>();
    Matcher variable = SUB_VARIABLE.matcher(text);
    while (variable.find()) {
      String name = variable.group(1).trim();
      if (local == null || !local.has(name)) {
        found.add(new Reference("Fn::Sub", name.split("\\.", 2)[0], at));
      }
    }
    return found;
  }

  /**
   * The text a value becomes, with {@code <Name>} or {@code <Resource.Attribute>} where a
   * reference goes: Fn::Sub and Fn::Join are applied, so that ARNs can be read.
   */
  static String render(JsonNode node) {
    if (node.isTextual() || node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    if (node.has("Ref")) {
      return "<" + node.get("Ref").asText() + ">";
    }
    if (node.has("Fn::GetAtt")) {
      JsonNode value = node.get("Fn::GetAtt");
      return "<" + (value.isArray() ? value.path(0).asText() + "." + value.path(1).asText()
          : value.asText()) + ">";
    }
    if (node.has("Fn::Sub") && node.get("Fn::Sub").isTextual()) {
      return SUB_VARIABLE.matcher(node.get("Fn::Sub").asText()).replaceAll("<$1>");
    }
    if (node.has("Fn::Join")) {
      return join(node.get("Fn::Join"));
    }
    throw new IllegalArgumentException("cannot render " + node);
  }

  private static String join(JsonNode arguments) {
    List<String> parts = new ArrayList<>();
    arguments.path(1).forEach(part -> parts.add(render(part)));
    return String.join(arguments.path(0).asText(), parts);
  }
}
