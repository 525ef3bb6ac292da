package dev.s3logs.document;

import dev.s3logs.record.AccessLogRecord;

/**
 * The {@code aws.s3access} object: every log field under Elastic's names, as logged.
 *
 * <p>Written as a loop over the fields rather than 26 straight-line calls: the JIT would inline
 * the string writer into every call, and compiling that one huge method costs more CPU than a
 * short {@code s3logs parse} run spends on the documents themselves.
 */
final class RawFields {

  private static final byte[] AWS = JsonLine.name("aws");
  private static final byte[] S3ACCESS = JsonLine.name("s3access");
  private static final String[] FIELDS = {"bucket_owner", "bucket", "remote_ip", "requester",
      "request_id", "operation", "key", "request_uri", "http_status", "error_code", "bytes_sent",
      "object_size", "total_time", "turn_around_time", "referrer", "user_agent", "version_id",
      "host_id", "signature_version", "cipher_suite", "authentication_type", "host_header",
      "tls_version", "access_point_arn", "aclrequired", "source_region"};
  private static final byte[][] NAMES = new byte[FIELDS.length][];

  static {
    for (int i = 0; i < FIELDS.length; i++) {
      NAMES[i] = JsonLine.name(FIELDS[i]);
    }
  }

  private RawFields() {
  }

  static void write(AccessLogRecord r, JsonLine j) {
    j.beginObject(AWS);
    j.beginObject(S3ACCESS);
    for (int field = 0; field < NAMES.length; field++) {
      if (isNumber(field)) {
        j.number(NAMES[field], number(r, field));
      } else {
        j.string(NAMES[field], text(r, field));
      }
    }
    j.endObject();
    j.endObject();
  }

  private static boolean isNumber(int field) {
    return field == 8 || (field >= 10 && field <= 13);
  }

  private static long number(AccessLogRecord r, int field) {
    switch (field) {
      case 8: return r.httpStatus();
      case 10: return r.bytesSent();
      case 11: return r.objectSize();
      case 12: return r.totalTime();
      default: return r.turnAroundTime();
    }
  }

  private static String text(AccessLogRecord r, int field) {
    switch (field) {
      case 0: return r.bucketOwner();
      case 1: return r.bucket();
      case 2: return r.remoteIp();
      case 3: return r.requester();
      case 4: return r.requestId();
      case 5: return r.operation();
      case 6: return r.key();
      case 7: return r.requestUri();
      case 9: return r.errorCode();
      case 14: return r.referrer();
      case 15: return r.userAgent();
      case 16: return r.versionId();
      case 17: return r.hostId();
      case 18: return r.signatureVersion();
      case 19: return r.cipherSuite();
      case 20: return r.authenticationType();
      case 21: return r.hostHeader();
      case 22: return r.tlsVersion();
      case 23: return r.accessPointArn();
      case 24: return r.aclRequired();
      default: return r.sourceRegion();
    }
  }
}
