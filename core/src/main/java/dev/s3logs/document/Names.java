package dev.s3logs.document;

/** Member names of the ECS part of the document, encoded once. */
final class Names {

  static final byte[] TIMESTAMP = JsonLine.name("@timestamp");
  static final byte[] EVENT = JsonLine.name("event");
  static final byte[] ID = JsonLine.name("id");
  static final byte[] ACTION = JsonLine.name("action");
  static final byte[] CODE = JsonLine.name("code");
  static final byte[] OUTCOME = JsonLine.name("outcome");
  static final byte[] DURATION = JsonLine.name("duration");
  static final byte[] DATASET = JsonLine.name("dataset");
  static final byte[] KIND = JsonLine.name("kind");
  static final byte[] CATEGORY = JsonLine.name("category");
  static final byte[] TYPE = JsonLine.name("type");
  static final byte[] CLIENT = JsonLine.name("client");
  static final byte[] IP = JsonLine.name("ip");
  static final byte[] ADDRESS = JsonLine.name("address");
  static final byte[] USER = JsonLine.name("user");
  static final byte[] HTTP = JsonLine.name("http");
  static final byte[] REQUEST = JsonLine.name("request");
  static final byte[] METHOD = JsonLine.name("method");
  static final byte[] REFERRER = JsonLine.name("referrer");
  static final byte[] VERSION = JsonLine.name("version");
  static final byte[] RESPONSE = JsonLine.name("response");
  static final byte[] STATUS_CODE = JsonLine.name("status_code");
  static final byte[] BODY = JsonLine.name("body");
  static final byte[] BYTES = JsonLine.name("bytes");
  static final byte[] URL = JsonLine.name("url");
  static final byte[] ORIGINAL = JsonLine.name("original");
  static final byte[] PATH = JsonLine.name("path");
  static final byte[] QUERY = JsonLine.name("query");
  static final byte[] DOMAIN = JsonLine.name("domain");
  static final byte[] USER_AGENT = JsonLine.name("user_agent");
  static final byte[] TLS = JsonLine.name("tls");
  static final byte[] CIPHER = JsonLine.name("cipher");
  static final byte[] VERSION_PROTOCOL = JsonLine.name("version_protocol");
  static final byte[] CLOUD = JsonLine.name("cloud");
  static final byte[] PROVIDER = JsonLine.name("provider");
  static final byte[] REGION = JsonLine.name("region");
  static final byte[] TAGS = JsonLine.name("tags");

  static final byte[] EVENT_CONSTANTS = members("\"dataset\":\"" + DocumentWriter.DATASET
      + "\",\"kind\":\"event\",\"category\":[\"web\"],\"type\":[\"access\"]");
  static final byte[] SUCCESS = members("\"outcome\":\"success\"");
  static final byte[] FAILURE = members("\"outcome\":\"failure\"");
  static final byte[] PROVIDER_AWS = members("\"provider\":\"aws\"");
  static final byte[] PROTOCOL_TLS = members("\"version_protocol\":\"tls\"");
  static final byte[] INVALID_REMOTE_IP = members("\"tags\":[\"" + DocumentWriter.INVALID_REMOTE_IP_TAG + "\"]");

  private static byte[] members(String json) {
    return json.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private Names() {
  }
}
