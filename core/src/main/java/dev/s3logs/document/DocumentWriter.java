package dev.s3logs.document;

import dev.s3logs.record.AccessLogRecord;
import dev.s3logs.record.LogEvent;

/**
 * Writes a record as the document every sink shares. Names follow the Elastic Common Schema and
 * Elastic's {@code aws.s3access} integration, so dashboards built for that integration work on
 * s3logs data. Absent values are left out: no nulls, no "-" strings, no empty objects.
 *
 * <p>Not thread-safe (it caches the last timestamp text and region).
 */
public final class DocumentWriter {

  public static final String DATASET = "aws.s3access";
  public static final String INVALID_REMOTE_IP_TAG = "s3logs_invalid_remote_ip";

  private final IsoTimestamp timestamps = new IsoTimestamp();
  private final CloudRegion regions = new CloudRegion();

  public void write(LogEvent event, JsonLine j) {
    AccessLogRecord r = event.record();
    RequestLine request = r.requestUri() == null ? null : RequestLine.of(r.requestUri());
    j.beginObject();
    j.plain(Names.TIMESTAMP, timestamps.format(r.time()));
    writeEvent(r, event.id(), j);
    RawFields.write(r, j);
    writeClient(r, j);
    writeHttp(r, request, j);
    writeUrl(r, request, j);
    if (r.userAgent() != null) {
      j.beginObject(Names.USER_AGENT);
      j.string(Names.ORIGINAL, r.userAgent());
      j.endObject();
    }
    writeTls(r, j);
    j.beginObject(Names.CLOUD);
    j.string(Names.PROVIDER, "aws");
    j.string(Names.REGION, regions.of(r.accessPointArn(), r.hostHeader()));
    j.endObject();
    writeRelated(r, j);
    if (r.remoteAddress() != null && r.remoteIp() == null) {
      j.array(Names.TAGS, INVALID_REMOTE_IP_TAG);
    }
    j.endLine();
  }

  private static void writeEvent(AccessLogRecord r, String id, JsonLine j) {
    j.beginObject(Names.EVENT);
    j.string(Names.ID, r.requestId());
    j.string(Names.ACTION, r.operation());
    j.string(Names.CODE, r.errorCode());
    j.string(Names.OUTCOME, r.errorCode() == null ? "success" : "failure");
    j.number(Names.DURATION, r.totalTime() < 0 ? -1 : r.totalTime() * 1_000_000L);
    j.string(Names.HASH, id);
    j.string(Names.DATASET, DATASET);
    j.string(Names.KIND, "event");
    j.array(Names.CATEGORY, "web");
    j.array(Names.TYPE, "access");
    j.endObject();
  }

  private static void writeClient(AccessLogRecord r, JsonLine j) {
    if (r.remoteAddress() == null && r.requester() == null) {
      return;
    }
    j.beginObject(Names.CLIENT);
    j.string(Names.IP, r.remoteIp());
    j.string(Names.ADDRESS, r.remoteAddress());
    if (r.requester() != null) {
      j.beginObject(Names.USER);
      j.string(Names.ID, r.requester());
      j.endObject();
    }
    j.endObject();
  }

  private static void writeHttp(AccessLogRecord r, RequestLine request, JsonLine j) {
    boolean method = request != null && request.hasMethod();
    boolean version = request != null && request.hasVersion();
    if (!method && !version && r.referrer() == null && r.httpStatus() < 0 && r.bytesSent() < 0) {
      return;
    }
    j.beginObject(Names.HTTP);
    if (method || r.referrer() != null) {
      j.beginObject(Names.REQUEST);
      if (method) {
        j.slice(Names.METHOD, request.line(), 0, request.methodEnd());
      }
      j.string(Names.REFERRER, r.referrer());
      j.endObject();
    }
    if (version) {
      j.slice(Names.VERSION, request.line(), request.versionStart(), request.line().length());
    }
    if (r.httpStatus() >= 0 || r.bytesSent() >= 0) {
      j.beginObject(Names.RESPONSE);
      j.number(Names.STATUS_CODE, r.httpStatus());
      if (r.bytesSent() >= 0) {
        j.beginObject(Names.BODY);
        j.number(Names.BYTES, r.bytesSent());
        j.endObject();
      }
      j.endObject();
    }
    j.endObject();
  }

  private static void writeUrl(AccessLogRecord r, RequestLine request, JsonLine j) {
    boolean target = request != null && request.hasTarget();
    if (!target && r.hostHeader() == null) {
      return;
    }
    j.beginObject(Names.URL);
    if (target) {
      String line = request.line();
      j.slice(Names.ORIGINAL, line, request.targetStart(), request.targetEnd());
      if (request.hasPath()) {
        j.slice(Names.PATH, line, request.targetStart(), request.pathEnd());
      }
      if (request.hasQuery()) {
        j.slice(Names.QUERY, line, request.queryStart() + 1, request.targetEnd());
      }
    }
    j.string(Names.DOMAIN, r.hostHeader());
    j.endObject();
  }

  private static void writeTls(AccessLogRecord r, JsonLine j) {
    int version = TlsVersion.numberStart(r.tlsVersion());
    if (r.cipherSuite() == null && version < 0) {
      return;
    }
    j.beginObject(Names.TLS);
    j.string(Names.CIPHER, r.cipherSuite());
    if (version >= 0) {
      j.slice(Names.VERSION, r.tlsVersion(), version, r.tlsVersion().length());
      j.string(Names.VERSION_PROTOCOL, "tls");
    }
    j.endObject();
  }

  private static void writeRelated(AccessLogRecord r, JsonLine j) {
    if (r.remoteIp() == null && r.requester() == null) {
      return;
    }
    j.beginObject(Names.RELATED);
    if (r.remoteIp() != null) {
      j.array(Names.IP, r.remoteIp());
    }
    if (r.requester() != null) {
      j.array(Names.USER, r.requester());
    }
    j.endObject();
  }
}
