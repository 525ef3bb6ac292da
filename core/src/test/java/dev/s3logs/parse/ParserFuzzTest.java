package dev.s3logs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.record.AccessLogRecord;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.record.ParsedLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property tests with fixed seeds (so a failure reproduces): arbitrary bytes and mutated real
 * lines never throw, and always give either a record or a failure that keeps the raw line.
 * A record must also never put an invalid address into {@code remoteIp}.
 */
class ParserFuzzTest {

  private static List<String> corpus;
  private final AccessLogParser parser = new AccessLogParser();

  @BeforeAll
  static void loadCorpus() throws IOException {
    try (InputStream in = ParserFuzzTest.class.getResourceAsStream("/corpus/public-samples.log")) {
      corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void arbitraryBytes() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 50_000; i++) {
      byte[] bytes = new byte[random.nextInt(0, 600)];
      for (int j = 0; j < bytes.length; j++) {
        bytes[j] = (byte) random.nextInt(256);
      }
      check(bytes, 0, bytes.length);
    }
  }

  @Test
  void mutatedRealLines() {
    SplittableRandom random = new SplittableRandom(2);
    int records = 0;
    for (int i = 0; i < 200_000; i++) {
      byte[] line = mutate(corpus.get(random.nextInt(corpus.size())), random);
      if (check(line, 0, line.length) instanceof AccessLogRecord) {
        records++;
      }
    }
    // Most small mutations leave a parseable line: the parser must not be brittle either.
    assertThat(records).isGreaterThan(100_000);
  }

  @Test
  void everyPrefixOfEveryRealLine() {
    for (String line : corpus) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      for (int end = 0; end <= bytes.length; end++) {
        check(bytes, 0, end);
      }
    }
  }

  private ParsedLine check(byte[] bytes, int from, int to) {
    ParsedLine parsed = parser.parse(bytes, from, to, "fuzz", 1);
    assertThat(parsed).isNotNull();
    if (parsed instanceof ParseFailure failure) {
      assertThat(failure.reason()).isNotBlank().doesNotStartWith("parser error");
      assertThat(failure.rawLine()).isNotNull();
    } else {
      AccessLogRecord record = (AccessLogRecord) parsed;
      assertThat(record.time()).isNotNull();
      assertThat(record.operation()).isNotNull();
      if (record.remoteIp() != null) {
        assertThat(IpAddresses.isValid(record.remoteIp())).isTrue();
      }
    }
    return parsed;
  }

  private static byte[] mutate(String line, SplittableRandom random) {
    StringBuilder s = new StringBuilder(line);
    int mutations = random.nextInt(1, 4);
    String alphabet = "\" -[]/:0123456789abcXYZ.\t\\\u00e9\u4e2d";
    for (int m = 0; m < mutations && s.length() > 0; m++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        case 2 -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(1, 30))));
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
