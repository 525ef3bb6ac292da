package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields by their dotted path ({@code client.user.id}), turned into the nested
 * {@code properties} a mapping needs. Written flat so that the table reads like the document
 * contract in the README.
 */
final class FieldTable {

  private final Map<String, FieldType> fields = new LinkedHashMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();

  FieldTable add(FieldType type, String... paths) {
    for (String path : paths) {
      if (fields.put(path, type) != null) {
        throw new IllegalStateException("field " + path + " mapped twice");
      }
    }
    return this;
  }

  FieldTable under(String parent, FieldType type, String... names) {
    for (String name : names) {
      add(type, parent + "." + name);
    }
    return this;
  }

  /**
   * A name that answers queries with another field's values ({@code "type": "alias"}): the
   * value is indexed and stored once. Documents must not carry the alias itself; both engines
   * refuse a value written to it.
   */
  FieldTable alias(String path, String target) {
    if (!fields.containsKey(target)) {
      throw new IllegalStateException("alias " + path + " names unmapped field " + target);
    }
    if (fields.containsKey(path) || aliases.put(path, target) != null) {
      throw new IllegalStateException("field " + path + " mapped twice");
    }
    return this;
  }

  /** The root mapping: {@code {"dynamic": false, "properties": {...}}}. */
  ObjectNode mapping() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    // Unknown fields are kept in _source but not indexed. With dynamic mapping the first value
    // of a new field would fix its type, and a later value of another shape (a number, then a
    // "-") would fail every such document; "strict" would refuse them all. A field becomes
    // searchable once it is in this table and the next daily index is created.
    root.put("dynamic", false);
    ObjectNode properties = root.putObject("properties");
    fields.forEach((path, type) -> place(properties, path.split("\\."), type.mapping()));
    aliases.forEach((path, target) -> place(properties, path.split("\\."),
        JsonNodeFactory.instance.objectNode().put("type", "alias").put("path", target)));
    return root;
  }

  private static void place(ObjectNode properties, String[] path, ObjectNode field) {
    ObjectNode level = properties;
    for (int i = 0; i < path.length - 1; i++) {
      ObjectNode parent = level.has(path[i])
          ? (ObjectNode) level.get(path[i]) : level.putObject(path[i]);
      level = parent.has("properties")
          ? (ObjectNode) parent.get("properties") : parent.putObject("properties");
    }
    level.set(path[path.length - 1], field);
  }
}
