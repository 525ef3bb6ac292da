package dev.s3logs.store.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.config.EngineConfig;
import dev.s3logs.sink.http.EngineUnreachableException;
import dev.s3logs.sink.search.EngineDetectionException;
import dev.s3logs.sink.search.setup.SetupOptions;
import dev.s3logs.traffic.Count;
import dev.s3logs.traffic.Dimension;
import dev.s3logs.traffic.Interval;
import dev.s3logs.traffic.Latency;
import dev.s3logs.traffic.RequestPage;
import dev.s3logs.traffic.RequestTier;
import dev.s3logs.traffic.TimePoint;
import dev.s3logs.traffic.TimeRange;
import dev.s3logs.traffic.Totals;
import dev.s3logs.traffic.TrafficFilter;
import dev.s3logs.traffic.TrafficQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link TrafficQueries} over the indices {@code ingest} fills in OpenSearch or Elasticsearch:
 * {@code _search} with {@code size: 0} and aggregations, filters as {@code bool.filter}. Only
 * reads; the dead-letter index is left out of every question. Thread-safe: each question is
 * one or a few HTTP requests on the shared transport.
 */
public final class EngineTraffic implements TrafficQueries {

  private final EngineConnection engine;
  private final String target;
  private final SearchCall call;
  private final Percentiles percentiles;

  EngineTraffic(EngineConnection engine, String target, int maxPercentileValues) {
    this.engine = engine;
    this.target = target;
    this.call = new SearchCall(engine.http(), target);
    this.percentiles = new Percentiles(maxPercentileValues);
  }

  /** The logs of {@code indices} (as {@code ingest --index} or {@code --data-stream} named). */
  public static EngineTraffic open(EngineConnection engine, SetupOptions indices) {
    return new EngineTraffic(engine, LogIndices.target(indices), Percentiles.MAX_VALUES);
  }

  /**
   * Connects to the engine {@code config} names (asking what it is), then as
   * {@link #open(EngineConnection, SetupOptions)}; an engine that cannot be reached or refuses
   * the credentials is refused in one line naming {@code --from}.
   */
  public static EngineTraffic connect(EngineConfig config, SetupOptions indices,
      Consumer<String> notes) {
    try {
      return open(EngineConnection.open(config, notes), indices);
    } catch (EngineUnreachableException | EngineDetectionException e) {
      throw new EngineTrafficException("--from " + config.url() + ": " + e.getMessage(), e);
    }
  }

  /** As the dashboard names it: {@code s3-access-logs-* in OpenSearch 2.19.6 at http://...}. */
  public String describe() {
    return target + " in " + engine.engine() + " at " + engine.http().base();
  }

  @Override
  public Optional<TimeRange> span() {
    ObjectNode body = EngineFilter.NODES.objectNode().put("size", 0);
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("first").putObject("min").put("field", TrafficFields.TIME);
    aggs.putObject("last").putObject("max").put("field", TrafficFields.TIME);
    JsonNode answer = call.search(body).path("aggregations");
    Instant first = time(answer.path("first"));
    return first == null ? Optional.empty()
        : Optional.of(new TimeRange(first, time(answer.path("last")).plusSeconds(1)));
  }

  @Override
  public List<TimePoint> overTime(TrafficFilter filter, Interval interval) {
    ObjectNode body = aggregationsOnly(filter);
    long width = interval.duration().getSeconds();
    ObjectNode histogram = body.putObject("aggs").putObject("t");
    ObjectNode dates = histogram.putObject("date_histogram").put("field", TrafficFields.TIME)
        .put("fixed_interval", width + "s")
        // buckets are counted from the epoch: shift them to start where Interval's do
        .put("offset", Math.floorMod(Interval.ORIGIN.getEpochSecond(), width) + "s")
        .put("min_doc_count", 0);
    dates.putObject("extended_bounds")
        .put("min", interval.start(filter.range().from()).toEpochMilli())
        .put("max", filter.range().to().toEpochMilli() - 1);
    sums(histogram.putObject("aggs"));
    List<TimePoint> points = new ArrayList<>();
    for (JsonNode bucket : call.search(body).at("/aggregations/t/buckets")) {
      points.add(new TimePoint(Instant.ofEpochMilli(bucket.path("key").asLong()),
          bucket.path("doc_count").asLong(), bytes(bucket), errors(bucket)));
    }
    return points;
  }

  @Override
  public Totals totals(TrafficFilter filter) {
    ObjectNode body = aggregationsOnly(filter);
    ObjectNode aggs = body.putObject("aggs");
    sums(aggs);
    aggs.putObject("tier1").putObject("filter").putObject("regexp")
        .put(TrafficFields.OPERATION, luceneRegex(RequestTier.tier1Regex()));
    aggs.putObject("first").putObject("min").put("field", TrafficFields.TIME);
    aggs.putObject("last").putObject("max").put("field", TrafficFields.TIME);
    JsonNode answer = call.search(body);
    JsonNode found = answer.path("aggregations");
    long requests = answer.at("/hits/total/value").asLong();
    long tier1 = found.at("/tier1/doc_count").asLong();
    return new Totals(requests, bytes(found), errors(found), tier1, requests - tier1,
        time(found.path("first")), time(found.path("last")));
  }

  @Override
  public List<Count> top(TrafficFilter filter, Dimension dimension, int limit) {
    return new TopTerms(call).top(filter, dimension, limit);
  }

  @Override
  public Latency latency(TrafficFilter filter) {
    ObjectNode body = aggregationsOnly(filter);
    ObjectNode aggs = body.putObject("aggs");
    percentiles.request(aggs, "total", TrafficFields.TOTAL_TIME);
    percentiles.request(aggs, "turn", TrafficFields.TURN_AROUND);
    JsonNode found = call.search(body).path("aggregations");
    return new Latency(percentiles.read(found, "total"), percentiles.read(found, "turn"));
  }

  @Override
  public RequestPage requests(TrafficFilter filter, int page, int size) {
    return new RequestPages(call).page(filter, page, size);
  }

  @Override
  public void close() {
    // the transport holds no resources of its own beyond the JDK client's idle connections
  }

  /** A search for {@code filter}'s requests that returns no hits, only the exact total. */
  static ObjectNode aggregationsOnly(TrafficFilter filter) {
    ObjectNode body = EngineFilter.NODES.objectNode().put("size", 0)
        .put("track_total_hits", true);
    body.set("query", EngineFilter.query(filter));
    return body;
  }

  private static void sums(ObjectNode aggs) {
    aggs.putObject("bytes").putObject("sum").put("field", TrafficFields.BYTES);
    aggs.putObject("errors").putObject("filter").putObject("range")
        .putObject(TrafficFields.STATUS).put("gte", 400);
  }

  private static long bytes(JsonNode aggs) {
    return Math.round(aggs.at("/bytes/value").asDouble());
  }

  private static long errors(JsonNode aggs) {
    return aggs.at("/errors/doc_count").asLong();
  }

  private static Instant time(JsonNode minOrMax) {
    JsonNode value = minOrMax.path("value");
    return value.isNumber() ? Instant.ofEpochMilli(value.asLong()) : null;
  }

  /** Lucene's regular expressions are anchored and have no {@code ^} or {@code $}. */
  static String luceneRegex(String anchored) {
    return anchored.replace("^", "").replace("$", "");
  }
}
