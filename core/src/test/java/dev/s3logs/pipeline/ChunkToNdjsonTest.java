package dev.s3logs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.parse.AccessLogParser;
import dev.s3logs.record.AccessLogRecord;
import dev.s3logs.source.Acknowledgement;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The worker skips escaping for lines whose only quotes are the format's delimiters. Whatever
 * the line, every document must still be valid JSON holding exactly the record's values: the
 * record path (Strings) and the document path (bytes of the line) must agree.
 */
class ChunkToNdjsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void corpusLinesWithAndWithoutInnerQuotes() throws IOException {
    checkAll(corpus());
  }

  @Test
  void mutatedLinesFullOfQuotesBackslashesAndControlCharacters() throws IOException {
    List<String> corpus = corpus();
    SplittableRandom random = new SplittableRandom(11);
    String alphabet = "\"\\\u0001\t \u00e9\u4e2d-x";
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder line = new StringBuilder(corpus.get(random.nextInt(corpus.size())));
      for (int m = random.nextInt(1, 4); m > 0; m--) {
        line.insert(random.nextInt(line.length()), alphabet.charAt(random.nextInt(alphabet.length())));
      }
      lines.add(line.toString());
    }
    checkAll(lines);
  }

  @Test
  void outputBuffersAreReusedOnlyOnceReleased() throws IOException {
    List<String> lines = corpus();
    BufferPool pool = new BufferPool(4);
    ChunkToNdjson worker = new ChunkToNdjson(pool);
    NdjsonChunk first = worker.apply(chunkOf(lines));
    byte[] firstDocuments = first.documents();
    NdjsonChunk second = worker.apply(chunkOf(lines.subList(0, 10)));
    assertThat(second.buffer()).as("an unreleased buffer is never handed out again")
        .isNotSameAs(first.buffer());
    assertThat(first.documents()).isEqualTo(firstDocuments);
    first.release();
    NdjsonChunk third = worker.apply(chunkOf(lines.subList(0, 10)));
    assertThat(third.buffer()).isSameAs(first.buffer());
    assertThat(third.documents()).isEqualTo(second.documents());
    check(third, records(lines.subList(0, 10)));
  }

  private static LineChunk chunkOf(List<String> lines) {
    LineChunk chunk = new LineChunk();
    for (int i = 0; i < lines.size(); i++) {
      byte[] bytes = lines.get(i).getBytes(StandardCharsets.UTF_8);
      assertThat(chunk.add(object("test"), bytes, 0, bytes.length, i + 1)).isTrue();
    }
    return chunk;
  }

  private static void checkAll(List<String> lines) throws IOException {
    int start = 0;
    while (start < lines.size()) {
      LineChunk chunk = new LineChunk();
      int end = start;
      while (end < lines.size()) {
        byte[] bytes = lines.get(end).getBytes(StandardCharsets.UTF_8);
        if (!chunk.add(object("test"), bytes, 0, bytes.length, end + 1)) {
          break;
        }
        end++;
      }
      check(new ChunkToNdjson().apply(chunk), records(lines.subList(start, end)));
      start = end;
    }
  }

  private static void check(NdjsonChunk result, List<AccessLogRecord> expected) throws IOException {
    List<String> documents = new String(result.documents(), StandardCharsets.UTF_8).lines().toList();
    assertThat(documents).hasSize(expected.size());
    for (int i = 0; i < documents.size(); i++) {
      JsonNode doc = JSON.readTree(documents.get(i));
      AccessLogRecord r = expected.get(i);
      assertThat(text(doc, "/user_agent/original")).isEqualTo(r.userAgent());
      assertThat(text(doc, "/http/request/referrer")).isEqualTo(r.referrer());
      assertThat(text(doc, "/aws/s3access/request_uri")).isEqualTo(r.requestUri());
      assertThat(text(doc, "/aws/s3access/key")).isEqualTo(r.key());
      assertThat(text(doc, "/client/user/id")).isEqualTo(r.requester());
      assertThat(text(doc, "/event/action")).isEqualTo(r.operation());
      assertThat(text(doc, "/event/code")).isEqualTo(r.errorCode());
      assertThat(text(doc, "/tls/cipher")).isEqualTo(r.cipherSuite());
      assertThat(text(doc, "/client/address")).isEqualTo(r.remoteAddress());
      assertThat(text(doc, "/url/domain")).isEqualTo(r.hostHeader());
      assertThat(text(doc, "/event/id")).isEqualTo(r.requestId());
      // Read back, so that numbers compare by value and not by int/long node type.
      assertThat(doc.at("/aws/s3access")).as(documents.get(i))
          .isEqualTo(JSON.readTree(rawFields(r).toString()));
    }
  }

  /** Components whose value is written once under its ECS name (aliases in the template). */
  private static final Set<String> UNDER_ECS_NAMES = Set.of("time", "remoteAddress", "remoteIp", "requester",
      "requestId", "operation", "httpStatus", "errorCode", "bytesSent", "referrer", "userAgent",
      "cipherSuite", "hostHeader");

  /**
   * The aws.s3access object as the record says it should be, built independently of the writer:
   * every present component under its snake_case name, numbers as numbers, except those written
   * under ECS names.
   */
  private static ObjectNode rawFields(AccessLogRecord r) {
    ObjectNode expected = JSON.createObjectNode();
    for (RecordComponent c : AccessLogRecord.class.getRecordComponents()) {
      String name = c.getName();
      if (UNDER_ECS_NAMES.contains(name)) {
        continue;
      }
      Object value = value(c, r);
      String field = name.equals("aclRequired") ? "aclrequired"
          : name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
      if (value instanceof String text) {
        expected.put(field, text);
      } else if (value instanceof Number number && number.longValue() >= 0) {
        expected.put(field, number.longValue());
      }
    }
    return expected;
  }

  private static Object value(RecordComponent c, AccessLogRecord r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static List<AccessLogRecord> records(List<String> lines) {
    AccessLogParser parser = new AccessLogParser();
    List<AccessLogRecord> records = new ArrayList<>();
    for (String line : lines) {
      if (parser.parse(line) instanceof AccessLogRecord record) {
        records.add(record);
      }
    }
    return records;
  }

  private static String text(JsonNode doc, String pointer) {
    JsonNode node = doc.at(pointer);
    return node.isMissingNode() ? null : node.asText();
  }

  private static List<String> corpus() throws IOException {
    try (InputStream in = ChunkToNdjsonTest.class.getResourceAsStream("/corpus/public-samples.log")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static ObjectProgress object(String name) {
    return new ObjectProgress(name, Acknowledgement.NONE);
  }
}
