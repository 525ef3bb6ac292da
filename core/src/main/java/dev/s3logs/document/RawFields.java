package dev.s3logs.document;

import dev.s3logs.parse.Field;
import dev.s3logs.parse.LineFields;

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

  /** The log field behind each name, or null for the five numbers. */
  private static final Field[] SOURCES = {Field.BUCKET_OWNER, Field.BUCKET, Field.REMOTE_ADDRESS,
      Field.REQUESTER, Field.REQUEST_ID, Field.OPERATION, Field.KEY, Field.REQUEST_URI, null,
      Field.ERROR_CODE, null, null, null, null, Field.REFERRER, Field.USER_AGENT,
      Field.VERSION_ID, Field.HOST_ID, Field.SIGNATURE_VERSION, Field.CIPHER_SUITE,
      Field.AUTHENTICATION_TYPE, Field.HOST_HEADER, Field.TLS_VERSION, Field.ACCESS_POINT_ARN,
      Field.ACL_REQUIRED, Field.SOURCE_REGION};
  private static final int REMOTE_IP = 2;

  private RawFields() {
  }

  static void write(LineFields f, JsonLine j) {
    j.beginObject(AWS);
    j.beginObject(S3ACCESS);
    for (int i = 0; i < NAMES.length; i++) {
      Field source = SOURCES[i];
      if (source == null) {
        j.number(NAMES[i], number(f, i));
      } else if (i != REMOTE_IP || f.remoteIpValid()) {
        // remote_ip is ip-typed: a masked or garbled address stays in client.address only.
        DocumentWriter.span(j, NAMES[i], f, source);
      }
    }
    j.endObject();
    j.endObject();
  }

  private static long number(LineFields f, int field) {
    switch (field) {
      case 8: return f.httpStatus();
      case 10: return f.bytesSent();
      case 11: return f.objectSize();
      case 12: return f.totalTime();
      default: return f.turnAroundTime();
    }
  }
}
