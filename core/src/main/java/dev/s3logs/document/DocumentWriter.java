package dev.s3logs.document;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.s3logs.record.AccessLogRecord;
import java.io.IOException;

/**
 * Writes a record as the document every sink shares. Names follow the Elastic Common Schema and
 * Elastic's {@code aws.s3access} integration, so dashboards built for that integration work on
 * s3logs data. Absent values are left out: no nulls, no "-" strings, no empty objects.
 *
 * <p>Not thread-safe (it caches the last timestamp text).
 */
public final class DocumentWriter {

  public static final String DATASET = "aws.s3access";
  public static final String INVALID_REMOTE_IP_TAG = "s3logs_invalid_remote_ip";

  private final IsoTimestamp timestamps = new IsoTimestamp();
  private final RawFields raw = new RawFields();

  public void write(AccessLogRecord r, JsonGenerator g) throws IOException {
    RequestLine request = r.requestUri() == null ? null : RequestLine.of(r.requestUri());
    g.writeStartObject();
    g.writeStringField("@timestamp", timestamps.format(r.time()));
    writeEvent(r, g);
    raw.write(r, g);
    writeClient(r, g);
    writeHttp(r, request, g);
    writeUrl(r, request, g);
    if (r.userAgent() != null) {
      g.writeObjectFieldStart("user_agent");
      g.writeStringField("original", r.userAgent());
      g.writeEndObject();
    }
    writeTls(r, g);
    writeCloud(r, g);
    writeRelated(r, g);
    if (r.remoteAddress() != null && r.remoteIp() == null) {
      g.writeArrayFieldStart("tags");
      g.writeString(INVALID_REMOTE_IP_TAG);
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeEvent(AccessLogRecord r, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("event");
    Fields.string(g, "id", r.requestId());
    Fields.string(g, "action", r.operation());
    Fields.string(g, "code", r.errorCode());
    g.writeStringField("outcome", r.errorCode() == null ? "success" : "failure");
    if (r.totalTime() >= 0) {
      g.writeNumberField("duration", r.totalTime() * 1_000_000L);
    }
    g.writeStringField("dataset", DATASET);
    g.writeStringField("kind", "event");
    g.writeArrayFieldStart("category");
    g.writeString("web");
    g.writeEndArray();
    g.writeArrayFieldStart("type");
    g.writeString("access");
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeClient(AccessLogRecord r, JsonGenerator g) throws IOException {
    if (r.remoteAddress() == null && r.requester() == null) {
      return;
    }
    g.writeObjectFieldStart("client");
    Fields.string(g, "ip", r.remoteIp());
    Fields.string(g, "address", r.remoteAddress());
    if (r.requester() != null) {
      g.writeObjectFieldStart("user");
      g.writeStringField("id", r.requester());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeHttp(AccessLogRecord r, RequestLine request, JsonGenerator g)
      throws IOException {
    String method = request == null ? null : request.method();
    String version = request == null ? null : request.version();
    if (method == null && version == null && r.referrer() == null && r.httpStatus() < 0
        && r.bytesSent() < 0) {
      return;
    }
    g.writeObjectFieldStart("http");
    if (method != null || r.referrer() != null) {
      g.writeObjectFieldStart("request");
      Fields.string(g, "method", method);
      Fields.string(g, "referrer", r.referrer());
      g.writeEndObject();
    }
    Fields.string(g, "version", version);
    if (r.httpStatus() >= 0 || r.bytesSent() >= 0) {
      g.writeObjectFieldStart("response");
      Fields.number(g, "status_code", r.httpStatus());
      if (r.bytesSent() >= 0) {
        g.writeObjectFieldStart("body");
        g.writeNumberField("bytes", r.bytesSent());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeUrl(AccessLogRecord r, RequestLine request, JsonGenerator g)
      throws IOException {
    String target = request == null ? null : request.target();
    if (target == null && r.hostHeader() == null) {
      return;
    }
    g.writeObjectFieldStart("url");
    Fields.string(g, "original", target);
    if (target != null) {
      Fields.string(g, "path", request.path());
      Fields.string(g, "query", request.query());
    }
    Fields.string(g, "domain", r.hostHeader());
    g.writeEndObject();
  }

  private static void writeTls(AccessLogRecord r, JsonGenerator g) throws IOException {
    String version = TlsVersion.number(r.tlsVersion());
    if (r.cipherSuite() == null && version == null) {
      return;
    }
    g.writeObjectFieldStart("tls");
    Fields.string(g, "cipher", r.cipherSuite());
    if (version != null) {
      g.writeStringField("version", version);
      g.writeStringField("version_protocol", "tls");
    }
    g.writeEndObject();
  }

  private static void writeCloud(AccessLogRecord r, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("cloud");
    g.writeStringField("provider", "aws");
    Fields.string(g, "region", CloudRegion.of(r.accessPointArn(), r.hostHeader()));
    g.writeEndObject();
  }

  private static void writeRelated(AccessLogRecord r, JsonGenerator g) throws IOException {
    if (r.remoteIp() == null && r.requester() == null) {
      return;
    }
    g.writeObjectFieldStart("related");
    if (r.remoteIp() != null) {
      g.writeArrayFieldStart("ip");
      g.writeString(r.remoteIp());
      g.writeEndArray();
    }
    if (r.requester() != null) {
      g.writeArrayFieldStart("user");
      g.writeString(r.requester());
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
