package dev.s3logs.store.engine;

import dev.s3logs.traffic.Dimension;

/**
 * The document field of each dimension (the ECS names of the mapping): a fixed mapping, never a
 * name from a user. Client addresses are read from {@code client.address}, a keyword holding
 * the address as logged, where a document also has {@code client.ip} (valid addresses only):
 * the same text the DuckDB store keeps, so the stores compare, search and order it alike.
 */
final class TrafficFields {

  static final String TIME = "@timestamp";
  static final String STATUS = "http.response.status_code";
  static final String BYTES = "http.response.body.bytes";
  static final String OPERATION = "event.action";
  static final String USER_AGENT = "user_agent.original";
  static final String CLIENT_ADDRESS = "client.address";
  static final String CLIENT_IP = "client.ip";
  static final String TOTAL_TIME = "aws.s3access.total_time";
  static final String TURN_AROUND = "aws.s3access.turn_around_time";

  /** The fields the search box looks into, as DuckDB's search does. */
  static final String[] SEARCHED = {"aws.s3access.key", "url.original", USER_AGENT,
      "http.request.referrer", CLIENT_ADDRESS, "client.user.id"};

  private TrafficFields() {
  }

  static String of(Dimension dimension) {
    return switch (dimension) {
      case BUCKET -> "aws.s3access.bucket";
      case OPERATION -> OPERATION;
      case STATUS -> STATUS;
      case ERROR_CODE -> "event.code";
      case KEY -> "aws.s3access.key";
      case REFERRER -> "http.request.referrer";
      case CLIENT_IP -> CLIENT_ADDRESS;
      case USER_AGENT -> USER_AGENT;
      case REQUESTER -> "client.user.id";
    };
  }
}
