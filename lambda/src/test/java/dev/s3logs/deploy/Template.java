package dev.s3logs.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A CloudFormation (or SAM) template read in its long form, with what the checks ask of it. */
final class Template {

  static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs",
      "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName",
      "AWS::URLSuffix");

  private final JsonNode root;

  Template(JsonNode root) {
    this.root = root;
  }

  static Template read(Path file) {
    return new Template(StrictYaml.read(file));
  }

  static Template parse(String yaml) {
    return new Template(StrictYaml.read(yaml));
  }

  JsonNode root() {
    return root;
  }

  Set<String> parameters() {
    return names(root.path("Parameters"));
  }

  JsonNode parameter(String name) {
    return root.path("Parameters").path(name);
  }

  Set<String> resources() {
    return names(root.path("Resources"));
  }

  JsonNode resource(String name) {
    return root.path("Resources").path(name);
  }

  /** The names of the resources of this type. */
  List<String> resourcesOfType(String type) {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> resource : root.path("Resources").properties()) {
      if (type.equals(resource.getValue().path("Type").asText())) {
        found.add(resource.getKey());
      }
    }
    return found;
  }

  Set<String> conditions() {
    return names(root.path("Conditions"));
  }

  Set<String> mappings() {
    return names(root.path("Mappings"));
  }

  /** Every reference in the template but those of the Parameters section itself. */
  List<Reference> references() {
    List<Reference> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> section : root.properties()) {
      if (!section.getKey().equals("Parameters")) {
        found.addAll(Intrinsics.references(section.getValue(), section.getKey()));
      }
    }
    return found;
  }

  private static Set<String> names(JsonNode section) {
    Set<String> names = new TreeSet<>();
    section.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
