package dev.s3logs.serve;

import dev.s3logs.traffic.BotPatterns;
import dev.s3logs.traffic.Count;
import dev.s3logs.traffic.Dimension;
import dev.s3logs.traffic.Interval;
import dev.s3logs.traffic.Prices;
import dev.s3logs.traffic.Summary;
import dev.s3logs.traffic.TimePoint;
import dev.s3logs.traffic.TopList;
import dev.s3logs.traffic.TimeRange;
import dev.s3logs.traffic.Totals;
import dev.s3logs.traffic.TrafficFilter;
import dev.s3logs.traffic.TrafficQueries;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON endpoints under {@code /api/}: what each answers, as plain values for Jackson. */
final class DashboardApi {

  static final int TOP = 10;
  static final int PAGE_SIZE = 50;

  /** The page's top-list panels, by the names its script reads. */
  static final List<TopList> TOP_LISTS = List.of(TopList.of("status", Dimension.STATUS),
      TopList.of("key", Dimension.KEY), new TopList("key404", Dimension.KEY, "404"),
      new TopList("key403", Dimension.KEY, "403"), TopList.of("referrer", Dimension.REFERRER),
      TopList.of("client_ip", Dimension.CLIENT_IP), TopList.of("user_agent", Dimension.USER_AGENT),
      TopList.of("operation", Dimension.OPERATION), TopList.of("requester", Dimension.REQUESTER),
      TopList.of("bucket", Dimension.BUCKET));

  private final TrafficQueries queries;
  private final Prices prices;

  DashboardApi(TrafficQueries queries, Prices prices) {
    this.queries = queries;
    this.prices = prices;
  }

  /** The answer to {@code /api/NAME}, or null when there is no such endpoint. */
  Object answer(String name, QueryString query) {
    return switch (name) {
      case "config" -> config();
      case "summary" -> summary(filter(query));
      case "series" -> series(filter(query));
      case "top" -> top(filter(query));
      case "requests" -> queries.requests(filter(query), FilterParameters.page(query),
          PAGE_SIZE);
      default -> null;
    };
  }

  private TrafficFilter filter(QueryString query) {
    return FilterParameters.filter(query, span());
  }

  /** The store's span, or the last day when it is empty. */
  private TimeRange span() {
    return queries.span().orElseGet(() -> {
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      return new TimeRange(now.minus(1, ChronoUnit.DAYS), now);
    });
  }

  private Map<String, Object> config() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("span", queries.span().orElse(null));
    config.put("botWords", BotPatterns.WORDS);
    config.put("prices", prices);
    config.put("priceSource", Prices.SOURCE);
    return config;
  }

  private Map<String, Object> summary(TrafficFilter filter) {
    Summary both = queries.summary(filter);
    Totals totals = both.totals();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("range", filter.range());
    summary.put("totals", totals);
    summary.put("errorRate", totals.errorRate());
    summary.put("cost", prices.estimate(totals));
    summary.put("priceSource", Prices.SOURCE);
    summary.put("latency", both.latency());
    return summary;
  }

  private Map<String, Object> series(TrafficFilter filter) {
    Interval interval = Interval.of(filter.range());
    List<TimePoint> points = queries.overTime(filter, interval);
    Map<String, Object> series = new LinkedHashMap<>();
    series.put("interval", interval.label());
    series.put("t", points.stream().map(p -> p.start().getEpochSecond()).toList());
    series.put("requests", points.stream().map(TimePoint::requests).toList());
    series.put("bytesSent", points.stream().map(TimePoint::bytesSent).toList());
    series.put("errorRate", points.stream().map(TimePoint::errorRate).toList());
    return series;
  }

  private Map<String, List<Count>> top(TrafficFilter filter) {
    return queries.top(filter, TOP_LISTS, TOP);
  }

}
