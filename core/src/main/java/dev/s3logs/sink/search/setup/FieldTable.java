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

  /** The root mapping: {@code {"dynamic": false, "properties": {...}}}. */
  ObjectNode mapping() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    // Unknown fields are kept in _source but not indexed. With dynamic mapping the first value
    // of a new field would fix its type, and a later value of another shape (a number, then a
    // "-") would fail every such document; "strict" would refuse them all. A field becomes
    // searchable once it is in this table and the next daily index is created.
    root.put("dynamic", false);
    ObjectNode properties = root.putObject("properties");
    fields.forEach((path, type) -> place(properties, path.split("\\."), type));
    return root;
  }

  private static void place(ObjectNode properties, String[] path, FieldType type) {
    ObjectNode level = properties;
    for (int i = 0; i < path.length - 1; i++) {
      ObjectNode parent = level.has(path[i])
          ? (ObjectNode) level.get(path[i]) : level.putObject(path[i]);
      level = parent.has("properties")
          ? (ObjectNode) parent.get("properties") : parent.putObject("properties");
    }
    level.set(path[path.length - 1], type.mapping());
  }
}
