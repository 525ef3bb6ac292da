package dev.s3logs.document;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.s3logs.record.AccessLogRecord;
import java.io.IOException;

/** The {@code aws.s3access.*} object: every log field under Elastic's names, as logged. */
final class RawFields {

  void write(AccessLogRecord r, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("aws");
    g.writeObjectFieldStart("s3access");
    Fields.string(g, "bucket_owner", r.bucketOwner());
    Fields.string(g, "bucket", r.bucket());
    Fields.string(g, "remote_ip", r.remoteIp());
    Fields.string(g, "requester", r.requester());
    Fields.string(g, "request_id", r.requestId());
    Fields.string(g, "operation", r.operation());
    Fields.string(g, "key", r.key());
    Fields.string(g, "request_uri", r.requestUri());
    Fields.number(g, "http_status", r.httpStatus());
    Fields.string(g, "error_code", r.errorCode());
    Fields.number(g, "bytes_sent", r.bytesSent());
    Fields.number(g, "object_size", r.objectSize());
    Fields.number(g, "total_time", r.totalTime());
    Fields.number(g, "turn_around_time", r.turnAroundTime());
    Fields.string(g, "referrer", r.referrer());
    Fields.string(g, "user_agent", r.userAgent());
    Fields.string(g, "version_id", r.versionId());
    Fields.string(g, "host_id", r.hostId());
    Fields.string(g, "signature_version", r.signatureVersion());
    Fields.string(g, "cipher_suite", r.cipherSuite());
    Fields.string(g, "authentication_type", r.authenticationType());
    Fields.string(g, "host_header", r.hostHeader());
    Fields.string(g, "tls_version", r.tlsVersion());
    Fields.string(g, "access_point_arn", r.accessPointArn());
    Fields.string(g, "aclrequired", r.aclRequired());
    Fields.string(g, "source_region", r.sourceRegion());
    g.writeEndObject();
    g.writeEndObject();
  }
}
