package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.document.DocumentFields;

/**
 * The mappings of the two kinds of documents: access logs (the contract in the README, written
 * by {@link dev.s3logs.document.DocumentWriter}, fields defined in {@link DocumentFields}) and
 * dead letters. Names and types follow ECS and Elastic's {@code aws.s3access} integration, so
 * its dashboards find the fields they expect.
 */
final class Mappings {

  private Mappings() {
  }

  static ObjectNode logs() {
    FieldTable table = new FieldTable();
    DocumentFields.ALL.forEach(field -> table.add(FieldType.of(field), field.path()));
    DocumentAliases.ALIASES.forEach(table::alias);
    return table.mapping();
  }

  /** A line or document that could not be parsed or indexed, kept to be replayed. */
  static ObjectNode deadLetters() {
    return new FieldTable()
        .add(FieldType.DATE, "@timestamp")
        .add(FieldType.KEYWORD, "stage", "error_type", "index", "id")
        .add(FieldType.TEXT_WITH_KEYWORD, "reason")
        .add(FieldType.INTEGER, "status")
        .add(FieldType.LONG_KEYWORD, "source")
        .add(FieldType.LONG, "line_number")
        .add(FieldType.TEXT, "raw")
        .add(FieldType.BINARY, "raw_base64")
        // The rejected document as it was: parsing it again could fail for the same reason.
        .add(FieldType.STORED_ONLY, "document")
        .mapping();
  }
}
