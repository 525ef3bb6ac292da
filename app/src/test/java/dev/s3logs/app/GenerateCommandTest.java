package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs {@code s3logs generate} in-process, as a user would from the shell. */
class GenerateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The [time] field of an access log line; the first bracketed timestamp of the line. */
  private static final Pattern LOG_TIME =
      Pattern.compile("\\[(\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4})\\]");
  private static final DateTimeFormatter LOG_TIME_FORMAT =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

  @TempDir
  Path dir;

  @Test
  void writesExactlyTheRequestedNumberOfLines() {
    CommandRun run = CommandRun.run("generate", "--lines", "500", "--seed", "3");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("\n");
    assertThat(run.out().chars().filter(c -> c == '\n').count()).isEqualTo(500);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(500).allSatisfy(line -> assertThat(line).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 7, 1_000})
  void otherLineCountsToo(int count) {
    CommandRun run = CommandRun.run("generate", "--lines", String.valueOf(count), "--seed", "9");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().count()).isEqualTo(count);
    assertThat(run.out().chars().filter(c -> c == '\n').count()).isEqualTo(count);
  }

  @Test
  void sameSeedGivesTheSameOutputAndAnotherSeedDoesNot() {
    CommandRun first = CommandRun.run("generate", "--lines", "500", "--seed", "3");
    CommandRun again = CommandRun.run("generate", "--lines", "500", "--seed", "3");
    CommandRun other = CommandRun.run("generate", "--lines", "500", "--seed", "4");
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(other.exitCode()).isZero();
    assertThat(other.out()).isNotEqualTo(first.out());
    assertThat(other.out().lines().count()).isEqualTo(500);
    // Not just a different first line: most lines differ.
    List<String> a = first.out().lines().toList();
    List<String> b = other.out().lines().toList();
    long differing = 0;
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(b.get(i))) {
        differing++;
      }
    }
    assertThat(differing).isGreaterThan(400);
  }

  @Test
  void startAndDaysDecideTheDatesOfTheLines() {
    CommandRun run = CommandRun.run("generate", "--lines", "500", "--seed", "3", "--start", "2021-03-05", "--days", "2");
    assertThat(run.exitCode()).isZero();
    Set<LocalDate> days = daysOf(run.out());
    assertThat(days).containsExactly(LocalDate.of(2021, 3, 5), LocalDate.of(2021, 3, 6));
  }

  @Test
  void oneDayKeepsEveryLineOnTheStartDate() {
    CommandRun run = CommandRun.run("generate", "--lines", "500", "--seed", "3", "--start", "2019-12-31", "--days", "1");
    assertThat(run.exitCode()).isZero();
    assertThat(daysOf(run.out())).containsExactly(LocalDate.of(2019, 12, 31));
  }

  @Test
  void daysRunAcrossALeapDayAndAMonthEnd() {
    CommandRun run = CommandRun.run("generate", "--lines", "2000", "--seed", "5", "--start", "2024-02-28", "--days", "3");
    assertThat(run.exitCode()).isZero();
    assertThat(daysOf(run.out()))
        .containsExactly(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1));
  }

  @Test
  void defaultsAreThreeDaysFromTheFirstOfNovember2026() {
    CommandRun run = CommandRun.run("generate", "--lines", "500", "--seed", "3");
    assertThat(daysOf(run.out()))
        .containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3));
  }

  @Test
  void timestampsNeverGoBackwards() {
    CommandRun run = CommandRun.run("generate", "--lines", "3000", "--seed", "8", "--days", "2");
    OffsetDateTime previous = OffsetDateTime.MIN;
    for (String line : run.out().lines().toList()) {
      OffsetDateTime time = timeOf(line);
      assertThat(time).as(line).isAfterOrEqualTo(previous);
      previous = time;
    }
  }

  @Test
  void gzipOutputFileDecompressesToTheBytesOfStandardOutput() throws IOException {
    CommandRun toStdout = CommandRun.run("generate", "--lines", "500", "--seed", "3");
    Path gz = dir.resolve("logs.gz");
    CommandRun toFile = CommandRun.run("generate", "--lines", "500", "--seed", "3", "-o", gz.toString());
    assertThat(toFile.exitCode()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(toFile.err()).isEmpty();
    byte[] compressed = Files.readAllBytes(gz);
    assertThat(compressed[0]).isEqualTo((byte) 0x1f);
    assertThat(compressed[1]).isEqualTo((byte) 0x8b);
    byte[] decompressed;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      decompressed = in.readAllBytes();
    }
    assertThat(decompressed).isEqualTo(toStdout.out().getBytes(StandardCharsets.UTF_8));
    assertThat(compressed.length).isLessThan(decompressed.length);
  }

  @Test
  void plainOutputFileHoldsTheBytesOfStandardOutput() throws IOException {
    CommandRun toStdout = CommandRun.run("generate", "--lines", "500", "--seed", "3");
    Path plain = dir.resolve("logs.txt");
    CommandRun toFile = CommandRun.run("generate", "--output", plain.toString(), "--lines", "500", "--seed", "3");
    assertThat(toFile.exitCode()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readAllBytes(plain)).isEqualTo(toStdout.out().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void generatedLinesAllParse() throws IOException {
    CommandRun generated = CommandRun.run("generate", "--lines", "500", "--seed", "3");
    CommandRun parsed = CommandRun.withInput(generated.out(), "parse");
    assertThat(parsed.exitCode()).isZero();
    assertThat(parsed.err()).contains("500 lines from 1 input: 500 documents, 0 failed");
    List<String> documents = parsed.out().lines().toList();
    assertThat(documents).hasSize(500);
    LocalDate first = LocalDate.of(2026, 11, 1);
    for (String document : documents) {
      JsonNode doc = JSON.readTree(document);
      assertThat(doc.at("/event/dataset").asText()).isEqualTo("aws.s3access");
      LocalDate day = OffsetDateTime.parse(doc.get("@timestamp").asText()).toLocalDate();
      assertThat(day).isBetween(first, first.plusDays(2));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 42, 12_345})
  void largerGeneratedLogsAllParseInStrictMode(long seed) {
    // Enough lines that the rare odd lines (IPv6, quoted agents, OAI requesters...) occur.
    CommandRun generated = CommandRun.run("generate", "--lines", "20000", "--seed", String.valueOf(seed));
    CommandRun parsed = CommandRun.withInput(generated.out(), "parse", "--strict");
    assertThat(parsed.err()).contains("20000 lines from 1 input: 20000 documents, 0 failed");
    assertThat(parsed.exitCode()).isZero();
    assertThat(parsed.out().lines().count()).isEqualTo(20_000);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "--days 0 | days must be >= 1, got 0",
      "--days -3 | days must be >= 1, got -3",
      "--lines -1 | lines must be >= 0, got -1",
      "--start notadate | Invalid value for option '--start': 'notadate' is not a date "
          + "(YYYY-MM-DD) (see 's3logs generate --help')",
      "--lines abc | Invalid value for option '--lines': 'abc' is not a long "
          + "(see 's3logs generate --help')",
      "--start 0999-12-31 | days 0999-12-31 to 1000-01-02 must lie within the years 1000 to 9999",
      "--start 9999-12-30 --days 5 | days 9999-12-30 to +10000-01-03 must lie within the years "
          + "1000 to 9999"})
  void invalidOptionsGiveOneLineWithoutStackTrace(String options, String message) {
    String[] args = ("generate --seed 3 " + options).split(" ");
    CommandRun run = CommandRun.run(args);
    assertThat(run.exitCode()).as(options).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).as(options).isEmpty();
    assertThat(run.err()).as(options).isEqualTo(String.format("s3logs generate: %s%n", message));
  }

  @Test
  void unwritableOutputIsAClearIoError(@TempDir Path dir) {
    Path output = dir.resolve("missing/logs.gz");
    CommandRun run = CommandRun.run("generate", "--lines", "5", "-o", output.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.err().strip())
        .isEqualTo("s3logs generate: cannot write logs to " + output + ": no such directory");
  }

  private static Set<LocalDate> daysOf(String log) {
    Set<LocalDate> days = new TreeSet<>();
    for (String line : log.lines().toList()) {
      days.add(timeOf(line).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    }
    return days;
  }

  private static OffsetDateTime timeOf(String line) {
    Matcher m = LOG_TIME.matcher(line);
    assertThat(m.find()).as("no [time] in %s", line).isTrue();
    return OffsetDateTime.parse(m.group(1), LOG_TIME_FORMAT);
  }
}
