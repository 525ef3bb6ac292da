package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static String corpus;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadCorpus() throws IOException {
    try (InputStream in = ParseCommandTest.class.getResourceAsStream("/public-samples.log")) {
      corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void corpusFromStandardInputGivesOneDocumentPerGoodLineAndASummary() throws IOException {
    CommandRun run = CommandRun.withInput(corpus, "parse");
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(79);
    for (String line : lines) {
      JsonNode doc = JSON.readTree(line);
      assertThat(doc.at("/event/dataset").asText()).isEqualTo("aws.s3access");
    }
    assertThat(run.err()).contains("80 lines from 1 input: 79 documents, 1 failed")
        .contains("-:58: a second [time] inside the requester").contains("--failures FILE");
  }

  @Test
  void directoriesAreReadRecursivelyGzipByContentAndFailuresKeptWhole() throws IOException {
    Files.createDirectories(dir.resolve("logs/2019"));
    Files.writeString(dir.resolve("logs/plain"), corpus);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("logs/2019/object")))) {
      gz.write(corpus.getBytes(StandardCharsets.UTF_8));
    }
    Path failures = dir.resolve("failures.ndjson");
    CommandRun run = CommandRun.run("parse", dir.resolve("logs").toString(), "--failures", failures.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(158);
    List<String> kept = Files.readAllLines(failures);
    assertThat(kept).hasSize(2);
    JsonNode first = JSON.readTree(kept.get(0));
    assertThat(first.get("source").asText()).endsWith("logs/2019/object");
    assertThat(first.get("line_number").asInt()).isEqualTo(58);
    assertThat(first.get("stage").asText()).isEqualTo("parse");
    assertThat(first.get("reason").asText()).startsWith("a second [time] inside the requester");
    assertThat(first.get("raw").asText()).isEqualTo(corpus.lines().toList().get(57));
    assertThat(run.err()).contains("every failed line is in " + failures);
  }

  @Test
  void strictExitsWithOneWhenAnyLineFailed() {
    assertThat(CommandRun.withInput(corpus, "parse", "--strict").exitCode()).isEqualTo(ExitCodes.LINES_FAILED);
    String good = corpus.lines().findFirst().orElseThrow() + "\n";
    assertThat(CommandRun.withInput(good, "parse", "--strict").exitCode()).isZero();
  }

  @Test
  void missingInputIsAClearErrorWithoutStackTrace() {
    CommandRun run = CommandRun.run("parse", dir.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.err().strip()).isEqualTo("s3logs parse: no such file or directory: " + dir.resolve("nope"));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void corruptGzipIsReportedAfterKeepingWhatWasReadable() throws IOException {
    Path broken = dir.resolve("broken");
    Files.write(broken, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
    Files.writeString(dir.resolve("good"), corpus.lines().findFirst().orElseThrow());
    CommandRun run = CommandRun.run("parse", broken.toString(), dir.resolve("good").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.err()).contains("cannot read " + broken);
    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void unwritableFailuresFileIsAClearError() {
    Path failures = dir.resolve("missing-dir/failures.ndjson");
    CommandRun run = CommandRun.withInput(corpus, "parse", "--failures", failures.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.err().strip())
        .isEqualTo("s3logs parse: cannot write failures to " + failures + ": no such directory");
  }

  @Test
  void aReaderThatStopsReadingEndsTheRunQuietly() {
    OutputStream closesAfterOneBlock = new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        written += len;
        if (written > 1000) {
          throw new IOException("Broken pipe");
        }
      }
    };
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    Streams streams = new Streams(new java.io.ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)),
        closesAfterOneBlock, new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(Main.run(streams, "parse")).isEqualTo(ExitCodes.OUTPUT_CLOSED);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void controlCharactersInFailedLinesDoNotReachTheTerminal() {
    CommandRun run = CommandRun.withInput("bad\u001b[2Jline\u0007\n", "parse");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("bad?[2Jline?").doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void aBinaryLineIsKeptByteForByteInTheFailuresFile() throws IOException {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, 0, '\n'};
    Path input = dir.resolve("image.log");
    Files.write(input, binary);
    Path failures = dir.resolve("failures.ndjson");
    CommandRun run = CommandRun.run("parse", input.toString(), "--failures", failures.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode kept = JSON.readTree(Files.readAllLines(failures).get(0));
    assertThat(Base64.getDecoder().decode(kept.get("raw_base64").asText()))
        .isEqualTo(Arrays.copyOf(binary, binary.length - 1));
  }

  @Test
  void anEmptyDirectoryIsReadButWarnedAbout() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty/nested"));
    CommandRun run = CommandRun.run("parse", empty.getParent().toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("s3logs parse: warning: no files in directory " + empty.getParent());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CommandRun run = CommandRun.run("parse", "--no-such-option");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Unknown option: '--no-such-option'");
  }
}
