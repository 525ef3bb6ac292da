package dev.s3logs.dashboards;

import static dev.s3logs.dashboards.Aggregation.CARDINALITY;
import static dev.s3logs.dashboards.Aggregation.COUNT;
import static dev.s3logs.dashboards.Aggregation.PERCENTILES;
import static dev.s3logs.dashboards.Aggregation.SUM;
import static dev.s3logs.dashboards.PanelKind.BAR;
import static dev.s3logs.dashboards.PanelKind.LINE_OVER_TIME;
import static dev.s3logs.dashboards.PanelKind.METRIC;
import static dev.s3logs.dashboards.PanelKind.PIE;
import static dev.s3logs.dashboards.PanelKind.TABLE;

import java.util.List;

/** The panels of the s3logs dashboard, in the order they are laid out. */
public final class Panels {

  static final String STATUS = "http.response.status_code";
  static final String KEY = "aws.s3access.key";
  private static final int TOP = 20;

  private Panels() {
  }

  public static List<Panel> standard() {
    return List.of(
        Panel.of("requests-over-time", "Requests over time", LINE_OVER_TIME, COUNT),
        Panel.of("bytes-over-time", "Bytes sent over time", LINE_OVER_TIME, SUM,
            "http.response.body.bytes"),
        Panel.of("error-rate", "Error rate (4xx/5xx) over time", LINE_OVER_TIME, COUNT)
            .sharesOf(List.of(status("2xx/3xx", 100, 400), status("4xx", 400, 500),
                status("5xx", 500, 600))),
        Panel.of("status-codes", "Status codes", PIE, COUNT).splitBy(Split.top(STATUS, 10)),
        Panel.of("operations", "Operations", BAR, COUNT)
            .splitBy(Split.top("event.action", TOP)),
        Panel.of("top-objects", "Top objects", TABLE, COUNT).splitBy(Split.top(KEY, TOP)),
        Panel.of("top-404-keys", "Top 404 keys", TABLE, COUNT).splitBy(Split.top(KEY, TOP))
            .where(status("404", 404, 405)),
        Panel.of("top-403s", "Top 403s (keys)", TABLE, COUNT).splitBy(Split.top(KEY, TOP))
            .where(status("403", 403, 404)),
        Panel.of("top-referrers", "Top referrers", TABLE, COUNT)
            .splitBy(Split.top("http.request.referrer", TOP)),
        Panel.of("top-client-ips", "Top client IPs", TABLE, COUNT)
            .splitBy(Split.top("client.ip", TOP)),
        Panel.of("user-agents", "User agents", TABLE, COUNT)
            .splitBy(Split.top("user_agent.original", TOP)),
        Panel.of("requesters", "Requesters", TABLE, COUNT)
            .splitBy(Split.top("client.user.id", TOP)),
        Panel.of("latency", "Latency percentiles (ms)", LINE_OVER_TIME, PERCENTILES,
            "aws.s3access.total_time", "aws.s3access.turn_around_time"),
        Panel.of("hour-of-day", "Requests by hour of day (UTC)", BAR, COUNT)
            .splitBy(Split.ordered(ScriptedField.HOUR_OF_DAY.name(), 24)),
        Panel.of("unique-clients", "Unique clients", METRIC, CARDINALITY, "client.ip"),
        Panel.of("buckets", "Buckets", PIE, COUNT)
            .splitBy(Split.top("aws.s3access.bucket", 10)));
  }

  private static FieldRange status(String label, long from, long to) {
    return new FieldRange(label, STATUS, from, to);
  }
}
