package dev.s3logs.traffic;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which requests a question is about: a time range, exact values of some dimensions, a status
 * class, bots in or out, and text that the key, URL, user agent, referrer, client address or
 * requester must contain (ignoring case). Null means no condition.
 */
public record TrafficFilter(TimeRange range, Map<Dimension, String> equal,
    StatusClass statusClass, Bots bots, String search) {

  public TrafficFilter {
    equal = Map.copyOf(equal);
    bots = bots == null ? Bots.INCLUDE : bots;
    search = search == null || search.isBlank() ? null : search.strip();
  }

  public static TrafficFilter of(TimeRange range) {
    return new TrafficFilter(range, Map.of(), null, Bots.INCLUDE, null);
  }

  /** This filter and {@code dimension} equal to {@code value}. */
  public TrafficFilter with(Dimension dimension, String value) {
    Map<Dimension, String> more = new EnumMap<>(Dimension.class);
    more.putAll(equal);
    more.put(dimension, value);
    return new TrafficFilter(range, more, statusClass, bots, search);
  }

  public TrafficFilter withStatusClass(StatusClass status) {
    return new TrafficFilter(range, equal, status, bots, search);
  }

  public TrafficFilter withBots(Bots which) {
    return new TrafficFilter(range, equal, statusClass, which, search);
  }

  public TrafficFilter withSearch(String text) {
    return new TrafficFilter(range, equal, statusClass, bots, text);
  }
}
