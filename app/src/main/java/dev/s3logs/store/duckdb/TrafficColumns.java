package dev.s3logs.store.duckdb;

import dev.s3logs.traffic.Dimension;

/** The {@code requests} column of each dimension: a fixed mapping, never a name from a user. */
final class TrafficColumns {

  static final String TIME = "\"timestamp\"";
  static final String STATUS = "http_response_status_code";
  static final String BYTES = "http_response_body_bytes";
  static final String OPERATION = "event_action";
  static final String USER_AGENT = "user_agent_original";
  static final String CLIENT_IP = "client_ip";

  private TrafficColumns() {
  }

  static String of(Dimension dimension) {
    return switch (dimension) {
      case BUCKET -> "aws_s3access_bucket";
      case OPERATION -> OPERATION;
      case STATUS -> STATUS;
      case ERROR_CODE -> "event_code";
      case KEY -> "aws_s3access_key";
      case REFERRER -> "http_request_referrer";
      case CLIENT_IP -> CLIENT_IP;
      case USER_AGENT -> USER_AGENT;
      case REQUESTER -> "client_user_id";
    };
  }

  /** The columns the search box looks into. */
  static final String[] SEARCHED = {"aws_s3access_key", "url_original", USER_AGENT,
      "http_request_referrer", CLIENT_IP, "client_user_id"};
}
