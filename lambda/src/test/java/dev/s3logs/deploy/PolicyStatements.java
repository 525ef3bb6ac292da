package dev.s3logs.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every IAM policy statement of a template (role policies, trust policies, queue and other
 * resource policies; both branches of a Fn::If), and what in them grants more than the template
 * can name.
 */
final class PolicyStatements {

  private static final List<String> DOCUMENTS = List.of("PolicyDocument",
      "AssumeRolePolicyDocument");
  private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>.]+)(?:\\.[^<>]+)?>");

  /** A statement and where it is, for messages. */
  record Statement(JsonNode node, String at) {

    boolean allows() {
      return "Allow".equals(node.path("Effect").asText());
    }

    List<String> actions() {
      return texts(node.path("Action"));
    }

    /** The resources, rendered with {@code <Name>} for references. */
    List<String> resources() {
      List<String> rendered = new ArrayList<>();
      JsonNode resource = node.path("Resource");
      if (resource.isArray()) {
        resource.forEach(one -> rendered.add(Intrinsics.render(one)));
      } else if (!resource.isMissingNode()) {
        rendered.add(Intrinsics.render(resource));
      }
      return rendered;
    }
  }

  private PolicyStatements() {
  }

  static List<Statement> of(Template template) {
    List<Statement> found = new ArrayList<>();
    collect(template.root().path("Resources"), "Resources", found);
    return found;
  }

  /** What in the template's Allow statements is wider than it needs to be. */
  static List<String> problems(Template template) {
    List<String> problems = new ArrayList<>();
    for (Statement statement : of(template)) {
      if (statement.allows()) {
        problems.addAll(problems(statement, template));
      }
    }
    return problems;
  }

  private static List<String> problems(Statement statement, Template template) {
    List<String> problems = new ArrayList<>();
    for (String field : List.of("NotAction", "NotResource", "NotPrincipal")) {
      if (statement.node().has(field)) {
        problems.add(statement.at() + " allows with " + field);
      }
    }
    for (String action : statement.actions()) {
      if (action.contains("*")) {
        problems.add(statement.at() + " allows the wildcard action " + action);
      }
    }
    if (statement.node().path("Principal").toString().contains("\"*\"")) {
      problems.add(statement.at() + " allows any principal");
    }
    for (String resource : statement.resources()) {
      if (!narrowed(resource, template)) {
        problems.add(statement.at() + " allows the resource " + resource
            + ", which no parameter or resource of the template narrows before its *");
      }
    }
    return problems;
  }

  /**
   * Whether a rendered resource is narrowed: no wildcard, or a wildcard after a parameter or
   * resource of the template (a bucket, a domain), not only after pseudo parameters.
   */
  static boolean narrowed(String resource, Template template) {
    int star = resource.indexOf('*');
    if (star < 0) {
      return true;
    }
    Matcher placeholder = PLACEHOLDER.matcher(resource.substring(0, star));
    while (placeholder.find()) {
      String name = placeholder.group(1);
      if (template.parameters().contains(name) || template.resources().contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(JsonNode node, String at, List<Statement> found) {
    TemplateWalk.fields(node, at, (key, value, path) -> {
      if (DOCUMENTS.contains(key)) {
        statements(value.path("Statement"), path + ".Statement", found);
        return false;
      }
      return true;
    });
  }

  /** The statements of a Statement value: one, a list, or Fn::If between statements. */
  private static void statements(JsonNode node, String at, List<Statement> found) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        statements(node.get(i), at + "[" + i + "]", found);
      }
    } else if (node.has("Fn::If")) {
      statements(node.get("Fn::If").path(1), at + ".Fn::If[1]", found);
      statements(node.get("Fn::If").path(2), at + ".Fn::If[2]", found);
    } else if (node.isObject() && !node.has("Ref")) {
      found.add(new Statement(node, at));
    }
  }

  private static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(one -> texts.add(one.asText()));
    } else if (!node.isMissingNode()) {
      texts.add(node.asText());
    }
    return texts;
  }
}
