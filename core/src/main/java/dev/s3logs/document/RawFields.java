package dev.s3logs.document;

import dev.s3logs.parse.Field;
import dev.s3logs.parse.LineFields;

/**
 * The {@code aws.s3access} object: the log fields under Elastic's names, as logged, except
 * those whose value an ECS field already holds (remote IP, requester, request ID, operation,
 * status, error code, bytes sent, referrer, user agent, cipher, host header). The index template
 * maps those names as aliases of their ECS twins, so they answer queries without being sent,
 * indexed and stored twice.
 *
 * <p>Written as a loop over the fields rather than straight-line calls: the JIT would inline
 * the string writer into every call, and compiling that one huge method costs more CPU than a
 * short {@code s3logs parse} run spends on the documents themselves.
 */
final class RawFields {

  private static final byte[] AWS = JsonLine.name("aws");
  private static final byte[] S3ACCESS = JsonLine.name("s3access");
  private static final String[] FIELDS = {"bucket_owner", "bucket", "key", "request_uri",
      "object_size", "total_time", "turn_around_time", "version_id", "host_id",
      "signature_version", "authentication_type", "tls_version", "access_point_arn",
      "aclrequired", "source_region"};
  private static final byte[][] NAMES = new byte[FIELDS.length][];

  static {
    for (int i = 0; i < FIELDS.length; i++) {
      NAMES[i] = JsonLine.name(FIELDS[i]);
    }
  }

  /** The log field behind each name, or null for the three numbers. */
  private static final Field[] SOURCES = {Field.BUCKET_OWNER, Field.BUCKET, Field.KEY,
      Field.REQUEST_URI, null, null, null, Field.VERSION_ID, Field.HOST_ID,
      Field.SIGNATURE_VERSION, Field.AUTHENTICATION_TYPE, Field.TLS_VERSION,
      Field.ACCESS_POINT_ARN, Field.ACL_REQUIRED, Field.SOURCE_REGION};
  private static final int OBJECT_SIZE = 4;
  private static final int TOTAL_TIME = 5;

  private RawFields() {
  }

  static void write(LineFields f, JsonLine j) {
    j.beginObject(AWS);
    j.beginObject(S3ACCESS);
    for (int i = 0; i < NAMES.length; i++) {
      Field source = SOURCES[i];
      if (source == null) {
        j.number(NAMES[i], number(f, i));
      } else {
        DocumentWriter.span(j, NAMES[i], f, source);
      }
    }
    j.endObject();
    j.endObject();
  }

  private static long number(LineFields f, int field) {
    switch (field) {
      case OBJECT_SIZE: return f.objectSize();
      case TOTAL_TIME: return f.totalTime();
      default: return f.turnAroundTime();
    }
  }
}
