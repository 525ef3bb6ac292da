package dev.s3logs.traffic;

import java.util.Arrays;
import java.util.Optional;

/**
 * What requests can be counted by and filtered on, each with its query parameter's name. A
 * fixed set: stores map each to their own column or field, never to a name from a request.
 */
public enum Dimension {
  BUCKET("bucket"), OPERATION("operation"), STATUS("status"), ERROR_CODE("error_code"),
  KEY("key"), REFERRER("referrer"), CLIENT_IP("client_ip"), USER_AGENT("user_agent"),
  REQUESTER("requester");

  private final String parameter;

  Dimension(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  public static Optional<Dimension> byParameter(String name) {
    return Arrays.stream(values()).filter(d -> d.parameter.equals(name)).findFirst();
  }
}
