package dev.s3logs.serve;

/** A status, a content type and a body. */
record Response(int status, String type, byte[] body) {

  static final String JSON = "application/json; charset=utf-8";
}
