package dev.s3logs.document;

import dev.s3logs.parse.Field;
import dev.s3logs.parse.LineFields;
import dev.s3logs.parse.StringCache;

/**
 * Writes a parsed line as the document every sink shares. Names follow the Elastic Common Schema
 * and Elastic's {@code aws.s3access} integration, so dashboards built for that integration work
 * on s3logs data. Absent values are left out: no nulls, no "-" strings, no empty objects. Values
 * are copied from the line's bytes; the caller declares per line whether they need escaping
 * ({@link JsonLine#plainStrings}).
 *
 * <p>Not thread-safe (it keeps the last timestamp text, request line and regions).
 */
public final class DocumentWriter {

  public static final String DATASET = "aws.s3access";
  public static final String INVALID_REMOTE_IP_TAG = "s3logs_invalid_remote_ip";

  private final IsoTimestamp timestamps = new IsoTimestamp();
  private final CloudRegion regions = new CloudRegion();
  private final StringCache regionKeys = new StringCache();
  private final RequestLine request = new RequestLine();

  /**
   * Writes the document of {@code f}. Its id ({@link DocumentId}) is not part of it: sinks send
   * it beside the document (the bulk action's {@code _id}), where engines need it.
   */
  public void write(LineFields f, JsonLine j) {
    byte[] b = f.line();
    boolean hasRequest = f.has(Field.REQUEST_URI);
    if (hasRequest) {
      request.read(b, f.start(Field.REQUEST_URI), f.end(Field.REQUEST_URI));
    }
    j.beginObject();
    j.plain(Names.TIMESTAMP, timestamps.format(f.time()));
    writeEvent(f, j);
    RawFields.write(f, j);
    writeClient(f, j);
    writeHttp(f, hasRequest, j);
    writeUrl(f, hasRequest, j);
    if (f.has(Field.USER_AGENT)) {
      j.beginObject(Names.USER_AGENT);
      span(j, Names.ORIGINAL, f, Field.USER_AGENT);
      j.endObject();
    }
    writeTls(f, j);
    j.beginObject(Names.CLOUD);
    j.members(Names.PROVIDER_AWS);
    String region = regions.of(key(f, Field.ACCESS_POINT_ARN), key(f, Field.HOST_HEADER));
    if (region != null) {
      j.string(Names.REGION, region);
    }
    j.endObject();
    if (f.has(Field.REMOTE_ADDRESS) && !f.remoteIpValid()) {
      j.members(Names.INVALID_REMOTE_IP);
    }
    j.endLine();
  }

  /** Writes the field when present. */
  static void span(JsonLine j, byte[] name, LineFields f, Field field) {
    if (f.has(field)) {
      j.span(name, f.line(), f.start(field), f.end(field));
    }
  }

  private String key(LineFields f, Field field) {
    return f.has(field) ? regionKeys.get(f.line(), f.start(field), f.end(field)) : null;
  }

  private static void writeEvent(LineFields f, JsonLine j) {
    j.beginObject(Names.EVENT);
    span(j, Names.ID, f, Field.REQUEST_ID);
    span(j, Names.ACTION, f, Field.OPERATION);
    span(j, Names.CODE, f, Field.ERROR_CODE);
    j.members(f.has(Field.ERROR_CODE) ? Names.FAILURE : Names.SUCCESS);
    j.number(Names.DURATION, f.totalTime() < 0 ? -1 : f.totalTime() * 1_000_000L);
    j.members(Names.EVENT_CONSTANTS);
    j.endObject();
  }

  private static void writeClient(LineFields f, JsonLine j) {
    boolean address = f.has(Field.REMOTE_ADDRESS);
    boolean requester = f.has(Field.REQUESTER);
    if (!address && !requester) {
      return;
    }
    j.beginObject(Names.CLIENT);
    if (f.remoteIpValid()) {
      span(j, Names.IP, f, Field.REMOTE_ADDRESS);
    }
    span(j, Names.ADDRESS, f, Field.REMOTE_ADDRESS);
    if (requester) {
      j.beginObject(Names.USER);
      span(j, Names.ID, f, Field.REQUESTER);
      j.endObject();
    }
    j.endObject();
  }

  private void writeHttp(LineFields f, boolean hasRequest, JsonLine j) {
    boolean method = hasRequest && request.hasMethod();
    boolean version = hasRequest && request.hasVersion();
    boolean referrer = f.has(Field.REFERRER);
    boolean response = f.httpStatus() >= 0 || f.bytesSent() >= 0;
    if (!method && !version && !referrer && !response) {
      return;
    }
    byte[] b = f.line();
    j.beginObject(Names.HTTP);
    if (method || referrer) {
      j.beginObject(Names.REQUEST);
      if (method) {
        j.span(Names.METHOD, b, request.methodStart(), request.methodEnd());
      }
      span(j, Names.REFERRER, f, Field.REFERRER);
      j.endObject();
    }
    if (version) {
      j.span(Names.VERSION, b, request.versionStart(), request.versionEnd());
    }
    if (response) {
      j.beginObject(Names.RESPONSE);
      j.number(Names.STATUS_CODE, f.httpStatus());
      if (f.bytesSent() >= 0) {
        j.beginObject(Names.BODY);
        j.number(Names.BYTES, f.bytesSent());
        j.endObject();
      }
      j.endObject();
    }
    j.endObject();
  }

  private void writeUrl(LineFields f, boolean hasRequest, JsonLine j) {
    boolean target = hasRequest && request.hasTarget();
    if (!target && !f.has(Field.HOST_HEADER)) {
      return;
    }
    j.beginObject(Names.URL);
    if (target) {
      byte[] b = f.line();
      j.span(Names.ORIGINAL, b, request.targetStart(), request.targetEnd());
      if (request.hasPath()) {
        j.span(Names.PATH, b, request.targetStart(), request.pathEnd());
      }
      if (request.hasQuery()) {
        j.span(Names.QUERY, b, request.queryStart(), request.targetEnd());
      }
    }
    span(j, Names.DOMAIN, f, Field.HOST_HEADER);
    j.endObject();
  }

  private static void writeTls(LineFields f, JsonLine j) {
    int version = TlsVersion.numberStart(f.line(), f.start(Field.TLS_VERSION), f.end(Field.TLS_VERSION));
    if (!f.has(Field.CIPHER_SUITE) && version < 0) {
      return;
    }
    j.beginObject(Names.TLS);
    span(j, Names.CIPHER, f, Field.CIPHER_SUITE);
    if (version >= 0) {
      j.span(Names.VERSION, f.line(), version, f.end(Field.TLS_VERSION));
      j.members(Names.PROTOCOL_TLS);
    }
    j.endObject();
  }
}
