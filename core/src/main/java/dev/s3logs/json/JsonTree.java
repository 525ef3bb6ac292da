package dev.s3logs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads one JSON value into a tree, as {@code new ObjectMapper().readTree} would with
 * {@code FAIL_ON_TRAILING_TOKENS}: the same nodes (integers as int, long or BigInteger nodes by
 * size, other numbers as doubles, the last of duplicate keys), a {@link MissingNode} for empty
 * input, and a {@link JsonParseException} with the parser's message for malformed input or
 * anything after the value (a {@link JsonProcessingException} past the parser's limits).
 */
public final class JsonTree {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {
  }

  public static JsonNode read(byte[] json) throws JsonProcessingException {
    return inMemory(() -> FACTORY.createParser(json));
  }

  public static JsonNode read(String json) throws JsonProcessingException {
    return inMemory(() -> FACTORY.createParser(json));
  }

  /** Reads {@code json} to its end and closes it, as ObjectMapper does. */
  public static JsonNode read(InputStream json) throws IOException {
    return read(FACTORY.createParser(json));
  }

  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  /** Text in memory fails only as JSON: any other I/O problem would be a bug. */
  private static JsonNode inMemory(ParserSource source) throws JsonProcessingException {
    try {
      return read(source.open());
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON in memory failed", e);
    }
  }

  private static JsonNode read(JsonParser parser) throws IOException {
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return MissingNode.getInstance();
      }
      JsonNode root = value(parser, first);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new JsonParseException(parser, "Trailing token (of type " + trailing
            + ") found after the JSON value: not one JSON document");
      }
      return root;
    }
  }

  // Recursive, but the parser refuses nesting deeper than its StreamReadConstraints (1000).
  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integer(parser);
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new JsonParseException(parser, "Unexpected token " + token);
    };
  }

  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      object.set(name, value(parser, parser.nextToken()));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      array.add(value(parser, token));
    }
    return array;
  }

  private static JsonNode integer(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }
}
