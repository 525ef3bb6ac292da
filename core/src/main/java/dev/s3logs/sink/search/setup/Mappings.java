package dev.s3logs.sink.search.setup;

import static dev.s3logs.sink.search.setup.FieldType.DATE;
import static dev.s3logs.sink.search.setup.FieldType.INTEGER;
import static dev.s3logs.sink.search.setup.FieldType.IP;
import static dev.s3logs.sink.search.setup.FieldType.KEYWORD;
import static dev.s3logs.sink.search.setup.FieldType.LONG;
import static dev.s3logs.sink.search.setup.FieldType.LONG_KEYWORD;
import static dev.s3logs.sink.search.setup.FieldType.SEARCHABLE;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The mappings of the two kinds of documents: access logs (the contract in the README, written
 * by {@link dev.s3logs.document.DocumentWriter}) and dead letters. Names and types follow ECS
 * and Elastic's {@code aws.s3access} integration, so its dashboards find the fields they expect.
 */
final class Mappings {

  private static final String S3 = "aws.s3access";

  private Mappings() {
  }

  static ObjectNode logs() {
    return new FieldTable()
        .add(DATE, "@timestamp")
        .under("event", KEYWORD, "id", "action", "code", "outcome", "hash", "dataset", "kind",
            "category", "type")
        .add(LONG, "event.duration")
        .under(S3, KEYWORD, "bucket_owner", "bucket", "requester", "request_id", "operation",
            "error_code", "version_id", "host_id", "signature_version", "cipher_suite",
            "authentication_type", "host_header", "tls_version", "access_point_arn",
            "aclrequired", "source_region")
        // Keyword, not ip: it is the address as logged, and a masked or garbled one must not
        // fail the document. The valid address is in client.ip and related.ip.
        .add(KEYWORD, S3 + ".remote_ip")
        .under(S3, SEARCHABLE, "key", "request_uri", "user_agent", "referrer")
        .add(INTEGER, S3 + ".http_status")
        .under(S3, LONG, "bytes_sent", "object_size", "total_time", "turn_around_time")
        .add(IP, "client.ip")
        .add(KEYWORD, "client.address", "client.user.id")
        .add(KEYWORD, "http.request.method", "http.version")
        .add(LONG_KEYWORD, "http.request.referrer")
        .add(INTEGER, "http.response.status_code")
        .add(LONG, "http.response.body.bytes")
        .add(SEARCHABLE, "url.original", "url.path")
        .add(LONG_KEYWORD, "url.query")
        .add(KEYWORD, "url.domain")
        .add(SEARCHABLE, "user_agent.original")
        .under("tls", KEYWORD, "cipher", "version", "version_protocol")
        .under("cloud", KEYWORD, "provider", "region")
        .add(IP, "related.ip")
        .add(KEYWORD, "related.user", "tags")
        .mapping();
  }

  /** A line or document that could not be parsed or indexed, kept to be replayed. */
  static ObjectNode deadLetters() {
    return new FieldTable()
        .add(DATE, "@timestamp")
        .add(KEYWORD, "stage", "error_type", "index", "id")
        .add(FieldType.TEXT_WITH_KEYWORD, "reason")
        .add(INTEGER, "status")
        .add(LONG_KEYWORD, "source")
        .add(LONG, "line_number")
        .add(FieldType.TEXT, "raw")
        .add(FieldType.BINARY, "raw_base64")
        // The rejected document as it was: parsing it again could fail for the same reason.
        .add(FieldType.STORED_ONLY, "document")
        .mapping();
  }
}
