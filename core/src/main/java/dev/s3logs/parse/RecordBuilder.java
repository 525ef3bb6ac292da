package dev.s3logs.parse;

import dev.s3logs.record.AccessLogRecord;

/**
 * Turns the parser's field positions into a record. Values that repeat from line to line
 * (bucket, operation, user agent...) come from a cache; per-request values are new Strings.
 * Not thread-safe.
 */
final class RecordBuilder {

  private final StringCache cache = new StringCache();

  AccessLogRecord build(LineFields f) {
    String remoteAddress = repeating(f, Field.REMOTE_ADDRESS);
    return new AccessLogRecord(repeating(f, Field.BUCKET_OWNER), repeating(f, Field.BUCKET),
        f.time(), remoteAddress, f.remoteIpValid() ? remoteAddress : null,
        repeating(f, Field.REQUESTER), f.text(Field.REQUEST_ID), repeating(f, Field.OPERATION),
        f.text(Field.KEY), f.text(Field.REQUEST_URI), f.httpStatus(),
        repeating(f, Field.ERROR_CODE), f.bytesSent(), f.objectSize(), f.totalTime(),
        f.turnAroundTime(), repeating(f, Field.REFERRER), repeating(f, Field.USER_AGENT),
        f.text(Field.VERSION_ID), f.text(Field.HOST_ID), repeating(f, Field.SIGNATURE_VERSION),
        repeating(f, Field.CIPHER_SUITE), repeating(f, Field.AUTHENTICATION_TYPE),
        repeating(f, Field.HOST_HEADER), repeating(f, Field.TLS_VERSION),
        repeating(f, Field.ACCESS_POINT_ARN), repeating(f, Field.ACL_REQUIRED),
        repeating(f, Field.SOURCE_REGION));
  }

  private String repeating(LineFields f, Field field) {
    return f.has(field) ? cache.get(f.line(), f.start(field), f.end(field)) : null;
  }
}
