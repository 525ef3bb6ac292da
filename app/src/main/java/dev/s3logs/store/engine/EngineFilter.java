package dev.s3logs.store.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.traffic.BotPatterns;
import dev.s3logs.traffic.Bots;
import dev.s3logs.traffic.Dimension;
import dev.s3logs.traffic.TrafficFilter;
import java.time.Instant;

/**
 * A {@link TrafficFilter} as a {@code bool} query of {@code term}, {@code range} and
 * case-insensitive {@code wildcard} clauses. User input only ever reaches the engine as a
 * value inside JSON, never as query syntax: wildcard metacharacters in a search are escaped.
 */
final class EngineFilter {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EngineFilter() {
  }

  /** The filter as a query. */
  static ObjectNode query(TrafficFilter filter) {
    ObjectNode bool = NODES.objectNode();
    ArrayNode must = bool.putArray("filter");
    must.add(range(TrafficFields.TIME, filter.range().from(), filter.range().to()));
    filter.equal().forEach((dimension, value) -> must.add(equal(dimension, value)));
    if (filter.statusClass() != null) {
      must.add(range(TrafficFields.STATUS, filter.statusClass().lowest(),
          filter.statusClass().end()));
    }
    if (filter.bots() == Bots.ONLY) {
      must.add(bots());
    } else if (filter.bots() == Bots.EXCLUDE) {
      bool.putArray("must_not").add(bots());
    }
    if (filter.search() != null) {
      must.add(search(filter.search()));
    }
    return wrap("bool", bool);
  }

  /** Documents whose {@code field} is at least {@code from} and below {@code to}. */
  static ObjectNode range(String field, Instant from, Instant to) {
    ObjectNode bounds = NODES.objectNode().put("gte", from.toString()).put("lt", to.toString());
    return wrap("range", wrap(field, bounds));
  }

  static ObjectNode range(String field, long from, long to) {
    return wrap("range", wrap(field, NODES.objectNode().put("gte", from).put("lt", to)));
  }

  static ObjectNode exists(String field) {
    return wrap("exists", NODES.objectNode().put("field", field));
  }

  /** A value compared as text, as DuckDB compares {@code CAST(column AS VARCHAR)}. */
  private static ObjectNode equal(Dimension dimension, String value) {
    if (dimension == Dimension.STATUS && !isStatusText(value)) {
      // "0404" or "abc" is no status's text: the engine would coerce or refuse it
      return wrap("match_none", NODES.objectNode());
    }
    ObjectNode term = wrap("term", NODES.objectNode().put(TrafficFields.of(dimension), value));
    return dimension == Dimension.CLIENT_IP ? withValidIp(term) : term;
  }

  private static boolean isStatusText(String value) {
    return value.matches("0|[1-9][0-9]{0,8}");
  }

  /** Only addresses that are valid, as DuckDB's client_ip holds only those. */
  static ObjectNode withValidIp(ObjectNode clause) {
    ObjectNode bool = NODES.objectNode();
    bool.putArray("filter").add(clause).add(exists(TrafficFields.CLIENT_IP));
    return wrap("bool", bool);
  }

  private static ObjectNode bots() {
    ObjectNode bool = NODES.objectNode();
    ArrayNode any = bool.putArray("should");
    BotPatterns.WORDS.forEach(word -> any.add(contains(TrafficFields.USER_AGENT, word)));
    bool.put("minimum_should_match", 1);
    return wrap("bool", bool);
  }

  private static ObjectNode search(String text) {
    ObjectNode bool = NODES.objectNode();
    ArrayNode any = bool.putArray("should");
    for (String field : TrafficFields.SEARCHED) {
      ObjectNode clause = contains(field, text);
      any.add(field.equals(TrafficFields.CLIENT_ADDRESS) ? withValidIp(clause) : clause);
    }
    bool.put("minimum_should_match", 1);
    return wrap("bool", bool);
  }

  /** {@code field} contains {@code text}, ignoring case (OpenSearch 2.x, Elasticsearch 7.10+). */
  private static ObjectNode contains(String field, String text) {
    String escaped = text.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    ObjectNode wildcard = NODES.objectNode().put("value", "*" + escaped + "*")
        .put("case_insensitive", true);
    return wrap("wildcard", wrap(field, wildcard));
  }

  static ObjectNode wrap(String name, ObjectNode value) {
    ObjectNode node = NODES.objectNode();
    node.set(name, value);
    return node;
  }
}
