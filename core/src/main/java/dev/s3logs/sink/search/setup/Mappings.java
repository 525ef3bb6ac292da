package dev.s3logs.sink.search.setup;

import static dev.s3logs.sink.search.setup.FieldType.DATE;
import static dev.s3logs.sink.search.setup.FieldType.INTEGER;
import static dev.s3logs.sink.search.setup.FieldType.IP;
import static dev.s3logs.sink.search.setup.FieldType.KEYWORD;
import static dev.s3logs.sink.search.setup.FieldType.LONG;
import static dev.s3logs.sink.search.setup.FieldType.LONG_KEYWORD;
import static dev.s3logs.sink.search.setup.FieldType.SEARCHABLE;
import static dev.s3logs.sink.search.setup.FieldType.UNINDEXED;
import static dev.s3logs.sink.search.setup.FieldType.UNIQUE_KEYWORD;

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
    FieldTable table = new FieldTable()
        .add(DATE, "@timestamp")
        .add(UNIQUE_KEYWORD, "event.id")
        .under("event", KEYWORD, "action", "code", "outcome", "dataset", "kind", "category",
            "type")
        .add(LONG, "event.duration")
        .under(S3, KEYWORD, "bucket_owner", "bucket", "signature_version",
            "authentication_type", "tls_version", "access_point_arn", "aclrequired",
            "source_region")
        .under(S3, UNIQUE_KEYWORD, "version_id")
        .add(UNINDEXED, S3 + ".host_id")
        .add(SEARCHABLE, S3 + ".key")
        // Its words are the method, url.original's and the version: searchable there.
        .add(LONG_KEYWORD, S3 + ".request_uri")
        .under(S3, LONG, "object_size", "total_time", "turn_around_time")
        .add(IP, "client.ip")
        .add(KEYWORD, "client.address", "client.user.id")
        .add(KEYWORD, "http.request.method", "http.version")
        // Searchable: it also answers for aws.s3access.referrer, which had words searchable.
        .add(SEARCHABLE, "http.request.referrer")
        .add(INTEGER, "http.response.status_code")
        .add(LONG, "http.response.body.bytes")
        .add(SEARCHABLE, "url.original", "url.path")
        .add(LONG_KEYWORD, "url.query")
        .add(KEYWORD, "url.domain")
        .add(SEARCHABLE, "user_agent.original")
        .under("tls", KEYWORD, "cipher", "version", "version_protocol")
        .under("cloud", KEYWORD, "provider", "region")
        .add(KEYWORD, "tags");
    DocumentAliases.ALIASES.forEach(table::alias);
    return table.mapping();
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
