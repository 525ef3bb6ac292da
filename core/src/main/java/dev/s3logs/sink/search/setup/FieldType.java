package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.document.DocumentField;

/**
 * The field mappings s3logs uses, limited to types that both OpenSearch 2 and Elasticsearch 8
 * accept even in their minimal builds: no {@code wildcard}, {@code match_only_text},
 * {@code constant_keyword}, {@code flattened} or {@code flat_object}.
 */
enum FieldType {
  DATE, IP, LONG, INTEGER,
  /** An identifier or a short value: exact match, aggregations. */
  KEYWORD,
  /**
   * A value unique to its request (a request ID): exact match, without the doc values that only
   * counting or sorting by it would use, and that would cost as much disk as its index.
   */
  UNIQUE_KEYWORD,
  /**
   * Kept in {@code _source} and shown with every hit, not searchable. For S3's extended request
   * ID alone: 76 random characters that took a third of the disk once indexed, and that always
   * comes with a request ID, which is searchable.
   */
  UNINDEXED,
  /** A value that can be long (a referrer, a query string), still matched exactly. */
  LONG_KEYWORD,
  /**
   * A long value people search words in (a key, a URL): keyword plus a {@code .text} field.
   * Only where the words are not already searchable through another field: a {@code .text} field
   * costs about a tenth of a document's disk.
   */
  SEARCHABLE,
  TEXT,
  /** A message: words searchable, plus a {@code .keyword} field to group identical ones. */
  TEXT_WITH_KEYWORD,
  /** Bytes in base64, stored but not searchable. */
  BINARY,
  /** An object kept in {@code _source} as it came, not parsed: it cannot be rejected. */
  STORED_ONLY;

  /** ECS's limit for keywords. */
  static final int KEYWORD_LIMIT = 1024;
  /**
   * Lucene refuses a term over 32766 bytes and fails the whole document; 8191 characters fit
   * even when each takes 4 bytes in UTF-8. Longer values stay searchable in {@code .text}.
   */
  static final int LONG_KEYWORD_LIMIT = 8191;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The mapping type of a document field: by its value, or for strings by how it is searched. */
  static FieldType of(DocumentField field) {
    return switch (field.value()) {
      case TIMESTAMP -> DATE;
      case IP -> IP;
      case LONG -> LONG;
      case INTEGER -> INTEGER;
      case STRING, STRING_LIST -> switch (field.search()) {
        case EXACT -> KEYWORD;
        case UNIQUE_ID -> UNIQUE_KEYWORD;
        case LONG_VALUE -> LONG_KEYWORD;
        case WORDS -> SEARCHABLE;
        case STORED_ONLY -> UNINDEXED;
      };
    };
  }

  ObjectNode mapping() {
    return switch (this) {
      case DATE -> typed("date");
      case IP -> typed("ip");
      case LONG -> typed("long");
      case INTEGER -> typed("integer");
      case KEYWORD -> keyword(KEYWORD_LIMIT);
      case UNIQUE_KEYWORD -> keyword(KEYWORD_LIMIT).put("doc_values", false);
      case UNINDEXED -> typed("keyword").put("index", false).put("doc_values", false);
      case LONG_KEYWORD -> keyword(LONG_KEYWORD_LIMIT);
      case SEARCHABLE -> withField(keyword(LONG_KEYWORD_LIMIT), "text", wordsOnly());
      case TEXT -> typed("text");
      case TEXT_WITH_KEYWORD -> withField(typed("text"), "keyword", keyword(KEYWORD_LIMIT));
      case BINARY -> typed("binary");
      case STORED_ONLY -> typed("object").put("enabled", false);
    };
  }

  private static ObjectNode typed(String type) {
    return NODES.objectNode().put("type", type);
  }

  /** Text without norms: log searches filter, they do not rank by field length. */
  private static ObjectNode wordsOnly() {
    return typed("text").put("norms", false);
  }

  private static ObjectNode keyword(int ignoreAbove) {
    return typed("keyword").put("ignore_above", ignoreAbove);
  }

  private static ObjectNode withField(ObjectNode mapping, String name, ObjectNode field) {
    mapping.putObject("fields").set(name, field);
    return mapping;
  }
}
