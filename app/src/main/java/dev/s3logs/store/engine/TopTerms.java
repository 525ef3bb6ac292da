package dev.s3logs.store.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.traffic.Count;
import dev.s3logs.traffic.Dimension;
import dev.s3logs.traffic.TrafficFilter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The most frequent values of a dimension, ordered as DuckDB orders them: most requests first,
 * ties by the value's text in byte order. The engine orders ties by its own key (numbers and
 * addresses by value), so the buckets are ordered again here; the request asks for more until
 * every value tied with the last one shown has come back. Each shard contributes
 * {@link #SHARD_SIZE} candidates, so counts are exact while a shard holds fewer distinct values
 * and close beyond.
 */
final class TopTerms {

  static final int SHARD_SIZE = 5_000;
  private static final int MOST = 10_000;
  static final Comparator<Count> ORDER = Comparator.comparingLong(Count::requests).reversed()
      .thenComparing(Count::value, TopTerms::bytewise);

  private final SearchCall call;

  TopTerms(SearchCall call) {
    this.call = call;
  }

  List<Count> top(TrafficFilter filter, Dimension dimension, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    for (int size = limit * 2 + 10; ; size *= 4) {
      int asked = Math.min(size, MOST);
      List<Count> counts = ask(filter, dimension, asked);
      if (counts.size() < asked || asked == MOST || lastIsBelowCut(counts, limit)) {
        return counts.stream().sorted(ORDER).limit(limit).toList();
      }
    }
  }

  /** Whether the buckets went past the last count shown, so no tie is missing. */
  private static boolean lastIsBelowCut(List<Count> counts, int limit) {
    return counts.size() <= limit
        || counts.get(counts.size() - 1).requests() < counts.get(limit - 1).requests();
  }

  private List<Count> ask(TrafficFilter filter, Dimension dimension, int size) {
    ObjectNode body = EngineTraffic.aggregationsOnly(filter);
    ObjectNode terms = body.putObject("aggs").putObject("top").putObject("terms")
        .put("field", TrafficFields.of(dimension)).put("size", size)
        .put("shard_size", Math.max(size, SHARD_SIZE));
    terms.putArray("order").add(EngineFilter.NODES.objectNode().put("_count", "desc"))
        .add(EngineFilter.NODES.objectNode().put("_key", "asc"));
    if (dimension == Dimension.CLIENT_IP) {
      body.set("query", EngineFilter.withValidIp(body.get("query").deepCopy()));
    }
    List<Count> counts = new ArrayList<>();
    for (JsonNode bucket : call.search(body).at("/aggregations/top/buckets")) {
      counts.add(new Count(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
    }
    return counts;
  }

  private static int bytewise(String a, String b) {
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
        b.getBytes(StandardCharsets.UTF_8));
  }
}
