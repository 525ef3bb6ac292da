package dev.s3logs.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticLogGeneratorTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);
  private static final int SAMPLE_LINES = 20_000;
  private static final Pattern TIME = Pattern.compile(
      "^[0-9a-f]{64} \\S+ \\[(\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000)\\] ");
  private static final DateTimeFormatter LOG_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);
  private static final Pattern UUID_CHECKSUM = Pattern.compile(
      " [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
          + " S3\\.COMPUTE\\.OBJECT\\.CHECKSUM ");
  private static final String OAI =
      " arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E15MNIMTCFKK4C ";

  private static List<String> sample;

  @BeforeAll
  static void generateSample() {
    sample = linesOf(new SyntheticLogGenerator(options(42, SAMPLE_LINES, 3)));
  }

  @Test
  void sameOptionsGiveIdenticalBytes() {
    GeneratorOptions options = options(7, 5_000, 2);
    assertThat(bytesOf(options)).isEqualTo(bytesOf(options));
  }

  @Test
  void differentSeedsGiveDifferentOutput() {
    assertThat(bytesOf(options(1, 2_000, 1))).isNotEqualTo(bytesOf(options(2, 2_000, 1)));
  }

  @Test
  void nextLineAndWriteToProduceTheSameLines() {
    GeneratorOptions options = options(3, 3_000, 2);
    String written = new String(bytesOf(options), StandardCharsets.UTF_8);
    List<String> lines = linesOf(new SyntheticLogGenerator(options));
    assertThat(written).isEqualTo(String.join("\n", lines) + "\n");
  }

  @Test
  void producesExactlyTheRequestedNumberOfLines() {
    for (long lines : new long[] {0, 1, 2, 3, 4, 5, 17, 12_345}) {
      SyntheticLogGenerator generator = new SyntheticLogGenerator(options(lines, lines, 2));
      assertThat(linesOf(generator)).as("lines=%d", lines).hasSize((int) lines);
      assertThat(generator.nextLine()).isNull();
      String written = new String(bytesOf(options(lines, lines, 2)), StandardCharsets.UTF_8);
      assertThat(written.chars().filter(c -> c == '\n').count()).isEqualTo(lines);
    }
  }

  @Test
  void writeToWrapsIoFailures() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> new SyntheticLogGenerator(options(1, 100_000, 1)).writeTo(broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void timesAreWithinTheDaysAndNonDecreasing() {
    ZonedDateTime start = FIRST_DAY.atStartOfDay(ZoneOffset.UTC);
    ZonedDateTime end = start.plusDays(3);
    ZonedDateTime previous = start;
    for (String line : sample) {
      ZonedDateTime time = timeOf(line);
      assertThat(time).as(line).isAfterOrEqualTo(previous).isBefore(end);
      previous = time;
    }
  }

  @Test
  void everyDayGetsTrafficWithMoreInTheAfternoonThanAtNight() {
    Map<Integer, Integer> perHour = new TreeMap<>();
    Map<Integer, Integer> perDay = new TreeMap<>();
    for (String line : sample) {
      ZonedDateTime time = timeOf(line);
      perHour.merge(time.getHour(), 1, Integer::sum);
      perDay.merge(time.getDayOfMonth(), 1, Integer::sum);
    }
    assertThat(perDay).containsOnlyKeys(1, 2, 3);
    int night = perHour.get(2) + perHour.get(3) + perHour.get(4);
    int afternoon = perHour.get(14) + perHour.get(15) + perHour.get(16);
    assertThat(afternoon).isGreaterThan(3 * night);
    assertThat(night).isPositive();
  }

  @Test
  void mixesLogFormatErasMostlyModern() {
    Map<Integer, Integer> byCount = new TreeMap<>();
    for (String line : sample) {
      byCount.merge(fieldsOf(line).size(), 1, Integer::sum);
    }
    assertThat(byCount).containsKeys(18, 24, 25, 26, 27);
    int known = byCount.get(18) + byCount.get(24) + byCount.get(25) + byCount.get(26)
        + byCount.get(27);
    // Only the deliberately awkward lines (spaces or quotes inside a field) may count otherwise.
    assertThat(known).isGreaterThan(SAMPLE_LINES * 98 / 100);
    assertThat(byCount.get(27)).isGreaterThan(SAMPLE_LINES / 2);
  }

  @Test
  void identifiersLookLikeTheRealOnes() {
    for (String line : sample) {
      if (line.contains(OAI) || hasInnerQuotes(line)) {
        continue;
      }
      List<String> fields = fieldsOf(line);
      assertThat(fields.get(0)).matches("[0-9a-f]{64}");
      assertThat(fields.get(1)).isEqualTo("www.example-site.com");
      boolean checksum = fields.get(6).equals("S3.COMPUTE.OBJECT.CHECKSUM");
      assertThat(fields.get(5)).as(line).matches(checksum ? "[0-9a-f-]{36}" : "[0-9A-Z]{16}");
      if (fields.size() >= 24 && fields.size() <= 27) {
        assertThat(fields.get(18)).as(line).matches("[A-Za-z0-9+/]{75}=");
      }
    }
  }

  @Test
  void containsTheOdditiesRobustParsersMustHandle() {
    long ipv6 = sample.stream().filter(line -> fieldsOf(line).get(3).contains(":")).count();
    long oai = sample.stream().filter(line -> line.contains(OAI)).count();
    long checksum = sample.stream().filter(line -> UUID_CHECKSUM.matcher(line).find()).count();
    long innerQuotes = sample.stream().filter(SyntheticLogGeneratorTest::hasInnerQuotes).count();
    long noRemoteIp = sample.stream()
        .filter(line -> line.contains("] - svc:delivery.logs.amazonaws.com ")).count();
    assertThat(List.of(ipv6, oai, checksum, innerQuotes, noRemoteIp)).allMatch(count -> count >= 5);
    long total = ipv6 + oai + checksum + innerQuotes + noRemoteIp;
    assertThat(total).isBetween(SAMPLE_LINES / 300L, SAMPLE_LINES * 3 / 100L);
  }

  @Test
  void coversTheTrafficOfAStaticWebsite() {
    assertThat(sample)
        .anyMatch(line -> line.matches(
            ".*\\] (130\\.176|64\\.252)\\.\\S+ - \\S+ WEBSITE\\.GET\\.OBJECT "
                + ".*\"Amazon CloudFront\".*"))
        .anyMatch(line -> line.contains(" REST.GET.OBJECT ") && line.contains("Safari/"))
        .anyMatch(line -> line.contains(" REST.HEAD.OBJECT "))
        .anyMatch(line -> line.contains("Googlebot/2.1"))
        .anyMatch(line -> line.contains("bingbot/2.0"))
        .anyMatch(line -> line.contains("AhrefsBot"))
        .anyMatch(line -> line.contains("\"curl/"))
        .anyMatch(line -> line.contains("\"python-requests/"))
        .anyMatch(line -> line.contains(" \"GET /about/ HTTP/1.1\" "))
        .anyMatch(line -> line.contains(" 304 - - "))
        .anyMatch(line -> line.contains(" 404 NoSuchKey "))
        .anyMatch(line -> line.contains(" 403 AccessDenied "))
        .anyMatch(line -> line.contains(" 500 InternalError "))
        .anyMatch(line -> line.contains(" 503 SlowDown "))
        .anyMatch(line -> line.matches(
            ".* arn:aws:iam::\\d{12}:user/\\S+ \\S+ REST\\.PUT\\.OBJECT .*"))
        .anyMatch(line -> line.matches(".*\\] - AmazonS3 \\S+ S3\\.EXPIRE\\.OBJECT \\S+ \"-\" .*"))
        .anyMatch(line -> line.contains(" BATCH.DELETE.OBJECT "))
        .anyMatch(line -> line.contains("X-Amz-Signature=") && line.contains(" QueryString "))
        .anyMatch(line -> line.contains(" \"https://www.example-site.com/"))
        .anyMatch(line -> line.contains(" \"-\" \"Mozilla/5.0"));
  }

  @Test
  void copiesAreLoggedAsPairsSharingTheRequestId() {
    int pairs = 0;
    for (int i = 0; i + 1 < sample.size(); i++) {
      if (sample.get(i).contains(" REST.COPY.OBJECT ")) {
        List<String> put = fieldsOf(sample.get(i));
        List<String> get = fieldsOf(sample.get(i + 1));
        assertThat(get.get(6)).isEqualTo("REST.COPY.OBJECT_GET");
        assertThat(get.get(5)).isEqualTo(put.get(5));
        assertThat(get.get(2)).isEqualTo(put.get(2));
        pairs++;
      }
    }
    assertThat(pairs).isPositive();
  }

  @Test
  void rejectsInvalidOptions() {
    assertThatThrownBy(() -> new GeneratorOptions(1, -1, FIRST_DAY, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lines");
    assertThatThrownBy(() -> new GeneratorOptions(1, 10, FIRST_DAY, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
    assertThatThrownBy(() -> new GeneratorOptions(1, 10, null, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstDay");
    assertThatThrownBy(() -> new GeneratorOptions(1, 10, LocalDate.of(9999, 12, 31), 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9999");
  }

  @Test
  void defaultsAreDocumented() {
    assertThat(GeneratorOptions.defaults())
        .isEqualTo(new GeneratorOptions(42, 100_000, LocalDate.of(2026, 11, 1), 3));
  }

  private static GeneratorOptions options(long seed, long lines, int days) {
    return new GeneratorOptions(seed, lines, FIRST_DAY, days);
  }

  private static byte[] bytesOf(GeneratorOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SyntheticLogGenerator(options).writeTo(out);
    return out.toByteArray();
  }

  private static List<String> linesOf(SyntheticLogGenerator generator) {
    List<String> lines = new ArrayList<>();
    for (String line = generator.nextLine(); line != null; line = generator.nextLine()) {
      lines.add(line);
    }
    return lines;
  }

  // Request URI, referer and user agent account for six quotes; more means quotes inside a field.
  private static boolean hasInnerQuotes(String line) {
    return line.chars().filter(c -> c == '"').count() > 6;
  }

  private static ZonedDateTime timeOf(String line) {
    Matcher matcher = TIME.matcher(line);
    assertThat(matcher.find()).as(line).isTrue();
    return ZonedDateTime.parse(matcher.group(1), LOG_TIME);
  }

  /**
   * A deliberately naive split, independent of the generator: spaces separate fields, except
   * inside [brackets] and inside quotes, where a quote ends the field only before a space.
   */
  private static List<String> fieldsOf(String line) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int end;
      if (line.charAt(i) == '[') {
        end = line.indexOf(']', i) + 1;
      } else if (line.charAt(i) == '"') {
        end = closingQuote(line, i + 1) + 1;
      } else {
        end = line.indexOf(' ', i);
        end = end < 0 ? line.length() : end;
      }
      fields.add(line.substring(i, end));
      i = end + 1;
    }
    return fields;
  }

  private static int closingQuote(String line, int from) {
    int quote = line.indexOf('"', from);
    while (quote + 1 < line.length() && line.charAt(quote + 1) != ' ') {
      quote = line.indexOf('"', quote + 1);
    }
    return quote;
  }
}
