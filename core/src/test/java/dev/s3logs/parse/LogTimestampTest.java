package dev.s3logs.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogTimestampTest {

  private static final DateTimeFormatter S3 =
      DateTimeFormatter.ofPattern("'['dd/MMM/yyyy:HH:mm:ss Z']'", Locale.ROOT);

  @Test
  void agreesWithJavaTimeOnRandomInstantsAndOffsets() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      long second = random.nextLong(0, 4_102_444_800L);
      int offsetMinutes = random.nextInt(-14 * 60, 14 * 60 + 1);
      OffsetDateTime time = Instant.ofEpochSecond(second)
          .atOffset(java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
      assertThat(parse(S3.format(time))).as(S3.format(time)).isEqualTo(Instant.ofEpochSecond(second));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"[29/Feb/2019:00:00:00 +0000]", "[31/Apr/2019:00:00:00 +0000]",
      "[06/Fob/2019:00:00:38 +0000]", "[06/Feb/2019:24:00:38 +0000]", "[06/Feb/2019:00:60:38 +0000]",
      "[06/Feb/2019:00:00:38 0000] ", "[06/Feb/2019 00:00:38 +0000]", "06/Feb/2019:00:00:38 +0000 ",
      "[0x/Feb/2019:00:00:38 +0000]", "[06/Feb/2019:00:00:38 +0000", "[06/Feb/2019:00:00:38 +2500]"})
  void rejectsInvalidTimes(String text) {
    assertThatThrownBy(() -> parse(text)).isInstanceOf(MalformedLineException.class)
        .hasMessageStartingWith("time is not");
  }

  @Test
  void aRepeatedTimeIsReusedAndADifferentOneIsNot() {
    LogTimestamp times = new LogTimestamp();
    byte[] first = "[06/Feb/2019:00:00:38 +0000]".getBytes(StandardCharsets.US_ASCII);
    byte[] same = "x [06/Feb/2019:00:00:38 +0000]".getBytes(StandardCharsets.US_ASCII);
    byte[] next = "[06/Feb/2019:00:00:39 +0000]".getBytes(StandardCharsets.US_ASCII);
    Instant a = times.parse(first, 0, first.length);
    assertThat(times.parse(same, 2, same.length)).isSameAs(a);
    assertThat(times.parse(next, 0, next.length)).isEqualTo(a.plusSeconds(1));
    byte[] bad = "[06/Feb/2019:00:00:38 +0000".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> times.parse(bad, 0, bad.length)).isInstanceOf(MalformedLineException.class);
  }

  @Test
  void acceptsLeapDay() {
    assertThat(parse("[29/Feb/2020:23:59:59 +0000]")).isEqualTo(Instant.parse("2020-02-29T23:59:59Z"));
  }

  private static Instant parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    return new LogTimestamp().parse(bytes, 0, bytes.length);
  }
}
