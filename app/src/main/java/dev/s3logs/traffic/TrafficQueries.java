package dev.s3logs.traffic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the dashboard asks of a store of requests, in the store's own terms: one implementation
 * per store (SQL on DuckDB, aggregations on OpenSearch and Elasticsearch). No query language
 * crosses this interface, so a filter means the same on every store.
 */
public interface TrafficQueries extends AutoCloseable {

  /** The first and last request in the store; empty when it holds none. */
  Optional<TimeRange> span();

  /** Requests, bytes sent and errors per interval, every interval of the range present. */
  List<TimePoint> overTime(TrafficFilter filter, Interval interval);

  /** The totals of the matching requests. */
  Totals totals(TrafficFilter filter);

  /** The {@code limit} most frequent values of {@code dimension}, most requests first. */
  List<Count> top(TrafficFilter filter, Dimension dimension, int limit);

  /** Several top lists of one filter, by name in the given order: one pass where it can. */
  default Map<String, List<Count>> top(TrafficFilter filter, List<TopList> lists, int limit) {
    Map<String, List<Count>> top = new LinkedHashMap<>();
    lists.forEach(list -> top.put(list.name(), top(list.narrow(filter), list.dimension(),
        limit)));
    return top;
  }

  /** Percentiles of the total and turn-around times, in milliseconds. */
  Latency latency(TrafficFilter filter);

  /** {@link #totals} and {@link #latency} together: in one pass over the rows, where it can. */
  default Summary summary(TrafficFilter filter) {
    return new Summary(totals(filter), latency(filter));
  }

  /** The matching requests, newest first: page {@code page} (from 0) of {@code size}. */
  RequestPage requests(TrafficFilter filter, int page, int size);

  @Override
  void close();
}
