package dev.s3logs.document;

import static dev.s3logs.document.DocumentField.Search.EXACT;
import static dev.s3logs.document.DocumentField.Search.LONG_VALUE;
import static dev.s3logs.document.DocumentField.Search.STORED_ONLY;
import static dev.s3logs.document.DocumentField.Search.UNIQUE_ID;
import static dev.s3logs.document.DocumentField.Search.WORDS;
import static dev.s3logs.document.DocumentField.Value.INTEGER;
import static dev.s3logs.document.DocumentField.Value.IP;
import static dev.s3logs.document.DocumentField.Value.LONG;
import static dev.s3logs.document.DocumentField.Value.STRING;
import static dev.s3logs.document.DocumentField.Value.STRING_LIST;
import static dev.s3logs.document.DocumentField.Value.TIMESTAMP;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every field {@link DocumentWriter} may write (the contract in the README), defined once: the
 * engines' mapping and the embedded store's table are derived from this list, and a test checks
 * the writer against it. The writer itself stays hand-written: it is the hot loop.
 *
 * <p>In the order the mapping has always listed them; changing the order changes the template
 * JSON that s3logs installs.
 */
public final class DocumentFields {

  private static final String S3 = "aws.s3access.";

  public static final List<DocumentField> ALL = Stream.of(
      List.of(field("@timestamp", TIMESTAMP), field("event.id", STRING, UNIQUE_ID)),
      strings("event.", EXACT, "action", "code", "outcome", "dataset", "kind"),
      List.of(field("event.category", STRING_LIST), field("event.type", STRING_LIST),
          field("event.duration", LONG)),
      strings(S3, EXACT, "bucket_owner", "bucket", "signature_version", "authentication_type",
          "tls_version", "access_point_arn", "aclrequired", "source_region"),
      strings(S3, UNIQUE_ID, "version_id"),
      strings(S3, STORED_ONLY, "host_id"),
      strings(S3, WORDS, "key"),
      // Its words are the method, url.original's and the version: searchable there.
      strings(S3, LONG_VALUE, "request_uri"),
      List.of(field(S3 + "object_size", LONG), field(S3 + "total_time", LONG),
          field(S3 + "turn_around_time", LONG), field("client.ip", IP)),
      strings("", EXACT, "client.address", "client.user.id", "http.request.method",
          "http.version"),
      // Words searchable: it also answers for aws.s3access.referrer, which had them.
      strings("", WORDS, "http.request.referrer"),
      List.of(field("http.response.status_code", INTEGER),
          field("http.response.body.bytes", LONG)),
      strings("url.", WORDS, "original", "path"),
      strings("url.", LONG_VALUE, "query"),
      strings("url.", EXACT, "domain"),
      strings("", WORDS, "user_agent.original"),
      strings("tls.", EXACT, "cipher", "version", "version_protocol"),
      strings("cloud.", EXACT, "provider", "region"),
      List.of(field("tags", STRING_LIST)))
      .flatMap(List::stream).toList();

  private DocumentFields() {
  }

  private static DocumentField field(String path, DocumentField.Value value) {
    return new DocumentField(path, value, EXACT);
  }

  private static DocumentField field(String path, DocumentField.Value value,
      DocumentField.Search search) {
    return new DocumentField(path, value, search);
  }

  private static List<DocumentField> strings(String parent, DocumentField.Search search,
      String... names) {
    return Stream.of(names).map(name -> field(parent + name, STRING, search)).toList();
  }
}
