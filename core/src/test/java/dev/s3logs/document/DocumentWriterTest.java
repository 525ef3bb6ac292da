package dev.s3logs.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.parse.AccessLogParser;
import dev.s3logs.record.AccessLogRecord;
import dev.s3logs.record.ParsedLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentWriterTest {

  private static final String LINE = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
      + " amzn-s3-demo-bucket1 [06/Feb/2019:00:00:38 +0000] 192.0.2.3 arn:aws:iam::123456789012:user/alice"
      + " 3E57427F3EXAMPLE REST.GET.OBJECT photos/cat.jpg \"GET /amzn-s3-demo-bucket1/photos/cat.jpg?x=1 HTTP/1.1\""
      + " 404 NoSuchKey 243 - 7 6 \"https://example.com/\" \"curl/8.0\" - hostid= SigV4"
      + " ECDHE-RSA-AES128-GCM-SHA256 AuthHeader amzn-s3-demo-bucket1.s3.eu-west-3.amazonaws.com TLSv1.3 - - -";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void mapsTheLineToEcsAndTheAwsS3accessFields() throws IOException {
    JsonNode doc = document(LINE);
    assertThat(doc.at("/@timestamp").asText()).isEqualTo("2019-02-06T00:00:38.000Z");
    assertThat(doc.at("/event/id").asText()).isEqualTo("3E57427F3EXAMPLE");
    assertThat(doc.at("/event/action").asText()).isEqualTo("REST.GET.OBJECT");
    assertThat(doc.at("/event/code").asText()).isEqualTo("NoSuchKey");
    assertThat(doc.at("/event/outcome").asText()).isEqualTo("failure");
    assertThat(doc.at("/event/duration").asLong()).isEqualTo(7_000_000L);
    assertThat(doc.at("/event/dataset").asText()).isEqualTo("aws.s3access");
    assertThat(doc.at("/event/category/0").asText()).isEqualTo("web");
    assertThat(doc.at("/client/ip").asText()).isEqualTo("192.0.2.3");
    assertThat(doc.at("/client/user/id").asText()).isEqualTo("arn:aws:iam::123456789012:user/alice");
    assertThat(doc.at("/http/request/method").asText()).isEqualTo("GET");
    assertThat(doc.at("/http/request/referrer").asText()).isEqualTo("https://example.com/");
    assertThat(doc.at("/http/version").asText()).isEqualTo("1.1");
    assertThat(doc.at("/http/response/status_code").asInt()).isEqualTo(404);
    assertThat(doc.at("/http/response/body/bytes").asLong()).isEqualTo(243);
    assertThat(doc.at("/url/original").asText()).isEqualTo("/amzn-s3-demo-bucket1/photos/cat.jpg?x=1");
    assertThat(doc.at("/url/path").asText()).isEqualTo("/amzn-s3-demo-bucket1/photos/cat.jpg");
    assertThat(doc.at("/url/query").asText()).isEqualTo("x=1");
    assertThat(doc.at("/user_agent/original").asText()).isEqualTo("curl/8.0");
    assertThat(doc.at("/tls/cipher").asText()).isEqualTo("ECDHE-RSA-AES128-GCM-SHA256");
    assertThat(doc.at("/tls/version").asText()).isEqualTo("1.3");
    assertThat(doc.at("/tls/version_protocol").asText()).isEqualTo("tls");
    assertThat(doc.at("/cloud/provider").asText()).isEqualTo("aws");
    assertThat(doc.at("/cloud/region").asText()).isEqualTo("eu-west-3");
    assertThat(doc.at("/aws/s3access/key").asText()).isEqualTo("photos/cat.jpg");
    assertThat(doc.at("/aws/s3access/turn_around_time").asLong()).isEqualTo(6);
    assertThat(doc.at("/aws/s3access/object_size").isMissingNode()).isTrue();
    assertThat(doc.at("/aws/s3access/version_id").isMissingNode()).isTrue();
    assertThat(doc.at("/aws/s3access/host_id").asText()).isEqualTo("hostid=");
  }

  @Test
  void valuesThatAnEcsFieldHoldsAreWrittenOnceTheirOtherNamesBeingAliases() throws IOException {
    JsonNode s3 = document(LINE).at("/aws/s3access");
    assertThat(s3.properties()).extracting(Map.Entry::getKey).containsExactly("bucket_owner",
        "bucket", "key", "request_uri", "total_time", "turn_around_time", "host_id",
        "signature_version", "authentication_type", "tls_version");
    JsonNode doc = document(LINE);
    assertThat(doc.has("related")).isFalse();
    assertThat(doc.at("/event").has("hash")).as("the id is the bulk action's _id").isFalse();
  }

  @Test
  void successWithoutErrorCode() throws IOException {
    JsonNode doc = document(LINE.replace(" 404 NoSuchKey ", " 200 - "));
    assertThat(doc.at("/event/outcome").asText()).isEqualTo("success");
    assertThat(doc.at("/event/code").isMissingNode()).isTrue();
  }

  @Test
  void invalidRemoteAddressNeverReachesAnIpField() throws IOException {
    JsonNode doc = document(LINE.replace("192.0.2.3", "xxx.xxxx.xx.xxx"));
    assertThat(doc.at("/client/ip").isMissingNode()).isTrue();
    assertThat(doc.at("/client/address").asText()).isEqualTo("xxx.xxxx.xx.xxx");
    assertThat(doc.at("/tags/0").asText()).isEqualTo(DocumentWriter.INVALID_REMOTE_IP_TAG);
  }

  @Test
  void noCorpusDocumentHasNullsDashesOrEmptyObjects() throws IOException {
    int documents = 0;
    for (String line : corpus()) {
      ParsedLine parsed = new AccessLogParser().parse(line);
      if (parsed instanceof AccessLogRecord record) {
        JsonNode doc = JSON.readTree(ndjson(line));
        List<String> problems = new ArrayList<>();
        walk("", doc, problems);
        assertThat(problems).as(line).isEmpty();
        assertThat(doc.at("/aws/s3access/bucket").asText()).isEqualTo(record.bucket());
        documents++;
      }
    }
    assertThat(documents).isEqualTo(79);
  }

  private static void walk(String path, JsonNode node, List<String> problems) {
    if (node.isNull() || (node.isTextual() && (node.asText().equals("-") || node.asText().isEmpty()))) {
      problems.add(path + "=" + node);
    }
    if ((node.isObject() || node.isArray()) && node.isEmpty()) {
      problems.add(path + " is empty");
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        walk(path + "/" + field.getKey(), field.getValue(), problems);
      }
    }
    node.elements().forEachRemaining(child -> walk(path + "[]", child, problems));
  }

  private static JsonNode document(String line) throws IOException {
    return JSON.readTree(ndjson(line));
  }

  /** Writes with full escaping: the worker's shortcuts are ChunkToNdjsonTest's subject. */
  private static String ndjson(String line) {
    AccessLogParser parser = new AccessLogParser();
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    assertThat(parser.scan(bytes, 0, bytes.length)).as(line).isTrue();
    JsonLine json = new JsonLine();
    json.asciiStrings(false);
    new DocumentWriter().write(parser.fields(), json);
    String text = new String(json.toByteArray(), StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n").doesNotContain("\n{");
    return text;
  }

  private static List<String> corpus() throws IOException {
    try (InputStream in = DocumentWriterTest.class.getResourceAsStream("/corpus/public-samples.log")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
