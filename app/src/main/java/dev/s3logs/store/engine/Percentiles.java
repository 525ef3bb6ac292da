package dev.s3logs.store.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.traffic.Latency;
import dev.s3logs.traffic.ValueCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * Percentiles of a time field, computed here from the count of every value (a {@code terms}
 * aggregation ordered by value), interpolated linearly between ranks as DuckDB's
 * {@code quantile_cont} does: exact, so every store gives the same numbers. Times are whole
 * milliseconds, so a question has few distinct values; beyond {@link #MAX_VALUES} of them the
 * engine's own {@code percentiles} (a TDigest estimate) answers instead.
 */
final class Percentiles {

  static final int MAX_VALUES = 10_000;

  private final int maxValues;

  Percentiles(int maxValues) {
    this.maxValues = maxValues;
  }

  /** The aggregations to ask for {@code field}, named after {@code name}. */
  void request(ObjectNode aggs, String name, String field) {
    ObjectNode terms = aggs.putObject(name).putObject("terms").put("field", field)
        .put("size", maxValues);
    terms.putObject("order").put("_key", "asc");
    aggs.putObject(name + "_estimate").putObject("percentiles").put("field", field)
        .putArray("percents").add(50).add(95).add(99);
  }

  /** The percentiles from the answer's aggregations; null values when none had the time. */
  Latency.Percentiles read(JsonNode aggs, String name) {
    JsonNode values = aggs.path(name);
    if (values.path("sum_other_doc_count").asLong() > 0) {
      JsonNode estimate = aggs.path(name + "_estimate").path("values");
      return new Latency.Percentiles(estimate(estimate, "50.0"), estimate(estimate, "95.0"),
          estimate(estimate, "99.0"));
    }
    List<ValueCounts.ValueCount> counts = new ArrayList<>();
    for (JsonNode bucket : values.path("buckets")) {
      counts.add(new ValueCounts.ValueCount(bucket.path("key").asDouble(),
          bucket.path("doc_count").asLong()));
    }
    return new ValueCounts(counts).percentiles();
  }

  private static Double estimate(JsonNode values, String key) {
    JsonNode value = values.path(key);
    return value.isNumber() ? value.asDouble() : null;
  }
}
