package dev.s3logs.serve;

import dev.s3logs.traffic.Bots;
import dev.s3logs.traffic.Dimension;
import dev.s3logs.traffic.StatusClass;
import dev.s3logs.traffic.TimeRange;
import dev.s3logs.traffic.TrafficFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The filter in a dashboard URL: {@code from} and {@code to} (a UTC day, as 2024-03-01, or a
 * time, as 2024-03-01T10:00 or 2024-03-01T10:00:00Z; a day as {@code to} includes that day), one
 * parameter per {@link Dimension}, {@code status_class}, {@code bots} and {@code q}.
 */
final class FilterParameters {

  static final Set<String> NAMES = names();

  private FilterParameters() {
  }

  private static Set<String> names() {
    Set<String> names = new TreeSet<>(Set.of("from", "to", "status_class", "bots", "q",
        "page", "token"));
    Arrays.stream(Dimension.values()).map(Dimension::parameter).forEach(names::add);
    return names;
  }

  /** The filter; without {@code from} or {@code to}, the store's {@code span} fills them. */
  static TrafficFilter filter(QueryString query, TimeRange span) {
    Instant from = query.get("from") == null ? span.from() : time(query.get("from"), false);
    Instant to = query.get("to") == null ? span.to() : time(query.get("to"), true);
    if (!from.isBefore(to)) {
      throw new BadRequestException("from " + from + " is not before to " + to);
    }
    Map<Dimension, String> equal = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      String value = query.get(dimension.parameter());
      if (value != null) {
        equal.put(dimension, value);
      }
    }
    return new TrafficFilter(new TimeRange(from, to), equal, statusClass(query),
        bots(query), query.get("q"));
  }

  private static StatusClass statusClass(QueryString query) {
    String text = query.get("status_class");
    try {
      return text == null ? null : StatusClass.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  private static Bots bots(QueryString query) {
    String text = query.get("bots");
    try {
      return text == null ? Bots.INCLUDE : Bots.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  static Instant time(String text, boolean end) {
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(text).toInstant();
      }
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("'" + text + "' is not a date (2024-03-01) or a time"
          + " (2024-03-01T10:00, UTC, or with Z or an offset)");
    }
  }

  /** {@code page}: 0 or more, 0 when absent. */
  static int page(QueryString query) {
    String text = query.get("page");
    try {
      int page = text == null ? 0 : Integer.parseInt(text);
      if (page < 0 || page > 1_000_000) {
        throw new NumberFormatException();
      }
      return page;
    } catch (NumberFormatException e) {
      throw new BadRequestException("page '" + text + "' is not a number from 0 to 1000000");
    }
  }
}
