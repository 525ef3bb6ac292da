package dev.s3logs.traffic;

import java.util.List;
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
