package dev.s3logs.store.duckdb;

import dev.s3logs.traffic.RequestRow;
import java.sql.SQLException;

/** The columns of a listed request and the record they make. */
final class RequestRows {

  static final String COLUMNS = String.join(", ", TrafficColumns.TIME, "aws_s3access_bucket",
      TrafficColumns.OPERATION, TrafficColumns.STATUS, "event_code", "aws_s3access_key",
      "url_original", TrafficColumns.BYTES, "aws_s3access_total_time", "client_ip",
      "client_user_id", TrafficColumns.USER_AGENT, "http_request_referrer");

  private RequestRows() {
  }

  static RequestRow row(Row row) throws SQLException {
    return new RequestRow(row.time(1), row.text(2), row.text(3), row.integer(4), row.text(5),
        row.text(6), row.text(7), row.number(8), row.number(9), row.text(10), row.text(11),
        row.text(12), row.text(13));
  }
}
